/**
 * A title too long for the page's width wraps, leaving its year alone on the next line in the title's
 * own size: the year is the title's, so the paper's fiscal year. A line in body size under a title is
 * no part of it. Wording made up for these tests.
 */
import { describe, expect, it } from 'vitest';
import { analyzePages } from '../../parsers/extract/document.ts';
import { pagesFromText } from '../helpers/text-pages.ts';

const info = { title: null, author: null, subject: null, creationDate: null, producer: null };
const read = (text: string) => {
  const doc = analyzePages(pagesFromText(text), { fileName: 'test.pdf', info });
  return { title: doc.document.title, years: doc.document.years };
};

describe('a title whose year wrapped onto its own line', () => {
  it('takes the year on the next line in the title size as the title’s', () => {
    const got = read(`Folktandvården
Datum 2030-11-02

# Uppföljning av tandvårdens kostnadsutveckling och åtgärder
# 2031
Folktandvården redovisar läget inför det kommande året.`);
    expect(got.title).toBe('Uppföljning av tandvårdens kostnadsutveckling och åtgärder 2031');
    expect(got.years).toEqual([2031]);
  });

  it('leaves a body line under the title out of it', () => {
    const got = read(`Folktandvården
Datum 2030-11-02

# Uppföljning av tandvårdens kostnadsutveckling
2031 redovisas läget inför det kommande året.`);
    expect(got.title).toBe('Uppföljning av tandvårdens kostnadsutveckling');
  });
});
