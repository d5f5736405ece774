/**
 * A decision cited as "I beslut den 3 mars 2031 (§ 57) gav Trafiknämnden …": the date, then the § in
 * parentheses, then the verb and the board. The parenthesis between the date and its § does not part
 * them: the date is the decision's. Wording made up for this test.
 */
import { describe, expect, it } from 'vitest';
import { citationsIn } from '../helpers/citations.ts';

describe('a date right before a parenthesised §', () => {
  it('reads the date before "(§ n)" as the decision date', () => {
    const got = citationsIn(`# Kollektivtrafik

## Bakgrund
I beslut den 3 mars 2031 (§ 57) gav Trafiknämnden förvaltningen i uppdrag att se över linjenätet.
Vid mötet 2030-10-09 (§ 212) fastställde Regionstyrelsen taxan för nästa år.
`);
    expect(got).toContainEqual(['Trafiknämnden', '2031-03-03', '§57']);
    expect(got).toContainEqual(['Regionstyrelsen', '2030-10-09', '§212']);
  });

  it('takes no date that a word parts from the parenthesis', () => {
    const got = citationsIn(`# Kollektivtrafik

## Bakgrund
Sedan den 3 mars 2031 gäller taxan och enligt tidigare beslut (§ 57) gav Trafiknämnden förvaltningen ett uppdrag.
`);
    expect(got.every(([, date]) => date !== '2031-03-03')).toBe(true);
  });
});
