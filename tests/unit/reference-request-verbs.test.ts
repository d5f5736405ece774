/**
 * A board's decision cited by a verb of request or instruction — "begärde", "uppmanade", "ålade" —
 * with its date and §, is a reference like one cited by "beslutade". Wording made up for this test.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';

describe('decisions cited by a verb of request', () => {
  it('reads the board, date and § after begärde, uppmanade and ålade', () => {
    const doc = analyzeText(`# Redovisning av vårdplatsläget

## Bakgrund
Regionstyrelsen uppmanade 2030-04-02, § 61, samtliga nämnder att redovisa sina vårdplatser.
Kulturnämnden begärde den 14 maj 2030 (§ 18) en förnyad analys av lokalbehovet.
Regionfullmäktige ålade 2029-11-25, § 240, styrelsen att samordna upphandlingen.
`);
    const got = doc.references.map((r) => [r.body, r.date, r.paragraph]);
    expect(got).toContainEqual(['Regionstyrelsen', '2030-04-02', '§61']);
    expect(got).toContainEqual(['Kulturnämnden', '2030-05-14', '§18']);
    expect(got).toContainEqual(['Regionfullmäktige', '2029-11-25', '§240']);
  });
});
