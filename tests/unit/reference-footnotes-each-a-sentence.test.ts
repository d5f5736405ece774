/**
 * Notes under a text, each opened by its number ("1 Kulturnämnden …" / "2 Regionstyrelsen …"), are
 * sentences of their own: a note citing a § with only its year takes no date from another note, and a
 * note whose citation the decision verb finds is read even when a note before it held a citation.
 * Wording, boards and figures made up for these tests.
 */
import { describe, expect, it } from 'vitest';
import { citationsIn } from '../helpers/citations.ts';

const refs = citationsIn;

describe('footnotes', () => {
  it('reads each note as its own sentence', () => {
    expect(
      refs(`# Yttrande om biblioteksplan 2034
Planen har stämts av med kommunerna.
1 Kulturnämnden beredde planen 2033-02-14, § 12.
2 Planen togs fram på uppdrag av regionstyrelsen, RS § 55/2032.
3 Kulturnämnden diskuterade de två remissvaren 2033-04-03, §§ 30–31.`),
    ).toEqual([
      ['Kulturnämnden', '2033-02-14', '§12'],
      ['Regionstyrelsen', null, '§55'],
      ['Kulturnämnden', '2033-04-03', '§30'],
      ['Kulturnämnden', '2033-04-03', '§31'],
    ]);
  });

  it('keeps a sentence that wraps onto a line opening with a figure', () => {
    expect(
      refs(`# Yttrande om biblioteksplan 2034
Regionstyrelsen gav uppdraget den
12 mars 2033, § 44, efter förslag från kulturnämnden.`),
    ).toEqual([['Regionstyrelsen', '2033-03-12', '§44']]);
  });
});
