/**
 * A borderless table whose figures stand centred beside titles of two or three lines: the line above
 * the first row's figures is that row's first line, not the name of a group of rows, when every row has
 * as many lines above its figures; a group's name over such rows adds a line and stays in doubt. Wording
 * and figures made up for these tests.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText, effectsByTitle } from '../helpers/analyze-text.ts';

const read = (text: string) => {
  const doc = analyzeText(text);
  return {
    measures: effectsByTitle(doc).map(([title]) => title),
    /** Doubts that a line names a group of rows. */
    groupDoubts: doc.warnings.filter((w) => /group of rows/.test(w.message)).length,
    warned: doc.warnings.some((w) => w.code === 'AMBIGUOUS_TABLE'),
  };
};

const header = `# Åtgärder inom länssjukvården 2033–2034
Belopp i mkr.

Åtgärd                                   2033     2034`;

/** Three rows of two lines, the figures between them, and the sum. */
const rows = `Gemensam jourlinje för
                                          1,4      1,0
barn- och ungdomspsykiatrin

Ny rutin för
                                          0,8      0,6
remisshantering i primärvården

Färre hyrläkare
                                          2,1      1,5
på akutmottagningen

Summa                                     4,3      3,1

Uppföljning sker per tertial.`;

describe('the first line of a table with figures centred in tall rows', () => {
  it('is the first row’s own line when every row has a line above its figures', () => {
    const got = read(`${header}
${rows}`);
    expect(got.measures).toEqual([
      'Gemensam jourlinje för barn- och ungdomspsykiatrin',
      'Ny rutin för remisshantering i primärvården',
      'Färre hyrläkare på akutmottagningen',
    ]);
    expect(got.groupDoubts).toBe(0);
  });

  it('leaves the table warned when a short line stands over a row that has its own line above', () => {
    const got = read(`${header}
Psykiatri
${rows}`);
    expect(got.warned).toBe(true);
  });
});
