/**
 * A board's date followed by the decision's § whose sign OCR lost ("… 2029-09-30 114.") or read as "&",
 * and a misread § followed by the clause's verb ("… 2029-09-30 8 114 skulle …"). The number closes the
 * citation; a decimal, a word after the number or a point opening the next line is no §. Wording and
 * figures made up for these tests.
 */
import { describe, expect, it } from 'vitest';
import { citationsIn } from '../helpers/citations.ts';

const refs = citationsIn;

describe('a § lost or misread right after a cited date', () => {
  it('reads a number closing the sentence after the date as the §', () => {
    expect(
      refs(`# Tjänsteskrivelse om hörselvården
Uppdraget kommer från Regionfullmäktige 2029-09-30 114. Förvaltningen har sedan dess utrett frågan.`),
    ).toEqual([['Regionfullmäktige', '2029-09-30', '§114']]);
  });

  it('reads "8 114 skulle" after the date as § 114', () => {
    expect(
      refs(`# Tjänsteskrivelse om hörselvården
Efter Regionfullmäktiges beslut 2029-09-30 8 114 skulle taxan ses över.`),
    ).toEqual([['Regionfullmäktige', '2029-09-30', '§114']]);
  });

  it('reads "& 114," after the date as § 114', () => {
    expect(
      refs(`# Tjänsteskrivelse om hörselvården
Regionfullmäktige 2029-09-30 & 114, gav uppdraget att se över taxan.`),
    ).toEqual([['Regionfullmäktige', '2029-09-30', '§114']]);
  });

  it('takes no § from a decimal or a count after the date', () => {
    expect(
      refs(`# Tjänsteskrivelse om hörselvården
Enligt Regionfullmäktiges beslut 2029-09-30 12,5 mkr till hörselvården.`).map((r) => r[2]),
    ).not.toContain('§12');
    expect(
      refs(`# Tjänsteskrivelse om hörselvården
Enligt Regionfullmäktiges beslut 2029-09-30 14 ärenden.`).map((r) => r[2]),
    ).not.toContain('§14');
  });
});
