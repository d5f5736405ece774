/**
 * A year header cell set on two lines ("2031" over "(mkr)") and vertically centred beside one-line
 * header cells leaves its year on a line of its own just above the rest of the header when lines
 * are broken by baseline (OCR does this): the header's years are read from both lines together.
 * Layout and wording are made up for this test.
 */
import { describe, expect, it } from 'vitest';
import { analyzePages } from '../../parsers/extract/document.ts';
import { pagesFromText } from '../helpers/text-pages.ts';

const info = { title: null, author: null, subject: null, creationDate: null, producer: null };

describe('a year header split over two lines', () => {
  it('reads the year above the header line as one of its columns', () => {
    const doc = analyzePages(
      pagesFromText(`# Plan för budget i balans 2031–2032
## Insatser
                                                2031
Insats                          Ansvarig                    2032
                                                (mkr)
Gemensam tolkcentral            Kanslichef      0,8         0,9
Digitala kallelser              IT-chef         –           0,2
`),
      { fileName: 'test.pdf', info },
    );
    expect(doc.measures.map((m) => [m.title, m.effects.map((e) => [e.year, e.amountMsek])])).toEqual([
      [
        'Gemensam tolkcentral',
        [
          [2031, 0.8],
          [2032, 0.9],
        ],
      ],
      ['Digitala kallelser', [[2032, 0.2]]],
    ]);
  });
});
