// Nämndkoll's page: upload, documents, and the side-by-side comparison. Plain browser JavaScript, no build
// step. Every text that comes from a document is put into the page as a text node (textContent), never as
// markup: a board paper that contains "<script>" shows those characters.

import {
  codeTextSv,
  describeSv,
  displayFileName,
  summarizeWarningsSv,
  warningLabelSv,
} from './messages-sv.js';

const API = 'api';
const number = new Intl.NumberFormat('sv-SE', { minimumFractionDigits: 0, maximumFractionDigits: 2 });
const TYPE_NAMES = {
  tjansteskrivelse: 'Tjänsteskrivelse',
  rapport: 'Rapport',
  bilaga: 'Bilaga',
  handlingsplan: 'Handlingsplan',
  protokoll: 'Protokoll',
  okand: 'Okänd typ',
};
const SVG_NS = 'http://www.w3.org/2000/svg';
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
  if (!response.ok) throw new ApiError(body?.error?.code ?? `HTTP_${response.status}`);
  return body;
}

/** A failed API call; its message is the Swedish text of the code (the code itself stays out of sight). */
class ApiError extends Error {
  constructor(code) {
    super(codeTextSv(code, 'error').text);
    this.code = code;
  }
}

const regionName = (code) => meta.regions.find((region) => region.code === code)?.name ?? code;

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
  const state = el('span', { className: 'upload-state' }, 'Väntar …');
  const row = el('li', {}, el('span', { className: 'upload-name' }, name), progress, state);
  $('#upload-list').append(row);
  return {
    progress,
    setState(kind, text) {
      state.textContent = text;
      state.className = `upload-state ${kind}`;
      row.className = kind;
      // A failed upload does not keep a full progress bar: the bar gives way to the failed state.
      if (kind === 'failed') {
        progress.value = 0;
        progress.hidden = true;
      }
    },
  };
}

/**
 * Send one PDF to the API. The one place that talks to POST /uploads, so that headers the API may come to
 * ask for (a write token) are added here only. Resolves with the HTTP status and the parsed JSON body.
 */
function sendUpload(file, region, onProgress) {
  const query = new URLSearchParams({ name: file.name });
  if (region) query.set('region', region);
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    request.open('POST', `${API}/uploads?${query}`);
    request.setRequestHeader('content-type', 'application/pdf');
    // The local stack's write token (injected into this page; absent on AWS, where IAM authorises).
    const token = document.querySelector('meta[name="namndkoll-write-token"]')?.getAttribute('content');
    if (token) request.setRequestHeader('x-namndkoll-token', token);
    request.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    });
    request.addEventListener('load', () => {
      let body = null;
      try {
        body = JSON.parse(request.responseText);
      } catch {
        body = null;
      }
      resolve({ status: request.status, body });
    });
    request.addEventListener('error', () => resolve({ status: 0, body: null }));
    request.send(file);
  });
}

async function uploadOne(file, region) {
  const row = addUploadRow(file.name);
  row.setState('busy', 'Laddar upp …');
  const { status, body } = await sendUpload(file, region, (share) => {
    row.progress.value = Math.round(share * 100);
  });
  if (status === 0) {
    row.setState('failed', 'Uppladdningen misslyckades: ingen kontakt med servern.');
    return;
  }
  if (status !== 202 || !body) {
    const code = body?.error?.code ?? `HTTP_${status}`;
    row.setState('failed', `Uppladdningen misslyckades: ${codeTextSv(code, 'error').text}`);
    return;
  }
  row.progress.value = 100;
  row.setState('busy', 'Uppladdad – bearbetas …');
  pollStatus(body, row, Date.now());
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
    const warned =
      doc.warnings.length > 0
        ? ` – kontrollera: ${summarizeWarningsSv(doc.warnings).map(warningLabelSv).join('; ')}`
        : '';
    row.setState(
      'done',
      `Extraherad: ${doc.measureCount} åtgärder, ${doc.decisionCount} beslutspunkter${doc.region ? ` (${doc.region.name})` : ''}${warned}`,
    );
    document.dispatchEvent(new CustomEvent('namndkoll:extracted'));
    return;
  }
  if (status.state === 'failed') {
    row.setState('failed', `Misslyckades: ${describeSv(status, { kind: 'error', regionName })}`);
    return;
  }
  if (status.progress && status.progress.pagesTotal > 0) {
    const { pagesDone, pagesTotal } = status.progress;
    row.progress.hidden = false;
    row.progress.value = Math.round((pagesDone / pagesTotal) * 100);
    row.setState('busy', `Läser skannade sidor med OCR: sida ${pagesDone} av ${pagesTotal} …`);
  }
  if (Date.now() - started > POLL_LIMIT_MS) {
    row.setState('failed', 'Ingen bearbetning än – försök uppdatera senare.');
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
        el('td', { dataset: { label: 'Region' } }, doc.region ? doc.region.name : 'Okänd region'),
        el('td', { dataset: { label: 'Typ' } }, TYPE_NAMES[doc.documentType] ?? 'Okänd typ'),
        el('td', { dataset: { label: 'Datum' } }, doc.date ?? ''),
        el('td', { dataset: { label: 'År' } }, doc.years.join(', ')),
        el('td', { className: 'num', dataset: { label: 'Åtgärder' } }, doc.measureCount),
        el('td', { className: 'num', dataset: { label: 'Beslut' } }, doc.decisionCount),
        el(
          'td',
          { className: doc.warnings.length > 0 ? 'warn' : '', dataset: { label: 'Varningar' } },
          summarizeWarningsSv(doc.warnings).map((entry) =>
            el(
              'div',
              {
                title: doc.warnings
                  .filter((warning) => warning.code === entry.code)
                  .map((warning) => describeSv(warning, { regionName }))
                  .filter((text, index, all) => all.indexOf(text) === index)
                  .join('\n'),
              },
              warningLabelSv(entry),
            ),
          ),
        ),
        el(
          'td',
          { dataset: { label: 'Titel' } },
          el(
            'a',
            { href: pdfHref(doc.documentId, 1), target: '_blank', rel: 'noopener' },
            doc.title ?? displayFileName(doc.fileName),
          ),
        ),
        el(
          'td',
          {
            className: 'file-name',
            dataset: { label: 'Fil' },
            // The other files of the same paper, counted once: named on hover.
            title: (doc.copies ?? []).map((copy) => displayFileName(copy.fileName)).join('\n'),
          },
          fileCellText(doc),
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
  $('#compare-result').hidden = false;
  renderChart(comparison);
  $('#export-csv').href = `${API}/export?view=compare&format=csv&${query}`;
  $('#export-xlsx').href = `${API}/export?view=compare&format=xlsx&${query}`;
  const measuresQuery = new URLSearchParams({ view: 'measures', format: 'xlsx' });
  // Only the compared regions, as the comparison shows them (each measure once).
  measuresQuery.set('regions', regions.join(','));
  if (query.has('year')) measuresQuery.set('year', query.get('year'));
  $('#export-measures').href = `${API}/export?${measuresQuery}`;
  const hasFigures = comparison.columnTotals.some((total) => total !== null);
  const asked = `${comparison.regions.map((region) => region.name).join(', ')} ${comparison.years.length > 1 ? `${comparison.years[0]}–${comparison.years.at(-1)}` : comparison.years[0]}`;
  setStatus(
    status,
    hasFigures
      ? `${comparison.documents.length} dokument bidrar till jämförelsen.`
      : `Inga uppgifter för ${asked}.`,
  );
}

function columnLabel(column) {
  return `${column.region.name} ${column.year}`;
}

function renderCompare(result) {
  const table = $('#compare-table');
  table.tHead.replaceChildren(
    el(
      'tr',
      {},
      el('th', { scope: 'col' }, 'Kategori'),
      result.columns.map((column) => el('th', { scope: 'col', className: 'num' }, columnLabel(column))),
    ),
  );
  // Categories without a figure in any column are folded away under the table (named, not hidden).
  const shown = result.rows
    .map((row, rowIndex) => ({ row, rowIndex }))
    .filter(({ row }) => row.cells.some((cell) => cell.amountMsek !== null));
  const empty = result.rows.filter((row) => row.cells.every((cell) => cell.amountMsek === null));
  const rows = shown.map(({ row, rowIndex }) =>
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
              'aria-label': `${row.name}, ${columnLabel(column)}: ${mkr(cell.amountMsek)} mkr, ${cell.measureCount ?? cell.measures.length} åtgärder`,
              onclick: (event) => showCell(rowIndex, columnIndex, event.currentTarget),
            },
            mkr(cell.amountMsek),
          ),
        );
      }),
    ),
  );
  table.tBodies[0].replaceChildren(...rows);
  const folded = $('#empty-categories');
  folded.hidden = empty.length === 0;
  folded.querySelector('summary').textContent =
    empty.length === 1 ? '1 kategori utan belopp' : `${empty.length} kategorier utan belopp`;
  folded.querySelector('p').textContent = empty.map((row) => row.name).join(', ');
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
  const list = $('#cell-measures');
  list.replaceChildren(...cell.measures.map((measure) => measureItem(measure, column)));
  showMore(list, cell, column, rowIndex);
  const details = $('#cell-details');
  details.hidden = false;
  details.dataset.returnTo = `${row.category}:${columnIndex}`;
  heading.focus();
}

/**
 * The API lists the first measures of a cell (its sum covers them all); the rest come a page at a time
 * from the same comparison narrowed to the cell's region and year.
 */
function showMore(list, cell, column, rowIndex) {
  list.querySelector('.more-measures')?.remove();
  if (cell.nextMeasureOffset === null || cell.nextMeasureOffset === undefined) return;
  const button = el(
    'button',
    {
      type: 'button',
      onclick: async () => {
        button.disabled = true;
        const query = new URLSearchParams({
          regions: column.region.code,
          year: String(column.year),
          measureOffset: String(cell.nextMeasureOffset),
          measureLimit: '100',
          documentLimit: '1',
        });
        try {
          const next = (await getJson(`compare?${query}`)).rows[rowIndex].cells[0];
          cell.measures.push(...next.measures);
          cell.nextMeasureOffset = next.nextMeasureOffset;
          item.before(...next.measures.map((measure) => measureItem(measure, column)));
          showMore(list, cell, column, rowIndex);
        } catch (error) {
          button.disabled = false;
          button.textContent = `Kunde inte hämta fler: ${error.message}`;
        }
      },
    },
    `Visa fler (${cell.measures.length} av ${cell.measureCount} visas)`,
  );
  const item = el('li', { className: 'more-measures' }, button);
  list.append(item);
}

function measureItem(measure, column) {
  return el(
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
  );
}

function renderTotals(result) {
  const items = [];
  for (const doc of result.documents) {
    const name = `${doc.region.name} – ${doc.title ?? displayFileName(doc.fileName)}`;
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
    const said = new Set();
    for (const warning of doc.warnings.filter(
      (item) => item.code !== 'TOTAL_MISMATCH' || doc.totals.length === 0,
    )) {
      const text = describeSv(warning, { regionName });
      if (said.has(text)) continue;
      said.add(text);
      items.push(el('li', { className: 'mismatch' }, `${name}: ⚠ ${text}`));
    }
  }
  if (result.nextDocumentOffset !== null && result.nextDocumentOffset !== undefined)
    items.push(el('li', {}, `Visar ${result.documents.length} av ${result.documentCount} dokument.`));
  $('#totals-list').replaceChildren(
    ...(items.length > 0 ? items : [el('li', {}, 'Inga angivna totaler för de valda åren.')]),
  );
}

function closeCell() {
  const details = $('#cell-details');
  details.hidden = true;
  const [category, columnIndex] = (details.dataset.returnTo ?? '').split(':');
  const row = [...$('#compare-table tbody').rows].find(
    (candidate) => candidate.dataset.category === category,
  );
  const button = row?.cells[Number(columnIndex) + 1]?.querySelector('button');
  button?.focus();
}

// ---------- chart ----------

/** Fills that tell the columns apart without colour (print, colour blindness): each is a pattern too. */
const PATTERNS = [
  { color: '#0b5cad', draw: [] },
  { color: '#8a3b00', draw: [['path', { d: 'M0,8 L8,0', 'stroke-width': 2 }]] },
  { color: '#1f6b2f', draw: [['circle', { cx: 4, cy: 4, r: 1.6 }]] },
  { color: '#5b2a86', draw: [['path', { d: 'M0,0 L8,8 M8,0 L0,8', 'stroke-width': 1.4 }]] },
  { color: '#6b5a00', draw: [['path', { d: 'M0,4 L8,4', 'stroke-width': 2 }]] },
  { color: '#0f6e6e', draw: [['path', { d: 'M4,0 L4,8', 'stroke-width': 2 }]] },
];

function svg(tag, attributes = {}, ...children) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (name === 'dataset') for (const [key, data] of Object.entries(value)) node.dataset[key] = data;
    else node.setAttribute(name, String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function patternDefs() {
  return svg(
    'defs',
    {},
    ...PATTERNS.map((pattern, index) =>
      svg(
        'pattern',
        { id: `chart-fill-${index}`, width: 8, height: 8, patternUnits: 'userSpaceOnUse' },
        svg('rect', { width: 8, height: 8, fill: index === 0 ? pattern.color : '#ffffff' }),
        ...pattern.draw.map(([tag, attributes]) =>
          svg(tag, { ...attributes, stroke: pattern.color, fill: tag === 'circle' ? pattern.color : 'none' }),
        ),
      ),
    ),
  );
}

/**
 * A bar chart of the table's figures: one group per category that has a figure, one bar per column
 * (region × year), each bar with its value written beside it. Drawn as inline SVG from the comparison
 * itself, so chart and table cannot disagree; sized to its box (redrawn when the window changes).
 */
function renderChart(result) {
  const area = $('#compare-chart .chart-area');
  const rows = result.rows.filter((row) => row.cells.some((cell) => cell.amountMsek !== null));
  if (rows.length === 0) {
    area.replaceChildren(el('p', { className: 'status' }, 'Inga belopp att visa.'));
    return;
  }
  const width = Math.max(240, Math.floor(area.clientWidth || 480));
  const values = rows.flatMap((row) => row.cells.map((cell) => cell.amountMsek ?? 0));
  const max = Math.max(0, ...values);
  const min = Math.min(0, ...values);
  const valueRoom = 52; // for the written value beside each bar
  const left = 4 + (min < 0 ? valueRoom : 0);
  const right = width - valueRoom - 4;
  const scale = (right - left) / (max - min || 1);
  const zero = left + (0 - min) * scale;
  const barHeight = 14;
  const barGap = 3;
  const legendRow = 18;
  const columns = result.columns;
  const legend = columns.map((column, index) =>
    svg(
      'g',
      { transform: `translate(4,${index * legendRow})`, class: 'chart-legend' },
      svg('rect', {
        width: 22,
        height: 12,
        fill: `url(#chart-fill-${index % PATTERNS.length})`,
        stroke: '#1d2430',
        'stroke-width': 0.8,
      }),
      svg('text', { x: 30, y: 10.5 }, columnLabel(column)),
    ),
  );
  let y = columns.length * legendRow + 10;
  const groups = [];
  for (const row of rows) {
    const bars = [svg('text', { x: 4, y: y + 12, class: 'chart-category' }, row.name)];
    y += 18;
    row.cells.forEach((cell, index) => {
      const column = columns[index];
      const value = cell.amountMsek;
      const x = value === null ? zero : value >= 0 ? zero : zero + value * scale;
      const barWidth = value === null ? 0 : Math.max(Math.abs(value) * scale, value === 0 ? 0 : 1);
      const label = value === null ? '–' : mkr(value);
      const textX = value !== null && value < 0 ? x - 4 : x + barWidth + 4;
      bars.push(
        svg(
          'g',
          {
            class: 'chart-bar',
            dataset: {
              category: row.category,
              region: column.region.code,
              year: String(column.year),
              value: value === null ? '' : String(value),
            },
          },
          svg('title', {}, `${row.name}, ${columnLabel(column)}: ${label} mkr`),
          svg('rect', {
            x,
            y,
            width: barWidth,
            height: barHeight,
            fill: `url(#chart-fill-${index % PATTERNS.length})`,
            stroke: '#1d2430',
            'stroke-width': 0.8,
          }),
          svg(
            'text',
            {
              x: textX,
              y: y + 11,
              'text-anchor': value !== null && value < 0 ? 'end' : 'start',
              class: 'chart-value',
            },
            label,
          ),
        ),
      );
      y += barHeight + barGap;
    });
    y += 8;
    groups.push(svg('g', { class: 'chart-group', dataset: { category: row.category } }, ...bars));
  }
  const axis = svg('line', {
    x1: zero,
    x2: zero,
    y1: columns.length * legendRow + 6,
    y2: y,
    stroke: '#5a6473',
    'stroke-width': 1,
  });
  const chart = svg(
    'svg',
    {
      width,
      height: y,
      viewBox: `0 0 ${width} ${y}`,
      role: 'img',
      'aria-label': `Stapeldiagram: ${rows.length} kategorier för ${columns.map(columnLabel).join(', ')}, miljoner kronor`,
    },
    patternDefs(),
    ...legend,
    ...groups,
    axis,
  );
  area.replaceChildren(chart);
}

let resizeTimer;
window.addEventListener('resize', () => {
  clearTimeout(resizeTimer);
  resizeTimer = setTimeout(() => {
    if (comparison && !$('#compare-result').hidden) renderChart(comparison);
  }, 150);
});

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
    setStatus($('#compare-status'), `Kunde inte nå tjänsten: ${error.message}`, true);
  }
  // The preselected regions are compared at once: the page opens on an answer, not on an empty form.
  const compared = document.querySelector('#region-choices input:checked') ? runCompare() : Promise.resolve();
  await Promise.all([loadDocuments(), compared]);
}

start();

/** The file's own name, and how many other files hold the same paper (counted once). */
function fileCellText(doc) {
  const name = displayFileName(doc.fileName);
  const copies = (doc.copies ?? []).length;
  if (copies === 0) return name;
  return `${name} (+ ${copies} ${copies === 1 ? 'kopia' : 'kopior'}, räknas en gång)`;
}
