/**
 * A borderless measure table with tall rows: each first cell holds a title, a sentence and a numbered
 * step, and the rows are padded, so the gap before the next row's figures is wider than a line gap.
 * A line with figures under the years (and nothing else there) after such a gap is the next row; a
 * paragraph after the same gap still ends the table. Wording made up for this test.
 */
import { describe, expect, it } from 'vitest';
import { analyzePages } from '../../parsers/extract/document.ts';
import { pagesFromText } from '../helpers/text-pages.ts';

const info = { title: null, author: null, subject: null, creationDate: null, producer: null };
const analyze = (text: string) => analyzePages(pagesFromText(text), { fileName: 'test.pdf', info });

const TABLE = `# Åtgärdsplan 2027–2028
## Åtgärder
Belopp i mkr
Åtgärd                                                         2027        2028
Samlad nattjour i Lycksele                                     1,2         2,0
Nattjouren samordnas mellan två avdelningar.
1. Gemensamt schema för läkarna


Egen tolkförmedling i länet                                    (0,5)       0,9
Tolkar anställs i stället för att hyras in per timme.
1. Rekrytera fyra tolkar


Summa                                                          0,7         2,9
`;

describe('borderless tables with tall, padded rows', () => {
  it('reads every row and the total across the wider gaps', () => {
    const doc = analyze(TABLE);
    expect(doc.measures.map((m) => [m.title, m.effects.map((e) => [e.year, e.amountMsek])])).toEqual([
      [
        expect.stringMatching(/^Samlad nattjour i Lycksele/),
        [
          [2027, 1.2],
          [2028, 2],
        ],
      ],
      [
        expect.stringMatching(/^Egen tolkförmedling i länet/),
        [
          [2027, -0.5],
          [2028, 0.9],
        ],
      ],
    ]);
    expect(doc.totals.map((t) => [t.year, t.amountMsek, t.reconciled])).toEqual([
      [2027, 0.7, true],
      [2028, 2.9, true],
    ]);
  });

  it('still ends the table at a paragraph after the same gap', () => {
    const doc = analyze(`${TABLE}


Förvaltningen följer upp effekterna 2027 och 2028 i varje delårsrapport.
`);
    expect(doc.measures).toHaveLength(2);
    expect(doc.totals).toHaveLength(2);
  });
});

describe('borderless tables read by OCR', () => {
  const OCR_TABLE = `# Åtgärdsplan 2027–2028
## Åtgärder
Belopp i mkr
Åtgärd                                                         2027        2028
Samlad nattjour i Lycksele                                     1,2         2,0
Egen tolkförmedling i länet                                    0,5         0,9
`;
  it('keeps a row whose box OCR measured half again the header size (a descender, a speck)', () => {
    const pages = pagesFromText(OCR_TABLE);
    const page = pages[0];
    if (!page) throw new Error('no page');
    page.source = 'ocr';
    const row = page.lines.find((l) => l.text.startsWith('Samlad'));
    if (!row) throw new Error('no row');
    row.fontSize = 16;
    row.height = 16;
    const doc = analyzePages(pages, { fileName: 'test.pdf', info });
    expect(doc.measures.map((m) => [m.title, m.effects.map((e) => [e.year, e.amountMsek])])).toEqual([
      [
        'Samlad nattjour i Lycksele',
        [
          [2027, 1.2],
          [2028, 2],
        ],
      ],
      [
        'Egen tolkförmedling i länet',
        [
          [2027, 0.5],
          [2028, 0.9],
        ],
      ],
    ]);
  });
});
