/**
 * Boards a region names in ways of its own: several boards of one kind told apart by a compass word
 * ("Södra sjukvårdsnämnden", "Norra hälso- och sjukvårdsnämndens beslut") are cited by that whole name, not
 * as the one board without it; a drafting committee named by its field ("Beredningen för folkhälsa och
 * omsorg") is cited by its name, not dropped as a generic "beredningen". Wording, boards and figures made
 * up for these tests.
 */
import { describe, expect, it } from 'vitest';
import { citationsIn } from '../helpers/citations.ts';

const refs = citationsIn;

describe('a board told apart by a compass word', () => {
  it('keeps "Södra" in a board cited with date and §', () => {
    expect(
      refs(`# Yttrande om jourverksamhet 2032
Frågan om nattöppen jourmottagning avgjordes av Södra sjukvårdsnämnden 2031-10-14, § 61, efter remiss.`),
    ).toEqual([['Södra sjukvårdsnämnden', '2031-10-14', '§61']]);
  });

  it('keeps "Norra" in a genitive with the decision as a noun', () => {
    expect(
      refs(`# Yttrande om jourverksamhet 2032
Underlaget bygger på norra hälso- och sjukvårdsnämndens beslut 2031-05-06 § 18 om bemanning.`),
    ).toEqual([['Norra hälso- och sjukvårdsnämnden', '2031-05-06', '§18']]);
  });

  it('does not make a compass word a board without a board after it', () => {
    expect(
      refs(`# Yttrande om jourverksamhet 2032
Mottagningen i västra länsdelen stängdes efter att nämnden för primärvård beslutade 2031-02-02, § 9, om det.`),
    ).toEqual([['Nämnden för primärvård', '2031-02-02', '§9']]);
  });
});

describe('a beredning named by its field', () => {
  it('is cited by its whole name', () => {
    expect(
      refs(`# Yttrande om jourverksamhet 2032
Beredningen för folkhälsa och omsorg lämnade sitt ställningstagande 2031-09-01, § 40.`),
    ).toEqual([['Beredningen för folkhälsa och omsorg', '2031-09-01', '§40']]);
  });
});
