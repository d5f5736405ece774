/**
 * A decision cited with its date and § before the verb and the board after it ("Genom beslut
 * 2030-05-05 § 88 gav Kulturnämnden …"): the date printed right before the § is that decision's date,
 * as it is when the board opens the sentence. Wording made up for this test.
 */
import { describe, expect, it } from 'vitest';
import { citationsIn } from '../helpers/citations.ts';

describe('a cited date and § before the verb', () => {
  it('reads the date right before the § as the decision date', () => {
    const got = citationsIn(`# Lokalförsörjning

## Bakgrund
Genom beslut 2030-05-05 § 88 gav Kulturnämnden förvaltningen i uppdrag att se över lokalerna.
Vid sammanträdet 2029-12-01, § 140, fastställde Regionstyrelsen den nya lokalplanen.
`);
    expect(got).toContainEqual(['Kulturnämnden', '2030-05-05', '§88']);
    expect(got).toContainEqual(['Regionstyrelsen', '2029-12-01', '§140']);
  });

  it('takes no date that does not stand right before the §', () => {
    const got = citationsIn(`# Lokalförsörjning

## Bakgrund
Sedan 2030-05-05 har arbetet pågått och i § 88 gav Kulturnämnden förvaltningen ett nytt uppdrag.
`);
    expect(got.every(([, date]) => date !== '2030-05-05')).toBe(true);
  });
});
