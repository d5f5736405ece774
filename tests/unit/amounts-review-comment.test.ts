/**
 * A paper exported with its markup shown carries the reviewers' comment balloons ("Kommentar [AB1]: …").
 * A comment is a note on the paper, not the paper: its figures are no amounts. A paragraph that merely
 * begins with the word "Kommentar" is the paper's own text. Wording made up for these tests.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';

const amountsOf = (text: string) => analyzeText(text).amounts.map((a) => a.amountMsek);

describe('comment balloons of a word processor', () => {
  it('reads no amount from a block labelled as a reviewer comment', () => {
    const got = amountsOf(
      [
        '# Kulturnämndens budgetuppföljning',
        '',
        'Bidragen till studieförbunden uppgår till 14,5 mkr under året.',
        '',
        'Kommentar [TL2]: Borde det vara 16,0 mkr? Jämför beslutet 2025-04-02.',
        '',
        'Kommenterad [mh13]: Summan 3,1 mkr saknas i bilagan.',
        '',
        'Lokalhyrorna väntas öka med 2,2 mkr.',
      ].join('\n'),
    ).map(Math.abs);
    expect(got).toContain(14.5);
    expect(got).toContain(2.2);
    expect(got).not.toContain(16);
    expect(got).not.toContain(3.1);
  });

  it('reads a paragraph of the paper that begins with the word Kommentar', () => {
    const got = amountsOf(
      [
        '# Kulturnämndens budgetuppföljning',
        '',
        'Kommentar till utfallet: arvodena blev 0,9 mkr lägre.',
      ].join('\n'),
    ).map(Math.abs);
    expect(got).toContain(0.9);
  });
});
