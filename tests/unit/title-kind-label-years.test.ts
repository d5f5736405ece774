/**
 * A paper whose largest heading only names its kind ("PROMEMORIA", "Tjänsteutlåtande") states its
 * subject, and the subject's fiscal years, in the heading under it. Wording made up for this test.
 */
import { describe, expect, it } from 'vitest';
import { analyzePages } from '../../parsers/extract/document.ts';
import { pagesFromText } from '../helpers/text-pages.ts';

const info = { title: null, author: null, subject: null, creationDate: null, producer: null };

describe('a kind label over the subject heading', () => {
  it('takes the fiscal years from the subject heading', () => {
    const doc = analyzePages(
      pagesFromText(`# PROMEMORIA
Datum 2027-09-14
## Investeringsramar för fastigheter 2028
Fastighetsförvaltningen har gått igenom behovet av ombyggnader på länets sjukhus.`),
      { fileName: 'test.pdf', info },
    );
    expect(doc.document.title).toBe('PROMEMORIA');
    expect(doc.document.years).toEqual([2028]);
  });

  it('keeps the years of a title that names them itself', () => {
    const doc = analyzePages(
      pagesFromText(`# Lokalförsörjningsplan 2029
Datum 2027-09-14
## Investeringsramar för fastigheter 2028
Fastighetsförvaltningen har gått igenom behovet av ombyggnader på länets sjukhus.`),
      { fileName: 'test.pdf', info },
    );
    expect(doc.document.years).toContain(2029);
    expect(doc.document.years).not.toContain(2028);
  });
});
