// A table of contents sets dots (or rules) between each entry and its page number. Those leaders are
// symbols by the hundred on a page whose text layer is perfectly good; counted as symbols they sent the
// page to OCR ("text layer is mostly symbols"). Leaders are left out of the count; a page of real
// symbol soup is still flagged.
import { describe, expect, it } from 'vitest';
import type { Page } from '../../parsers/page-model.ts';
import { ocrReason } from '../../parsers/pdf/load.ts';

const pageWith = (texts: string[]): Page => ({
  number: 3,
  width: 595,
  height: 842,
  source: 'text',
  items: texts.map((text, i) => ({ text, x: 60, y: 80 + i * 16, width: 420, height: 10 })),
  lines: [],
  tables: [],
});

describe('ocrReason and leader dots', () => {
  it('trusts a contents page whose entries are joined to their pages by spaced dots or rules', () => {
    const lines = [
      'Förteckning över bilagor',
      `A Resultaträkning per förvaltning ${'. '.repeat(38)}21`,
      `B Personalredovisning ${'. '.repeat(46)}24`,
      `C Lokalförsörjning ${'_'.repeat(60)} 27`,
      `D Ordlista ${'·'.repeat(70)} 30`,
      `E Nyckeltal i sammandrag ${'…'.repeat(30)} 31`,
    ];
    expect(ocrReason(pageWith(lines))).toBeNull();
  });

  it('still flags a page of symbols that are no leaders', () => {
    const soup = ['#$%& *+<> =@#$ %&*+ <>=@ #$%& *+<> =@#$ %&*+ <>=@ ab', '.... ....'];
    expect(ocrReason(pageWith(soup))).toMatch(/symbols/);
  });
});
