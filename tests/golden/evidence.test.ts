/**
 * Issue 2, acceptance 3: every measure, amount, total and decision carries the page where it stands,
 * and its evidence text really occurs on that page (whitespace-normalized, case kept).
 * Issue 10: evidence is a quote — a run of the page's lines, or of one table cell's lines read down the
 * cell (never a line read across a row's cells, "personal (5 5,3 18,5 19,5"), and each effect of a
 * measure quotes its figure as printed on that page.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../parsers/index.ts';
import { type Page, pageText } from '../../parsers/page-model.ts';
import { loadPdf } from '../../parsers/pdf/load.ts';

const fixturesDir = resolve(import.meta.dirname, '..', '..', 'fixtures');
const files = readdirSync(fixturesDir).filter((file) => /^seed-\d{3}-.+\.pdf$/.test(file));

const flat = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Each column of the page read down: segments starting at the same x (±3 pt) on consecutive lines. */
function cellReadings(page: Page): string[] {
  const columns: { x: number; line: number; text: string }[] = [];
  page.lines.forEach((line, index) => {
    for (const segment of line.segments) {
      const column = columns.find((c) => c.line === index - 1 && Math.abs(c.x - segment.x) <= 3);
      if (column) {
        column.text += ` ${segment.text}`;
        column.line = index;
      } else columns.push({ x: segment.x, line: index, text: segment.text });
    }
  });
  return columns.map((column) => flat(column.text));
}

describe.each(files)('%s', (file) => {
  it('puts every fact on the page whose text holds its evidence', async () => {
    const bytes = new Uint8Array(readFileSync(join(fixturesDir, file)));
    const model = await loadPdf(bytes);
    const pages = new Map(model.pages.map((p) => [p.number, flat(pageText(p))]));
    const cells = new Map(model.pages.map((p) => [p.number, cellReadings(p)]));
    const doc = await extractDocument(bytes, { now: () => new Date(0), fileName: file });
    const problems: string[] = [];
    const check = (what: string, page: number, text: string): void => {
      const onPage = pages.get(page);
      if (onPage === undefined) problems.push(`${what}: page ${page} does not exist`);
      else if (!onPage.includes(flat(text))) problems.push(`${what}: "${flat(text)}" is not on page ${page}`);
    };
    for (const m of doc.measures) {
      const inCell = cells.get(m.page)?.some((cell) => cell.includes(flat(m.evidence)));
      if (!inCell) check(`measure ${m.id}`, m.page, m.evidence);
      // A quote of a row never runs across the row's figures ("personal (5 5,3 18,5 19,5").
      const figures = m.effects.map((e) => e.raw ?? '').join(' ');
      if (m.effects.length >= 2 && flat(m.evidence).includes(figures))
        problems.push(`measure ${m.id}: evidence "${m.evidence}" runs across the row's figures`);
      for (const e of m.effects) {
        if (e.raw === undefined) problems.push(`measure ${m.id} ${e.year}: no figure quoted`);
        else check(`measure ${m.id} ${e.year} figure`, m.page, e.raw);
      }
    }
    for (const t of doc.totals) check(`total ${t.label} ${t.year}`, t.page, t.evidence ?? '');
    for (const a of doc.amounts) {
      check(`amount ${a.amountMsek}`, a.page, a.raw);
    }
    for (const d of doc.decisions) {
      // A point may run over a page break: its opening words stand on its page.
      check(`decision ${d.id}`, d.page, d.text.split(' ').slice(0, 6).join(' '));
    }
    for (const r of doc.references)
      check(`reference ${r.body}`, r.page, r.text.split(' ').slice(0, 8).join(' '));
    expect(problems).toEqual([]);
    expect(doc.measures.length + doc.amounts.length).toBeGreaterThan(0);
  });
});

describe('a table row of the Dalarna plan', () => {
  it.each(['seed-004-handlingsplan-ruled.pdf', 'seed-004-handlingsplan-borderless.pdf'])(
    'is quoted as its cell says it, and each year names its figure (%s)',
    async (file) => {
      const bytes = new Uint8Array(readFileSync(join(fixturesDir, file)));
      const doc = await extractDocument(bytes, { now: () => new Date(0), fileName: file });
      const hired = doc.measures.find((m) => m.title.startsWith('Reducerad användning av inhyrd personal'));
      expect(hired?.evidence).toBe('Reducerad användning av inhyrd personal (5 insatser):');
      expect(hired?.effects.map((e) => `${e.year}: ${e.raw}`)).toEqual([
        '2023: 5,3',
        '2024: 18,5',
        '2025: 19,5',
      ]);
    },
  );
});
