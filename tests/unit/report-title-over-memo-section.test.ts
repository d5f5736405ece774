/**
 * A report's title outweighs a memo's word that stands below it as a section heading of the report
 * ("Ärendebeskrivning" over its first text); the same word above the title, as the label of the
 * paper that carries the report, makes the paper a case memo.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';

describe('a report titled as one, with a memo word in its sections', () => {
  it('is a report when the memo word is a section below the title', () => {
    const doc = analyzeText(`# Kvartalsrapport 3 för tandvården 2031
Datum 2031-10-20
## Ärendebeskrivning
Tandvården redovisar ett resultat i nivå med budget efter tredje kvartalet.
## Beslutsförslag
Tandvårdsnämnden föreslås besluta att godkänna kvartalsrapporten.`);
    expect(doc.document.documentType).toBe('rapport');
  });

  it('is a memo when the memo label stands above the report title', () => {
    const doc = analyzeText(`Beslutsunderlag
# Kvartalsrapport 3 för tandvården 2031
Datum 2031-10-20
Tandvården redovisar ett resultat i nivå med budget efter tredje kvartalet.
## Beslutsförslag
Tandvårdsnämnden föreslås besluta att godkänna kvartalsrapporten.`);
    expect(doc.document.documentType).toBe('tjansteskrivelse');
  });
});
