/**
 * Paragraphs that each carry their own sign, joined by "och" or commas ("§ 31 och § 33", "§ 5, § 8 och
 * § 11"), cite one decision each, as "§§ 31 och 33" does; and a row of a table of earlier decisions whose §
 * cell holds a group ("§§ 14–16", "§ 40 och § 42") cites each of its paragraphs, as the text does. A §
 * beside a law's paragraph is no group of decisions. Wording, boards and figures made up for these tests.
 */
import { describe, expect, it } from 'vitest';
import { paragraphGroup } from '../../parsers/extract/references.ts';
import { citationsIn } from '../helpers/citations.ts';

const refs = citationsIn;

describe('paragraphs each with a sign', () => {
  it('reads "§ a och § b" as two decisions', () => {
    expect(
      refs(`# Yttrande om färdtjänstens taxor 2033
Kollektivtrafiknämnden beslutade den 3 mars 2032, § 31 och § 33, om zonindelning och om färdbevis.`),
    ).toEqual([
      ['Kollektivtrafiknämnden', '2032-03-03', '§31'],
      ['Kollektivtrafiknämnden', '2032-03-03', '§33'],
    ]);
  });

  it('reads a comma list of signed paragraphs', () => {
    expect(paragraphGroup('Regionstyrelsen 2032-01-12, § 5, § 8 och § 11.', '§5')).toEqual([
      '§5',
      '§8',
      '§11',
    ]);
  });

  it('leaves a single § and a § with its year alone', () => {
    expect(paragraphGroup('Regionstyrelsen 2032-01-12, § 5 om taxan.', '§5')).toBeNull();
    expect(paragraphGroup('RS § 5/2032 och § 9/2032', '§5')).toBeNull();
  });
});

describe('a table row with a group of paragraphs', () => {
  it('cites each paragraph of the row', () => {
    expect(
      refs(`# Bilaga: beslut i ärendet om färdtjänst 2033
Tabellen visar tidigare beslut.
Datum        Organ                     §                Ärende
2032-02-09   Kollektivtrafiknämnden    §§ 14–16         Taxor för tre zoner
2032-05-20   Regionstyrelsen           § 40 och § 42    Remissvar och yttrande
2032-06-11   Regionfullmäktige         § 77             Fastställd taxa`),
    ).toEqual([
      ['Kollektivtrafiknämnden', '2032-02-09', '§14'],
      ['Kollektivtrafiknämnden', '2032-02-09', '§15'],
      ['Kollektivtrafiknämnden', '2032-02-09', '§16'],
      ['Regionstyrelsen', '2032-05-20', '§40'],
      ['Regionstyrelsen', '2032-05-20', '§42'],
      ['Regionfullmäktige', '2032-06-11', '§77'],
    ]);
  });
});
