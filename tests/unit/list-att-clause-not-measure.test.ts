/**
 * An "att" clause in a list with no figure ("1. att schemaläggningen ses över") is a proposal's point —
 * what someone wants done, quoted in a paper about measures — not a measure, whose title names the
 * measure as a noun. An item with an effect is still read.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText, effectsByTitle } from '../helpers/analyze-text.ts';

describe('"att" clauses in a list under a heading about measures', () => {
  it('are no measures without a figure', () => {
    const doc = analyzeText(`# Tjänsteskrivelse
Datum 2031-03-20
# Åtgärder för minskade kostnader inom tandvården 2031
## Sammanfattning
I en skrivelse till nämnden föreslår personalföreträdarna:

1. att schemaläggningen på klinikerna ses över,
2. att fler tjänster tillsätts med egen personal.

Nämnden har tagit del av skrivelsen.`);
    expect(effectsByTitle(doc)).toEqual([]);
  });

  it('keep an item that states its effect', () => {
    const doc = analyzeText(`# Åtgärder för minskade kostnader inom tandvården 2031
## Åtgärder
1. Samordnad materialbeställning, 0,8 mkr 2031.
2. att minska övertiden på klinikerna, 1,2 mkr 2031.`);
    expect(effectsByTitle(doc).map(([, e]) => e)).toEqual([[[2031, 0.8]], [[2031, 1.2]]]);
  });
});
