/**
 * A borderless header whose heads a rewrite of the PDF ran together into one string ("Kv1 2031 Kv2 2031
 * Helår 2031 2032": a Ghostscript print sets a line's runs as one): the words' places in the string are not
 * their columns', and the year whose figures went to another column is lost. Such a table is told
 * (AMBIGUOUS_TABLE), its year never dropped unseen. Wording and figures made up for this test.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText, effectsByTitle } from '../helpers/analyze-text.ts';

const paper = `# Handlingsplan för tandvården 2031–2032
Region Gotland
Belopp i mkr.

Åtgärd                         Kv1 2031 Kv2 2031 Helår 2031 2032
Samlad sterilteknik              0,4      0,5      1,8      2,2
Färre externa laboratorier       0,2      0,3      1,0      1,4
Summa                            0,6      0,8      2,8      3,6
`;

describe('a borderless header run together into one string', () => {
  it('is told when a year of it reads no figures', () => {
    const doc = analyzeText(paper);
    const years = effectsByTitle(doc).flatMap(([, effects]) => effects.map(([year]) => year));
    const told = doc.warnings.some((w) => w.code === 'AMBIGUOUS_TABLE' || w.code === 'TABLE_UNPARSED');
    // Either every row has its full-year 2031 effect, or the table is told.
    const rows = effectsByTitle(doc).length;
    expect(years.filter((year) => year === 2031).length === rows || told).toBe(true);
  });
});
