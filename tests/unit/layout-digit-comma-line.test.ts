/**
 * A line of digits and commas at the top of pages (a hostile or garbled text layer) is checked against the
 * "figures only" pattern of the running-header filter: each figure ends at a space or the line's end, so
 * the check is linear in the line's length; a pattern whose figures could be cut two ways took seconds per
 * line at 110 characters and doubled with each ",111" more. Text made up for this test.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';

describe('a line of digits and commas in the page bands', () => {
  it('is read in moments', () => {
    const hostile = `1${',111'.repeat(60)}x`;
    const pages = [1, 2, 3].map(
      (n) => `${hostile}\n## Sida ${n}\nNämnden följer upp åtgärderna varje tertial.\n`,
    );
    const doc = analyzeText(pages.join('\f'));
    expect(doc.measures).toEqual([]);
  });
});
