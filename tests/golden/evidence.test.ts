/**
 * Issue 2, acceptance 3: every measure, amount, total and decision carries the page where it stands,
 * and its evidence text really occurs on that page (whitespace-normalized, case kept).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../parsers/index.ts';
import { pageText } from '../../parsers/page-model.ts';
import { loadPdf } from '../../parsers/pdf/load.ts';

const fixturesDir = resolve(import.meta.dirname, '..', '..', 'fixtures');
const files = readdirSync(fixturesDir).filter((file) => /^seed-\d{3}-.+\.pdf$/.test(file));

const flat = (text: string): string => text.replace(/\s+/g, ' ').trim();

describe.each(files)('%s', (file) => {
  it('puts every fact on the page whose text holds its evidence', async () => {
    const bytes = new Uint8Array(readFileSync(join(fixturesDir, file)));
    const model = await loadPdf(bytes);
    const pages = new Map(model.pages.map((p) => [p.number, flat(pageText(p))]));
    const doc = await extractDocument(bytes, { now: () => new Date(0), fileName: file });
    const problems: string[] = [];
    const check = (what: string, page: number, text: string): void => {
      const onPage = pages.get(page);
      if (onPage === undefined) problems.push(`${what}: page ${page} does not exist`);
      else if (!onPage.includes(flat(text))) problems.push(`${what}: "${flat(text)}" is not on page ${page}`);
    };
    for (const m of doc.measures) check(`measure ${m.id}`, m.page, m.evidence);
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
