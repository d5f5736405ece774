/**
 * The page end to end in Debian's Chromium (headless, driven by playwright-core): the real local stack on
 * free ports, a fixture uploaded through the page (one by drag and drop, one through the file picker), the
 * comparison for Dalarna and Jämtland Härjedalen 2024, a cell followed to its evidence and its PDF page,
 * the chart checked against the table, and screenshots — at 1280 px and at 390 px (a phone), where no
 * element may be wider than the viewport. A bad file uploaded at 390 px must fail in Swedish, without
 * internal codes, hashes or English. A last test checks that HTML-looking text in a document is shown as text.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexDocument } from '../../functions/lib/doc-index.ts';
import { type LocalStack, startLocalStack } from '../../infra/local/start.ts';
import { hostileDocument, XSS_IMG, XSS_SCRIPT } from '../api/documents.ts';

const CHROMIUM = '/usr/bin/chromium';
// The machine notes' flags: without the background-networking ones Chromium keeps dialling out and is refused.
const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const root = resolve(import.meta.dirname, '..', '..');
const screenshots = join(import.meta.dirname, '__screenshots__');
const FIXTURE_004 = join(root, 'fixtures', 'seed-004-handlingsplan-ruled.pdf');
const FIXTURE_000 = join(root, 'fixtures', 'seed-000-tjansteskrivelse.pdf');

let stack: LocalStack | undefined;
let context: BrowserContext | undefined;
let page: Page;
let dataDir: string;
let profileDir: string;
const dialogs: string[] = [];

function requireChromium(): void {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Debian's Chromium is not installed at ${CHROMIUM}: run \`apt-get install -y chromium\` (.ci/run does)`,
    );
  }
}

beforeAll(async () => {
  requireChromium();
  dataDir = mkdtempSync(join(tmpdir(), 'namndkoll-browser-'));
  profileDir = mkdtempSync(join(tmpdir(), 'namndkoll-chromium-'));
  stack = await startLocalStack({
    port: 0,
    apiPort: 0,
    dataDir,
    seed: false,
    logLevel: 'SILENT',
    retryDelayMs: 100,
  });
  context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_FLAGS,
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
  });
  page = context.pages()[0] ?? (await context.newPage());
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(`${stack.apiUrl}/`);
});

afterAll(async () => {
  await context?.close();
  await stack?.stop();
  for (const dir of [dataDir, profileDir]) if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Drop a file on the drop zone as a user would (a DataTransfer carrying a File). */
async function dropFile(target: Page, path: string): Promise<void> {
  const bytes = [...readFileSync(path)];
  const name = path.split('/').pop()!;
  const transfer = await target.evaluateHandle(
    ({ bytes, name }) => {
      const data = new DataTransfer();
      data.items.add(new File([new Uint8Array(bytes)], name, { type: 'application/pdf' }));
      return data;
    },
    { bytes, name },
  );
  await target.dispatchEvent('#drop-zone', 'dragover', { dataTransfer: transfer });
  await target.dispatchEvent('#drop-zone', 'drop', { dataTransfer: transfer });
}

async function waitForUploads(target: Page, count: number): Promise<string[]> {
  const rows = target.locator('#upload-list li');
  await expect.poll(async () => rows.count(), { timeout: 10_000 }).toBe(count);
  // Each row ends "Extraherad: …" or "Misslyckades (CODE): reason"; a failure fails the test with its reason.
  await expect
    .poll(
      async () =>
        (await rows.allTextContents()).filter((text) => /Extraherad|Misslyckades/.test(text)).length,
      {
        timeout: 150_000,
        interval: 500,
      },
    )
    .toBe(count);
  return rows.allTextContents();
}

async function compare(target: Page, regions: string[], year: number): Promise<void> {
  await target.locator('#region-choices input').first().waitFor();
  for (const box of await target.locator('#region-choices input').all()) {
    const value = await box.getAttribute('value');
    await box.setChecked(regions.includes(value ?? ''));
  }
  await target.selectOption('#year-from', String(year));
  await target.selectOption('#year-to', String(year));
  await target.getByRole('button', { name: 'Jämför' }).click();
  await target.locator('#compare-result').waitFor({ state: 'visible' });
}

/** Elements that stick out of the viewport on the right (inside a scrollable table box only that box counts). */
async function overflowing(target: Page): Promise<string[]> {
  return target.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out: string[] = [];
    if (document.documentElement.scrollWidth > width)
      out.push(`page ${document.documentElement.scrollWidth}px`);
    for (const node of Array.from(document.querySelectorAll('body *'))) {
      const box = node.getBoundingClientRect();
      if (box.width === 0 || box.right <= width + 1) continue;
      const scroller = node.closest('.table-wrap');
      if (scroller && scroller !== node && scroller.getBoundingClientRect().right <= width + 1) continue;
      out.push(
        `${node.tagName.toLowerCase()}${node.id ? `#${node.id}` : ''}.${node.className} right=${Math.round(box.right)}`,
      );
    }
    return out;
  });
}

/** The chart's bars and the table's cells carry the same figures, and bar lengths follow the values. */
async function chartMatchesTable(target: Page): Promise<number> {
  const bars = await target.locator('#compare-chart g.chart-bar').evaluateAll((nodes) =>
    nodes.map((node) => ({
      category: (node as SVGGElement).dataset['category'] ?? '',
      region: (node as SVGGElement).dataset['region'] ?? '',
      year: (node as SVGGElement).dataset['year'] ?? '',
      value: (node as SVGGElement).dataset['value'] ?? '',
      width: Number(node.querySelector('rect')?.getAttribute('width')),
      label: node.querySelector('text')?.textContent ?? '',
    })),
  );
  const cells = await target.locator('#compare-table tbody td').evaluateAll((nodes) =>
    nodes.map((node) => ({
      category: (node as HTMLElement).dataset['category'] ?? '',
      region: (node as HTMLElement).dataset['region'] ?? '',
      year: (node as HTMLElement).dataset['year'] ?? '',
      text: node.textContent?.trim() ?? '',
    })),
  );
  expect(bars.length).toBe(cells.length);
  const number = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 2 });
  const withValue = bars.filter((bar) => bar.value !== '');
  for (const bar of bars) {
    const match = cells.find(
      (item) => item.category === bar.category && item.region === bar.region && item.year === bar.year,
    );
    expect(match, `${bar.category} ${bar.region} ${bar.year}`).toBeDefined();
    const written = bar.value === '' ? '–' : number.format(Number(bar.value));
    expect(match!.text).toBe(written);
    expect(bar.label).toBe(written);
  }
  // Bar length is proportional to the value.
  const widest = withValue.reduce((a, b) => (Math.abs(Number(b.value)) > Math.abs(Number(a.value)) ? b : a));
  for (const bar of withValue) {
    const expected = (Math.abs(Number(bar.value)) / Math.abs(Number(widest.value))) * widest.width;
    expect(Math.abs(bar.width - expected)).toBeLessThan(1.5);
  }
  return withValue.length;
}

function cell(target: Page, category: string, region: string, year: number) {
  return target.locator(
    `#compare-table tbody td[data-category="${category}"][data-region="${region}"][data-year="${year}"]`,
  );
}

describe('the comparison page', () => {
  it('uploads fixtures, compares SE-W and SE-Z for 2024, follows a cell to its evidence and PDF page', async () => {
    await dropFile(page, FIXTURE_004);
    await page.setInputFiles('#file-input', FIXTURE_000);
    const outcomes = await waitForUploads(page, 2);
    expect(outcomes.join('\n')).not.toContain('Misslyckades');

    await compare(page, ['SE-W', 'SE-Z'], 2024);
    await expect
      .poll(() => page.locator('#compare-table thead th').allTextContents())
      .toEqual(['Kategori', 'Dalarna 2024', 'Jämtland Härjedalen 2024']);
    // Empty categories are folded away under the table, named there.
    const rowTexts = await page.locator('#compare-table tbody tr').allTextContents();
    expect(rowTexts.length).toBeGreaterThan(0);
    expect(rowTexts.length).toBeLessThan(13);
    expect(await page.locator('#empty-categories summary').textContent()).toBe(
      `${13 - rowTexts.length} kategorier utan belopp`,
    );
    expect(await chartMatchesTable(page)).toBeGreaterThan(2);
    expect(await overflowing(page)).toEqual([]);
    // The chart sits beside the table at this width.
    const tableBox = (await page.locator('#compare-table').boundingBox())!;
    const chartBox = (await page.locator('#compare-chart').boundingBox())!;
    expect(chartBox.x).toBeGreaterThan(tableBox.x + tableBox.width - 1);
    // A favicon of our own, no outside resource.
    const icon = await page.locator('link[rel="icon"]').getAttribute('href');
    const iconResponse = await page.request.get(new URL(icon!, page.url()).toString());
    expect(iconResponse.status()).toBe(200);
    expect(iconResponse.headers()['content-type']).toBe('image/svg+xml');
    const staffingRow = page.locator('#compare-table tbody tr[data-category="staffing_agency"] th');
    expect(await staffingRow.textContent()).toBe('Inhyrd personal');
    expect((await cell(page, 'staffing_agency', 'SE-W', 2024).textContent())?.trim()).toBe('18,5');
    expect((await cell(page, 'staffing_agency', 'SE-Z', 2024).textContent())?.trim()).toBe('50');

    await cell(page, 'staffing_agency', 'SE-W', 2024).getByRole('button').click();
    const details = page.locator('#cell-details');
    await details.waitFor({ state: 'visible' });
    expect(await page.locator('#cell-heading').textContent()).toContain(
      'Inhyrd personal – Dalarna 2024: 18,5 mkr',
    );
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('cell-heading');
    const titles = await details.locator('.measure-title').allTextContents();
    expect(titles.some((title) => /inhyrd personal/i.test(title))).toBe(true);
    const evidence = (await details.locator('.evidence').allTextContents()).join('\n');
    expect(evidence).toMatch(/inhyrd/i);
    const link = details.locator('a.pdf-link').first();
    const href = (await link.getAttribute('href')) ?? '';
    expect(href).toMatch(/^api\/documents\/sha256%3A[0-9a-f]{64}\/pdf#page=\d+$/);
    const pdf = await page.request.get(new URL(href, page.url()).toString());
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');

    // Keyboard: Escape closes the details and gives focus back to the cell; Enter opens them again.
    await page.keyboard.press('Escape');
    await details.waitFor({ state: 'hidden' });
    expect(await page.evaluate(() => document.activeElement?.closest('td')?.dataset['region'])).toBe('SE-W');
    await page.keyboard.press('Enter');
    await details.waitFor({ state: 'visible' });

    // Reconciliation lines are shown for the documents' stated totals.
    expect(await page.locator('#totals-list li').count()).toBeGreaterThan(0);
    // The export links carry the same query as the table.
    expect(await page.locator('#export-xlsx').getAttribute('href')).toBe(
      'api/export?view=compare&format=xlsx&regions=SE-W%2CSE-Z&year=2024',
    );

    mkdirSync(screenshots, { recursive: true });
    const shot = join(screenshots, 'compare-se-w-se-z-2024.png');
    await page.screenshot({ path: shot, fullPage: true });
    expect(statSync(shot).size).toBeGreaterThan(10_000);

    // The documents list shows both papers with their counts.
    const documentRows = await page.locator('#documents-table tbody tr').allTextContents();
    expect(documentRows.some((row) => row.includes('Dalarna') && row.includes('Handlingsplan'))).toBe(true);
    expect(documentRows.some((row) => row.includes('Jämtland Härjedalen'))).toBe(true);
  }, 240_000);

  it('at 390 px: a comparison at once, nothing wider than the screen, a bad upload failing in Swedish', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    // The preselected regions are compared without a click.
    await page.locator('#compare-result').waitFor({ state: 'visible', timeout: 15_000 });
    await expect.poll(() => page.locator('#compare-table tbody tr').count()).toBeGreaterThan(0);
    expect(await chartMatchesTable(page)).toBeGreaterThan(0);
    // Documents as cards with Swedish types and the file names.
    expect(await page.locator('#documents-table td[data-label="Typ"]').allTextContents()).toContain(
      'Handlingsplan',
    );
    expect(await page.locator('#documents-table td[data-label="Fil"]').allTextContents()).toContain(
      'seed-004-handlingsplan-ruled.pdf',
    );
    // One card per document: the cells stack (display: block) instead of forming a wide row.
    expect(
      await page
        .locator('#documents-table td')
        .first()
        .evaluate((node) => getComputedStyle(node).display),
    ).toBe('block');

    await page.setInputFiles('#file-input', {
      name: 'trasig-handling.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('Det här är ingen PDF, bara text med en .pdf-ändelse.\n'),
    });
    const outcome = (await waitForUploads(page, 1))[0]!;
    expect(outcome).toContain('trasig-handling.pdf');
    expect(outcome).toContain('Misslyckades: Filen är inte en PDF och kan inte läsas.');
    const failedRow = page.locator('#upload-list li.failed');
    expect(await failedRow.count()).toBe(1);
    expect(await failedRow.locator('progress').isVisible()).toBe(false);

    expect(await overflowing(page)).toEqual([]);
    const visible = await page.locator('body').innerText();
    // No internal code, no storage hash, no English.
    expect(visible).not.toMatch(/\b[A-Z]{2,}(?:_[A-Z]+)+\b/);
    expect(visible).not.toMatch(/sha256|[0-9a-f]{12}-/);
    expect(visible).not.toMatch(
      /\b(the|was|is not|failed|error|page|confidence|could not|cannot|upload|warning|unknown|HTTP)\b/i,
    );
    mkdirSync(screenshots, { recursive: true });
    await page.screenshot({ path: join(screenshots, 'phone-390.png'), fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });
  }, 120_000);

  it('shows HTML-looking text from a document as text, never as markup', async () => {
    // Written straight into the bucket, so filed in the document index by hand, as the ingest would.
    await stack!.store.putJson(`extracted/${hostileDocument.documentId}.json`, hostileDocument);
    await indexDocument(stack!.store, hostileDocument, `extracted/${hostileDocument.documentId}.json`);
    // A second paper repeating the measure: listed as the measure's other source, its title shown as text too.
    const copy = {
      ...hostileDocument,
      documentId: `sha256:${'ab'.repeat(32)}`,
      document: { ...hostileDocument.document, title: `Kopia ${XSS_IMG}`, date: '2023-01-01' },
    };
    await stack!.store.putJson(`extracted/${copy.documentId}.json`, copy);
    await indexDocument(stack!.store, copy, `extracted/${copy.documentId}.json`);
    const row = page.locator(`#documents-table tbody tr[data-document-id="${hostileDocument.documentId}"]`);
    // The API re-lists extracted/ at most every couple of seconds: refresh until the new document shows.
    await expect
      .poll(
        async () => {
          await page.getByRole('button', { name: 'Uppdatera' }).click();
          return row.count();
        },
        { timeout: 15_000, interval: 500 },
      )
      .toBe(1);
    expect(await row.locator('a').textContent()).toBe(`Bilaga ${XSS_SCRIPT}`);

    await page.reload();
    await compare(page, ['SE-M'], 2024);
    const target = cell(page, 'staffing_agency', 'SE-M', 2024);
    expect((await target.textContent())?.trim()).toBe('1,25');
    await target.getByRole('button').click();
    const details = page.locator('#cell-details');
    await details.waitFor({ state: 'visible' });
    expect(await details.locator('.measure-title').first().textContent()).toBe(`Hyrläkare ${XSS_IMG}`);
    expect(await details.locator('.evidence').first().textContent()).toContain(`${XSS_SCRIPT} ${XSS_IMG}`);
    expect(await details.locator('.also-in a').allTextContents()).toEqual([`Kopia ${XSS_IMG}, s. 2`]);
    // Nothing was parsed as markup: no injected image or script element, no alert.
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(await page.locator('main script').count()).toBe(0);
    expect(dialogs).toEqual([]);
    await page.screenshot({ path: join(screenshots, 'escaped-text.png') });
  });
});
