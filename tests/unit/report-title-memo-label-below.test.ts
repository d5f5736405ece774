/**
 * A memo's LABEL on a line of the head ("Tjänsteskrivelse" with its date and registration number, a
 * letterhead's "… Beslutsunderlag") makes the paper a case memo even below a report's title: the memo
 * carries the report before the board. Only a section heading below the title ("Ärendebeskrivning")
 * is overruled by the title.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';

describe('a memo label below a report title', () => {
  it('is a memo when "Tjänsteskrivelse" with date and number stands under the title', () => {
    const doc = analyzeText(`# Delårsrapport per augusti 2026 för Region Uppsala
Tjänsteskrivelse 2026-09-15  Diarienummer RS2026-0412
## Förslag till beslut
Regionstyrelsen föreslås besluta att godkänna delårsrapporten.
## Ärendebeskrivning
Regionen redovisar ett resultat efter augusti.`);
    expect(doc.document.documentType).toBe('tjansteskrivelse');
  });

  it('is a memo when the letterhead line under the title ends in "Beslutsunderlag"', () => {
    const doc = analyzeText(`# Månadsuppföljning mars 2026
Region Gotland Beslutsunderlag
## Förslag till beslut
Hälso- och sjukvårdsnämnden föreslås besluta att lägga uppföljningen till handlingarna.
## Ärendebeskrivning
Nämnden redovisar utfallet efter mars.`);
    expect(doc.document.documentType).toBe('tjansteskrivelse');
  });
});
