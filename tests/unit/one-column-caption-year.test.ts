/**
 * A measure table with one figure column named by an amount or effect word and no year ("Projekt |
 * Belopp", "Förändring | Besparing i tkr"): the year stands only in the caption above it, and the column
 * is that year's effect. The table may go on over a page break with only its caption repeated. A caption
 * naming several years gives no year; a cost column is never read so. Wording and figures made up for
 * these tests.
 */
import { describe, expect, it } from 'vitest';
import type { PageTable } from '../../parsers/page-model.ts';
import { analyzeText, effectsByTitle } from '../helpers/analyze-text.ts';
import { pagesFromText } from '../helpers/text-pages.ts';

/** Pages of text, each with the drawn table of its rows (the table's first row found by `starts`). */
function read(parts: { above: string; rows: string[][]; after?: string; drawn?: false }[]) {
  const text = parts
    .map((p) => `${p.above}\n${p.rows.map((r) => r.join('    ')).join('\n')}\n\n${p.after ?? ''}\n`)
    .join('\f');
  const pages = pagesFromText(text);
  parts.forEach((part, k) => {
    const page = pages[k];
    if (part.drawn === false) return;
    const head = part.rows[0]?.[0] ?? '';
    const first = page?.lines.find((l) => l.text.startsWith(head));
    const table: PageTable = {
      source: 'ruled',
      rows: part.rows,
      box: { x: 60, y: (first?.y ?? 0) - 2, width: 480, height: part.rows.length * 15 },
    };
    if (page) page.tables = [table];
  });
  const doc = analyzeText(pages);
  return {
    measures: effectsByTitle(doc),
    totals: doc.totals.map((t) => [t.year, t.amountMsek, t.reconciled]),
    unsure: doc.warnings.filter((w) => w.code === 'AMBIGUOUS_TABLE').length,
  };
}

describe('one figure column with the year in the caption', () => {
  it('reads the column as the effect of the caption year, over a page break with the caption repeated', () => {
    const got = read([
      {
        above: '## Omställning\nTabell 3. Besparingar år 2031 per förändring, tkr',
        rows: [
          ['Förändring', 'Besparing'],
          ['Sammanslagna växelfunktioner', '450'],
          ['Glesare städintervall i kontorslokaler', '1 250'],
          ['Avvecklad bilpool på förvaltningskontoret', '300'],
        ],
      },
      {
        above: 'Tabell 3. Besparingar år 2031 per förändring, tkr (fortsättning)',
        rows: [
          ['Egen tolkning av röntgenbilder nattetid', '2 100'],
          ['Lägre kostnad för portokort', '150'],
          ['Summa förändringar', '4 250'],
        ],
        after: 'Förändringarna redovisas för styrelsen i oktober.',
      },
    ]);
    expect(got.measures).toEqual([
      ['Sammanslagna växelfunktioner', [[2031, 0.45]]],
      ['Glesare städintervall i kontorslokaler', [[2031, 1.25]]],
      ['Avvecklad bilpool på förvaltningskontoret', [[2031, 0.3]]],
      ['Egen tolkning av röntgenbilder nattetid', [[2031, 2.1]]],
      ['Lägre kostnad för portokort', [[2031, 0.15]]],
    ]);
    expect(got.totals).toEqual([[2031, 4.25, true]]);
  });

  it('goes on with rows laid out as text under the caption repeated (the part no drawn or tagged table)', () => {
    const row = (label: string, value: string) => `${label.padEnd(44)}${value.padStart(9)}`;
    const got = read([
      {
        above: '## Omställning\nTabell 3. Besparingar år 2031 per förändring, tkr',
        rows: [
          ['Förändring', 'Besparing'],
          ['Sammanslagna växelfunktioner', '450'],
          ['Glesare städintervall i kontorslokaler', '1 250'],
        ],
      },
      {
        above: 'Tabell 3. Besparingar år 2031 per förändring, tkr (forts.)',
        rows: [
          [row('Egen tolkning av röntgenbilder nattetid', '2 100')],
          [row('Lägre kostnad för portokort', '150')],
          [row('Summa förändringar', '3 950')],
        ],
        after: 'Förändringarna redovisas för styrelsen i oktober.',
        drawn: false,
      },
    ]);
    expect(got.measures).toEqual([
      ['Sammanslagna växelfunktioner', [[2031, 0.45]]],
      ['Glesare städintervall i kontorslokaler', [[2031, 1.25]]],
      ['Egen tolkning av röntgenbilder nattetid', [[2031, 2.1]]],
      ['Lägre kostnad för portokort', [[2031, 0.15]]],
    ]);
    expect(got.totals).toEqual([[2031, 3.95, true]]);
  });

  it('takes the unit from the column cell ("Effekt i mkr")', () => {
    const got = read([
      {
        above: '## Förslag\nSammanställning: effekt under 2029',
        rows: [
          ['Projekt', 'Effekt i mkr'],
          ['Färre hyrda lokaler i hamnen', '3,5'],
          ['Ny rutin för sjukresor', '1,5'],
        ],
      },
    ]);
    expect(got.measures).toEqual([
      ['Färre hyrda lokaler i hamnen', [[2029, 3.5]]],
      ['Ny rutin för sjukresor', [[2029, 1.5]]],
    ]);
  });

  it('reads no year when the caption names a period, and no effect from a cost column', () => {
    const period = read([
      {
        above: '## Förslag\nTabell 1. Besparing 2029–2031 per projekt (mkr)',
        rows: [
          ['Projekt', 'Belopp'],
          ['Färre hyrda lokaler i hamnen', '3,5'],
          ['Ny rutin för sjukresor', '1,5'],
        ],
      },
    ]);
    expect(period.measures.flatMap(([, effects]) => effects)).toEqual([]);
    const cost = read([
      {
        above: '## Förslag\nTabell 1. Projekt under 2029 (mkr)',
        rows: [
          ['Projekt', 'Kostnad'],
          ['Färre hyrda lokaler i hamnen', '3,5'],
          ['Ny rutin för sjukresor', '1,5'],
        ],
      },
    ]);
    expect(cost.measures.flatMap(([, effects]) => effects)).toEqual([]);
  });
});
