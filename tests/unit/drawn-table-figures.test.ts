/**
 * A drawn table (ruled or tagged) of figures that is no year table — a follow-up's "Insats | Utfall
 * jan–sep | Prognos helår | Kommentar", with words in a column after the figures and labels wrapped
 * in their cells — is read by its cell grid: its money columns give amounts in the caption's unit,
 * and a header naming measures with no year column is told (TABLE_UNPARSED), never dropped in
 * silence. Wording and figures made up for these tests.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';
import { pagesFromText, withRuledTable } from '../helpers/text-pages.ts';

// The text layer as a ruled table with wrapped cells gives it: labels and comments over two lines.
const TEXT = `## Återrapportering av besparingsinsatser
Tabell 3. Insatsernas utfall och prognos för året, tkr
Insats    Utfall jan–sep    Prognos helår    Kommentar
Gemensam bemanningsenhet för    1 250    1 900    Enligt
kirurgin                                          plan
Färre hyrda lokaler i centrum    400    (150)    Försenad
Digitala återbesök inom reumatologin    2 075    3 100    Klar
Summa    3 725    4 850

Förvaltningen återkommer med en fördjupad analys.
`;

const ROWS = [
  ['Insats', 'Utfall jan–sep', 'Prognos helår', 'Kommentar'],
  ['Gemensam bemanningsenhet för kirurgin', '1 250', '1 900', 'Enligt plan'],
  ['Färre hyrda lokaler i centrum', '400', '(150)', 'Försenad'],
  ['Digitala återbesök inom reumatologin', '2 075', '3 100', 'Klar'],
  ['Summa', '3 725', '4 850', ''],
];

describe('figures of a drawn table that is no year table', () => {
  it('reads its money columns as amounts in the caption unit and tells the unread measures', () => {
    const doc = analyzeText(withRuledTable(pagesFromText(TEXT), ROWS));
    const figures = doc.amounts.filter((a) => a.context.includes('·')).map((a) => a.amountMsek);
    expect(figures.sort((a, b) => a - b)).toEqual(
      [1.25, 0.4, 2.075, 3.725, 1.9, -0.15, 3.1, 4.85].sort((a, b) => a - b),
    );
    const told = doc.warnings.filter((w) => w.code === 'TABLE_UNPARSED');
    expect(told).toHaveLength(1);
    expect(told[0]?.message).toContain('Insats | Utfall jan–sep');
    expect(doc.measures).toHaveLength(0);
  });

  it('a drawn table of figures with no unit anywhere: no amounts, said', () => {
    const text = TEXT.replace(', tkr', '');
    const doc = analyzeText(withRuledTable(pagesFromText(text), ROWS));
    expect(doc.amounts.filter((a) => a.context.includes('·'))).toHaveLength(0);
    expect(doc.warnings.some((w) => w.code === 'TABLE_UNPARSED' && /no unit/.test(w.message))).toBe(true);
  });

  it('leaves columns of counts and running numbers out', () => {
    const rows = [
      ['Nr', 'Verksamhet', 'Antal tjänster', 'Utfall', 'Budget'],
      ['1', 'Akutmottagningen', '12', '14 200', '13 900'],
      ['2', 'Barnkliniken', '9', '8 050', '8 400'],
      ['3', 'Ögonkliniken', '4', '3 300', '3 250'],
    ];
    const text = `## Driftredovisning\nTabell 1. Utfall och budget, tkr\n${rows.map((r) => r.join('    ')).join('\n')}\n\nSlut.\n`;
    const doc = analyzeText(withRuledTable(pagesFromText(text), rows));
    const figures = doc.amounts.filter((a) => a.context.includes('·')).map((a) => a.amountMsek);
    expect(figures.sort((a, b) => a - b)).toEqual([14.2, 13.9, 8.05, 8.4, 3.3, 3.25].sort((a, b) => a - b));
    expect(doc.warnings.filter((w) => w.code === 'TABLE_UNPARSED')).toHaveLength(0);
  });
});
