/**
 * A case number's prefix names the register the case is kept in, not always the board that decided:
 * when the sentence names the deciding board before the case number ("Regionfullmäktige beslutade …
 * (RS 2024/345, § 112)"), the § is that board's. With no board named before it, the case number's
 * board still holds the § ("… (dnr HSN 2027/58, § 31)"), as it does when the sentence names that same
 * board before it. Wording and figures made up for these tests.
 */
import { describe, expect, it } from 'vitest';
import { citationsIn } from '../helpers/citations.ts';

describe("a § after another board's case number", () => {
  it('gives the § to the board the sentence names as deciding', () => {
    expect(
      citationsIn(`# Tjänsteskrivelse om vårdköerna i Region Jämtland Härjedalen
Regionfullmäktige beslutade att anta handlingsplanen för vårdköerna (RS 2024/345, § 112).`),
    ).toEqual([['Regionfullmäktige', null, '§112']]);
  });

  it("gives the § to the case number's board when no board is named before it", () => {
    expect(
      citationsIn(`# Tjänsteskrivelse om tandvården i Region Gotland
Uppdraget om barntandvården gavs i fjol (dnr HSN 2027/58, § 31) och redovisas nu.`),
    ).toEqual([['Hälso- och sjukvårdsnämnden', null, '§31']]);
  });

  it('keeps the § with a board named before its own case number', () => {
    expect(
      citationsIn(`# Tjänsteskrivelse om tandvården i Region Uppsala
Frågan bereddes i våras i hälso- och sjukvårdsnämnden (dnr HSN 2027/58, § 31) och återkommer nu.`),
    ).toEqual([['Hälso- och sjukvårdsnämnden', null, '§31']]);
  });
});
