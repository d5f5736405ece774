/**
 * A one-line letterhead whose fields the text layer joined with single spaces ("Region Örebro län
 * Promemoria 2025-04-07 Dnr RS 2025/1187"): the case-number field is a header word like the region's
 * name and the paper's kind, so a long number does not make the date's neighbours look like a
 * sentence. A date inside a sentence near the top stays no date of the paper.
 */
import { describe, expect, it } from 'vitest';
import { guessDate } from '../../parsers/extract/metadata.ts';
import { pagesFromText } from '../helpers/text-pages.ts';

const filler = Array.from({ length: 30 }, (_, i) => `Rad ${i + 1} om primärvårdens uppdrag i länet`).join(
  '\n',
);

describe('a letterhead line with a date and a case number', () => {
  it('dates the paper however long the case number is', () => {
    const pages = pagesFromText(`Västra Götalandsregionen Promemoria 2025-04-07 Dnr RHS 2025/11873-4
# Samverkan kring mobila team
${filler}`);
    expect(guessDate(pages)).toBe('2025-04-07');
  });

  it('also when the number wrapped onto the next line', () => {
    const pages = pagesFromText(`Region Jämtland Härjedalen Skrivelse 14 oktober 2025 Diarienummer
RS 2025/118
# Samverkan kring mobila team
${filler}`);
    expect(guessDate(pages)).toBe('2025-10-14');
  });

  it('not a date in a sentence near the top', () => {
    const pages = pagesFromText(`# Samverkan kring mobila team
Regionstyrelsen gav förvaltningen i uppdrag den 2025-04-07 att utreda de mobila teamen vidare
${filler}`);
    expect(guessDate(pages)).toBeNull();
  });
});
