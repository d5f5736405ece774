/**
 * Two spellings of a citation's §: the word "paragraf" for the sign ("… den 2028-03-14, paragraf 77"),
 * and a § after the board's own case number ("(dnr RS 2028/77, § 140)") — the diarienummer stands
 * between the board and its §, and is never the § itself. A case number on one line and a § opening
 * the next (a minutes heading) stay no citation. Wording and figures made up for these tests.
 */
import { describe, expect, it } from 'vitest';
import { citationsIn } from '../helpers/citations.ts';

describe('a § written as a word, or after a case number', () => {
  it('reads "paragraf 77" after the cited date as § 77', () => {
    expect(
      citationsIn(`# Tjänsteskrivelse om ambulansens stationer
Regionfullmäktige antog stationsplanen den 2028-03-14, paragraf 77, efter en lång beredning.`),
    ).toEqual([['Regionfullmäktige', '2028-03-14', '§77']]);
  });

  it("reads the § after the board's diarienummer", () => {
    expect(
      citationsIn(`# Tjänsteskrivelse om ambulansens stationer
Frågan om stationerna har beretts tidigare (dnr RS 2028/77, § 140) och följs nu upp.`),
    ).toEqual([['Regionstyrelsen', null, '§140']]);
  });

  it('takes no § from a case number alone', () => {
    expect(
      citationsIn(`# Tjänsteskrivelse om ambulansens stationer
Ärendet har diarienummer RS 2028/77 och gäller stationerna.`),
    ).toEqual([]);
  });
});
