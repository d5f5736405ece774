/**
 * A figure table whose first row's label cell wraps around its figures (the label's first line, the
 * figures alone on the next line, the label's last line below): the table is read from that row on,
 * not lost for want of a header right above a figure row.
 */
import { describe, expect, it } from 'vitest';
import { analyzePages } from '../../parsers/extract/document.ts';
import { pagesFromText } from '../helpers/text-pages.ts';

const info = { title: null, author: null, subject: null, creationDate: null, producer: null };

describe('a first row whose label wraps around its figures', () => {
  it('reads every row of the table, the first one included', () => {
    const doc = analyzePages(
      pagesFromText(`# Delårsbokslut för tandvårdsnämnden
Resultat per område, tkr
Område                            Utfall    Prognos
Folktandvård och
                                   (410)      (520)
specialisttandvård
Hjälpmedelscentralen                 220        300
Summa                               (190)      (220)`),
      { fileName: 'test.pdf', info },
    );
    expect(doc.amounts.map((a) => a.amountMsek).sort((a, b) => a - b)).toEqual([
      -0.52, -0.41, -0.22, -0.19, 0.22, 0.3,
    ]);
    expect(doc.amounts.find((a) => a.amountMsek === -0.41)?.context).toContain('Folktandvård');
  });
});
