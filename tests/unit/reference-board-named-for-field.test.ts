/**
 * A board named by the field it is for ("Nämnden för folkhälsa och tandvård", "nämnden för
 * primärvård") is cited by its whole name, not as "Nämnden". "Till nämnden för beslut" names no
 * board beyond the generic one. Wording and figures made up for these tests.
 */
import { describe, expect, it } from 'vitest';
import { citationsIn } from '../helpers/citations.ts';

const refs = citationsIn;

describe('a board named by its field', () => {
  it('keeps "för folkhälsa och tandvård" in the body', () => {
    expect(
      refs(`# Yttrande om avgifter i barntandvården
Frågan togs upp av Nämnden för folkhälsa och tandvård 2031-04-09, § 27, som begärde ett yttrande.`),
    ).toEqual([['Nämnden för folkhälsa och tandvård', '2031-04-09', '§27']]);
  });

  it('keeps "för primärvård" after a lower-case "nämnden"', () => {
    expect(
      refs(`# Yttrande om avgifter i barntandvården
Ärendet remitterades när nämnden för primärvård beslutade den 12 mars 2031, § 8, om en ny taxa.`),
    ).toEqual([['Nämnden för primärvård', '2031-03-12', '§8']]);
  });
});

describe('a lower-case board name of two fields joined by a hyphen', () => {
  it('keeps "för hälso- och sjukvård"', () => {
    expect(
      refs(`# Yttrande om avgifter i barntandvården
Ärendet bereddes när nämnden för hälso- och sjukvård beslutade den 2 maj 2031, § 41, om remissen.`),
    ).toEqual([['Nämnden för hälso- och sjukvård', '2031-05-02', '§41']]);
  });
});
