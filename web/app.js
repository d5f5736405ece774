// Nämndkoll's page: upload, documents, and the side-by-side comparison. Plain browser JavaScript, no build
// step. Every text that comes from a document is put into the page as a text node (textContent), never as
// markup: a board paper that contains "<script>" shows those characters.

const API = 'api';
const number = new Intl.NumberFormat('sv-SE', { minimumFractionDigits: 0, maximumFractionDigits: 2 });
const TYPE_NAMES = {
  tjansteskrivelse: 'Tjänsteskrivelse',
  rapport: 'Rapport',
  bilaga: 'Bilaga',
  handlingsplan: 'Handlingsplan',
  protokoll: 'Protokoll',
  okand: 'Okänd',
};
const POLL_MS = 1000;
const POLL_LIMIT_MS = 15 * 60 * 1000;

/** Create an element; string children become text nodes, so nothing passed here is ever parsed as HTML. */
function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === 'className') node.className = value;
    else if (name === 'dataset') Object.assign(node.dataset, value);
    else if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children.flat(Number.POSITIVE_INFINITY)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

const $ = (selector) => document.querySelector(selector);
const mkr = (value) => (value === null || value === undefined ? '–' : number.format(value));

async function getJson(path) {
  const response = await fetch(`${API}/${path}`, { headers: { accept: 'application/json' } });
  const body = await response.json().catch(() => null);
  if (!response.ok) throw new Error(body?.error?.message ?? `HTTP ${response.status}`);
  return body;
}

function setStatus(node, text, isError = false) {
  node.textContent = text;
  node.classList.toggle('error', isError);
}

// ---------- meta: regions, categories, years ----------

let meta = { regions: [], categories: [], years: [] };

async function loadMeta() {
  meta = await getJson('meta');
  const uploadRegion = $('#upload-region');
  const choices = $('#region-choices');
  const checked = new Set([...choices.querySelectorAll('input:checked')].map((input) => input.value));
  if (uploadRegion.options.length === 1) {
    for (const region of meta.regions) uploadRegion.append(el('option', { value: region.code }, region.name));
  }
  // First visit: the first few regions that have documents (all 21 at once would be a very wide table).
  const preselected = new Set(
    meta.regions
      .filter((region) => region.hasDocuments)
      .slice(0, 4)
      .map((region) => region.code),
  );
  choices.replaceChildren(
    ...meta.regions.map((region) =>
      el(
        'label',
        {},
        el('input', {
          type: 'checkbox',
          name: 'region',
          value: region.code,
          checked: checked.size > 0 ? checked.has(region.code) : preselected.has(region.code),
        }),
        ` ${region.name}`,
        region.hasDocuments ? '' : el('span', { className: 'visually-hidden' }, ' (inga dokument)'),
      ),
    ),
  );
  const years = meta.years.length > 0 ? meta.years : [2022, 2023, 2024, 2025, 2026];
  for (const id of ['#year-from', '#year-to']) {
    const select = $(id);
    const previous = select.value;
    select.replaceChildren(...years.map((year) => el('option', { value: year }, year)));
    const fallback = years.includes(2024) ? 2024 : years[0];
    select.value = years.includes(Number(previous)) ? previous : String(fallback);
  }
}

// ---------- upload ----------

function uploadFiles(files) {
  const region = $('#upload-region').value;
  for (const file of files) {
    if (!/\.pdf$/i.test(file.name) && file.type !== 'application/pdf') {
      addUploadRow(file.name).setState('failed', 'Inte en PDF – hoppades över');
      continue;
    }
    uploadOne(file, region);
  }
}

function addUploadRow(name) {
  const progress = el('progress', { max: 100, value: 0, 'aria-label': `Uppladdning av ${name}` });
  const state = el('span', {}, 'Väntar …');
  const row = el('li', {}, el('span', {}, name), progress, state);
  $('#upload-list').append(row);
  return {
    progress,
    setState(kind, text) {
      state.textContent = text;
      state.className = kind === 'failed' ? 'failed' : kind === 'done' ? 'done' : '';
    },
  };
}

function uploadOne(file, region) {
  const row = addUploadRow(file.name);
  const query = new URLSearchParams({ name: file.name });
  if (region) query.set('region', region);
  const request = new XMLHttpRequest();
  request.open('POST', `${API}/uploads?${query}`);
  request.setRequestHeader('content-type', 'application/pdf');
  // The local stack's write token (injected into this page; absent on AWS, where IAM authorises).
  const token = document.querySelector('meta[name="namndkoll-write-token"]')?.getAttribute('content');
  if (token) request.setRequestHeader('x-namndkoll-token', token);
  request.upload.addEventListener('progress', (event) => {
    if (event.lengthComputable) row.progress.value = Math.round((event.loaded / event.total) * 100);
    row.setState('busy', 'Laddar upp …');
  });
  request.addEventListener('load', () => {
    let body = null;
    try {
      body = JSON.parse(request.responseText);
    } catch {
      body = null;
    }
    if (request.status !== 202 || !body) {
      row.setState(
        'failed',
        `Uppladdningen misslyckades: ${body?.error?.message ?? `HTTP ${request.status}`}`,
      );
      return;
    }
    row.progress.value = 100;
    row.setState('busy', 'Uppladdad – bearbetas …');
    pollStatus(body, row, Date.now());
  });
  request.addEventListener('error', () => row.setState('failed', 'Uppladdningen misslyckades: nätverksfel'));
  request.send(file);
}

async function pollStatus(receipt, row, started) {
  let status;
  try {
    status = await getJson(
      `uploads/${encodeURIComponent(receipt.documentId)}?key=${encodeURIComponent(receipt.key)}`,
    );
  } catch (error) {
    status = { state: 'pending', error };
  }
  if (status.state === 'extracted') {
    const doc = status.document;
    row.setState(
      'done',
      `Extraherad: ${doc.measureCount} åtgärder, ${doc.decisionCount} beslutspunkter${doc.region ? ` (${doc.region.name})` : ''}`,
    );
    document.dispatchEvent(new CustomEvent('namndkoll:extracted'));
    return;
  }
  if (status.state === 'failed') {
    row.setState('failed', `Misslyckades (${status.code}): ${status.message}`);
    return;
  }
  if (Date.now() - started > POLL_LIMIT_MS) {
    row.setState('failed', 'Ingen bearbetning än – försök uppdatera senare');
    return;
  }
  setTimeout(() => pollStatus(receipt, row, started), POLL_MS);
}

function setUpDropZone() {
  const zone = $('#drop-zone');
  zone.addEventListener('dragover', (event) => {
    event.preventDefault();
    zone.classList.add('over');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('over'));
  zone.addEventListener('drop', (event) => {
    event.preventDefault();
    zone.classList.remove('over');
    uploadFiles([...(event.dataTransfer?.files ?? [])]);
  });
  $('#file-input').addEventListener('change', (event) => {
    uploadFiles([...event.target.files]);
    event.target.value = '';
  });
}

// ---------- documents ----------

async function loadDocuments() {
  const status = $('#documents-status');
  try {
    const result = await getJson('documents');
    const rows = result.documents.map((doc) =>
      el(
        'tr',
        { dataset: { documentId: doc.documentId } },
        el('td', {}, doc.region ? doc.region.name : 'Okänd'),
        el('td', {}, TYPE_NAMES[doc.documentType] ?? doc.documentType),
        el('td', {}, doc.date ?? ''),
        el('td', {}, doc.years.join(', ')),
        el('td', { className: 'num' }, doc.measureCount),
        el('td', { className: 'num' }, doc.decisionCount),
        el(
          'td',
          { className: doc.warnings.length > 0 ? 'warn' : '' },
          doc.warnings.map((warning) =>
            el(
              'div',
              { title: warning.message },
              `${warning.code}${warning.page ? ` (s. ${warning.page})` : ''}`,
            ),
          ),
        ),
        el(
          'td',
          {},
          el(
            'a',
            { href: pdfHref(doc.documentId, 1), target: '_blank', rel: 'noopener' },
            doc.title ?? doc.fileName,
          ),
        ),
      ),
    );
    $('#documents-table tbody').replaceChildren(...rows);
    const shown = result.documents.length;
    let text = `${result.count} dokument`;
    if (result.count === 0) text = 'Inga dokument ännu – ladda upp en PDF ovan.';
    else if (shown < result.count) text = `Visar de ${shown} senaste av ${result.count} dokument`;
    setStatus(status, text);
  } catch (error) {
    setStatus(status, `Kunde inte hämta dokumenten: ${error.message}`, true);
  }
}

function pdfHref(documentId, page) {
  return `${API}/documents/${encodeURIComponent(documentId)}/pdf#page=${page}`;
}

// ---------- compare ----------

let comparison = null;

function compareQuery() {
  const regions = [...document.querySelectorAll('#region-choices input:checked')].map((input) => input.value);
  let from = Number($('#year-from').value);
  let to = Number($('#year-to').value);
  if (from > to) [from, to] = [to, from];
  const query = new URLSearchParams({ regions: regions.join(',') });
  if (from === to) query.set('year', String(from));
  else query.set('years', `${from}-${to}`);
  return { regions, query };
}

async function runCompare(event) {
  event?.preventDefault();
  const status = $('#compare-status');
  const { regions, query } = compareQuery();
  if (regions.length === 0) {
    setStatus(status, 'Välj minst en region.', true);
    return;
  }
  setStatus(status, 'Hämtar …');
  try {
    comparison = await getJson(`compare?${query}`);
  } catch (error) {
    setStatus(status, `Jämförelsen misslyckades: ${error.message}`, true);
    return;
  }
  renderCompare(comparison);
  $('#export-csv').href = `${API}/export?view=compare&format=csv&${query}`;
  $('#export-xlsx').href = `${API}/export?view=compare&format=xlsx&${query}`;
  const measuresQuery = new URLSearchParams({ view: 'measures', format: 'xlsx' });
  // Only the compared regions, as the comparison shows them (each measure once).
  measuresQuery.set('regions', regions.join(','));
  if (query.has('year')) measuresQuery.set('year', query.get('year'));
  $('#export-measures').href = `${API}/export?${measuresQuery}`;
  $('#compare-result').hidden = false;
  setStatus(status, `${comparison.documents.length} dokument bidrar till jämförelsen.`);
}

function columnLabel(column, years) {
  return years.length > 1 ? `${column.region.name} ${column.year}` : column.region.name;
}

function renderCompare(result) {
  const table = $('#compare-table');
  table.tHead.replaceChildren(
    el(
      'tr',
      {},
      el('th', { scope: 'col' }, 'Kategori'),
      result.columns.map((column) =>
        el('th', { scope: 'col', className: 'num' }, columnLabel(column, result.years)),
      ),
    ),
  );
  const rows = result.rows.map((row, rowIndex) =>
    el(
      'tr',
      { dataset: { category: row.category } },
      el('th', { scope: 'row' }, row.name),
      row.cells.map((cell, columnIndex) => {
        const column = result.columns[columnIndex];
        const attributes = {
          className: cell.amountMsek === null ? 'num empty' : 'num',
          dataset: { category: row.category, region: column.region.code, year: column.year },
        };
        if (cell.amountMsek === null) return el('td', attributes, '–');
        return el(
          'td',
          attributes,
          el(
            'button',
            {
              type: 'button',
              'aria-label': `${row.name}, ${columnLabel(column, result.years)}: ${mkr(cell.amountMsek)} mkr, ${cell.measures.length} åtgärder`,
              onclick: (event) => showCell(rowIndex, columnIndex, event.currentTarget),
            },
            mkr(cell.amountMsek),
          ),
        );
      }),
    ),
  );
  table.tBodies[0].replaceChildren(...rows);
  table.tFoot.replaceChildren(
    el(
      'tr',
      {},
      el('th', { scope: 'row' }, 'Summa'),
      result.columnTotals.map((total) => el('td', { className: 'num' }, mkr(total))),
    ),
  );
  $('#cell-details').hidden = true;
  renderTotals(result);
}

function showCell(rowIndex, columnIndex, button) {
  const row = comparison.rows[rowIndex];
  const column = comparison.columns[columnIndex];
  const cell = row.cells[columnIndex];
  for (const selected of document.querySelectorAll('#compare-table td.selected'))
    selected.classList.remove('selected');
  button.closest('td').classList.add('selected');
  const heading = $('#cell-heading');
  heading.textContent = `${row.name} – ${column.region.name} ${column.year}: ${mkr(cell.amountMsek)} mkr`;
  $('#cell-measures').replaceChildren(
    ...cell.measures.map((measure) =>
      el(
        'li',
        { className: 'measure' },
        el('strong', { className: 'measure-title' }, measure.title),
        ` – ${mkr(measure.amountMsek)} mkr`,
        el('blockquote', { className: 'evidence' }, measure.evidence),
        // Which figure of the page is this year's, as printed there ("2024: 18,5").
        el('div', { className: 'figure' }, `${column.year}: ${measure.figure ?? mkr(measure.amountMsek)}`),
        el(
          'div',
          {},
          measure.documentTitle ? `${measure.documentTitle}, ` : '',
          el(
            'a',
            {
              href: pdfHref(measure.documentId, measure.page),
              target: '_blank',
              rel: 'noopener',
              className: 'pdf-link',
            },
            `öppna PDF:en på sidan ${measure.page}`,
          ),
        ),
        measure.alsoIn.length > 0
          ? el(
              'div',
              { className: 'also-in' },
              'Samma åtgärd står även i (räknas en gång): ',
              measure.alsoIn.map((other, index) => [
                index > 0 ? ', ' : '',
                el(
                  'a',
                  { href: pdfHref(other.documentId, other.page), target: '_blank', rel: 'noopener' },
                  `${other.documentTitle ?? 'dokument'}, s. ${other.page}`,
                ),
              ]),
            )
          : null,
      ),
    ),
  );
  const details = $('#cell-details');
  details.hidden = false;
  details.dataset.returnTo = `${rowIndex}:${columnIndex}`;
  heading.focus();
}

function renderTotals(result) {
  const items = [];
  for (const doc of result.documents) {
    const name = `${doc.region.name} – ${doc.title ?? doc.fileName}`;
    for (const total of doc.totals) {
      items.push(
        el(
          'li',
          { className: total.reconciled ? 'reconciled' : 'mismatch' },
          `${name}: ${total.label} ${total.year} ${mkr(total.amountMsek)} mkr (s. ${total.page}) – `,
          total.reconciled
            ? 'stämmer med åtgärderna'
            : `⚠ stämmer inte: åtgärderna summerar till ${mkr(total.sumOfMeasures)} mkr`,
        ),
      );
    }
    for (const warning of doc.warnings.filter(
      (item) => item.code !== 'TOTAL_MISMATCH' || doc.totals.length === 0,
    )) {
      items.push(
        el(
          'li',
          { className: 'mismatch' },
          `${name}: ⚠ ${warning.message}${warning.page ? ` (s. ${warning.page})` : ''}`,
        ),
      );
    }
  }
  $('#totals-list').replaceChildren(
    ...(items.length > 0 ? items : [el('li', {}, 'Inga angivna totaler för de valda åren.')]),
  );
}

function closeCell() {
  const details = $('#cell-details');
  details.hidden = true;
  const [rowIndex, columnIndex] = (details.dataset.returnTo ?? '').split(':').map(Number);
  const button = $('#compare-table tbody').rows[rowIndex]?.cells[columnIndex + 1]?.querySelector('button');
  button?.focus();
}

// ---------- start ----------

async function start() {
  setUpDropZone();
  $('#documents-refresh').addEventListener('click', loadDocuments);
  $('#compare-form').addEventListener('submit', runCompare);
  $('#cell-close').addEventListener('click', closeCell);
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !$('#cell-details').hidden) closeCell();
  });
  document.addEventListener('namndkoll:extracted', async () => {
    await Promise.all([loadDocuments(), loadMeta()]);
  });
  try {
    await loadMeta();
  } catch (error) {
    setStatus($('#compare-status'), `Kunde inte nå API:t: ${error.message}`, true);
  }
  await loadDocuments();
}

start();
