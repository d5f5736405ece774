/**
 * A sentence with an amount ("ett överskott på 4,2 mkr") above a measure table whose figures have no
 * unit is not a statement of the table's unit: reading the table in that unit gave wrong effects with
 * no warning (a sheet printed over two pages, thousands of kronor, fixtures/holdout7 g14). The table is
 * refused with a warning instead; a caption naming the unit without a figure still counts. Wording
 * and layout are made up for this test.
 */
import { describe, expect, it } from 'vitest';
import { analyzePages } from '../../parsers/extract/document.ts';
import { pagesFromText } from '../helpers/text-pages.ts';

const info = { title: null, author: null, subject: null, creationDate: null, producer: null };
const analyze = (text: string) => analyzePages(pagesFromText(text), { fileName: 'test.pdf', info });

describe('a unit word after a figure is an amount, not the unit of the table below', () => {
  it('refuses a table of bare figures under sentences that hold amounts in mkr', () => {
    const doc = analyze(`# Uppföljning av besparingar 2027–2028
Vårdcentralerna visade ett överskott på 4,2 mkr i fjol.
Köpt vård kostade 13 miljoner kronor mer än väntat.
Åtgärd                                   2027        2028
Samordnad nattjour i Lycksele            1 250       2 400
Färre externa konsulter inom IT          (300)       1 100
`);
    expect(doc.measures.flatMap((m) => m.effects)).toEqual([]);
    expect(doc.warnings.map((w) => w.code)).toContain('TABLE_UNPARSED');
  });

  it('still reads the unit a caption names without a figure', () => {
    const doc = analyze(`# Uppföljning av besparingar 2027–2028
Vårdcentralerna visade ett överskott på 4,2 mkr i fjol.
Belopp i tkr
Åtgärd                                   2027        2028
Samordnad nattjour i Lycksele            1 250       2 400
Färre externa konsulter inom IT          (300)       1 100
`);
    expect(doc.measures.map((m) => m.effects.map((e) => e.amountMsek))).toEqual([
      [1.25, 2.4],
      [-0.3, 1.1],
    ]);
  });
});
