/**
 * A letterhead whose fields were set apart by spaces the text layer lost ("Tjänsteskrivelse Datum
 * 2027-02-11 Dnr KS 2027/14"): a capitalised date label with a full date right after it starts a field
 * anywhere in the line, and its date is the paper's. A lower-case "datum" in a sentence is not.
 */
import { describe, expect, it } from 'vitest';
import { guessDate } from '../../parsers/extract/metadata.ts';
import { pagesFromText } from '../helpers/text-pages.ts';

const filler = Array.from(
  { length: 12 },
  (_, i) => `Uppföljningsrad ${i + 1} om kollektivtrafikens kostnader`,
).join('\n');

describe('a date label in the middle of a letterhead line', () => {
  it('dates the paper', () => {
    const pages = pagesFromText(`# Åtgärder inom kollektivtrafiken
Tjänsteskrivelse Sammanträdesdatum 2027-02-11 Dnr RS 2027/14 Kollektivtrafiknämnden
${filler}`);
    expect(guessDate(pages)).toBe('2027-02-11');
  });

  it('not a lower-case "datum" in a sentence of the text', () => {
    const pages = pagesFromText(`# Åtgärder inom kollektivtrafiken
${filler}
Avtalet löper vidare från samma datum 2027-02-11 som det tidigare avtalet, enligt överenskommelsen.
${filler}`);
    expect(guessDate(pages)).toBeNull();
  });
});
