/**
 * A reference told by a verb, with words between the verb and the decision's date ("tog upp ärendet
 * senast den …"), whose § the OCR engine read as a digit or a letter: "(8 12)", ", 5 12,". The number is
 * the §, as it is where the date follows the board directly. A count in parentheses with a word after it
 * is none. Wording and figures made up for these tests.
 */
import { describe, expect, it } from 'vitest';
import { citationsIn } from '../helpers/citations.ts';

const refs = citationsIn;

describe('a misread § after a date told through a verb', () => {
  it('reads "(8 12)" after the date as § 12', () => {
    expect(
      refs(`# Tjänsteskrivelse om tandvårdstaxan
Regionfullmäktige behandlade taxan senast den 3 februari 2031 (8 12) och gav då ett nytt uppdrag.`),
    ).toEqual([['Regionfullmäktige', '2031-02-03', '§12']]);
  });

  it('reads ", 5 12," after the date as § 12', () => {
    expect(
      refs(`# Tjänsteskrivelse om tandvårdstaxan
Regionfullmäktige behandlade taxan senast 2031-02-03, 5 12, och gav då ett nytt uppdrag.`),
    ).toEqual([['Regionfullmäktige', '2031-02-03', '§12']]);
  });

  it('takes no § from a count in parentheses', () => {
    expect(
      refs(`# Tjänsteskrivelse om tandvårdstaxan
Regionfullmäktige behandlade taxan senast den 3 februari 2031 (8 12 ärenden) och gav då ett nytt uppdrag.`),
    ).toEqual([['Regionfullmäktige', '2031-02-03', null]]);
  });
});
