/**
 * A board named once with its abbreviation in parentheses ("Kulturnämnden (KN)", "Nämnden för
 * funktionshinderfrågor (NFF)") is that board wherever the abbreviation stands after — in a citation
 * "KN 2024-05-07 § 33", in the genitive "NFF:s protokoll 2023-12-12, § 140" —, whatever its letters
 * (NFF ends in no board letter). Capitals in parentheses that do not begin with the name's letter ("(M)"
 * a party) define nothing. The former county councils' boards are cited as LS and LF. Also a board for
 * a field with a participle before it ("Nämnden för integrerad vård"). Wording made up for these tests.
 */
import { describe, expect, it } from 'vitest';
import { definedBoardAbbreviations, findBodies, findCitations } from '../../parsers/extract/references.ts';
import { citationsIn } from '../helpers/citations.ts';

describe('a board abbreviation defined in parentheses', () => {
  it('maps the capitals to the board it follows, only when they start with its letter', () => {
    const defined = definedBoardAbbreviations(
      'Nämnden för funktionshinderfrågor (NFF) och Kulturnämnden (KN) yttrade sig. Regionstyrelsen (M) reserverade sig.',
    );
    expect([...defined.entries()]).toEqual([
      ['NFF', 'Nämnden för funktionshinderfrågor'],
      ['KN', 'Kulturnämnden'],
    ]);
  });

  it('reads a citation by the defined capitals as the board, in a whole paper', () => {
    const text = [
      '# Bakgrund',
      'Nämnden för funktionshinderfrågor (NFF) följer upp tillgängligheten varje år.',
      '',
      'Av NFF:s protokoll 2023-12-12, § 140 framgår att en ny plan ska tas fram. Planen remitterades sedan (NFF 2024-05-07 § 33).',
    ].join('\n');
    expect(citationsIn(text)).toEqual([
      ['Nämnden för funktionshinderfrågor', '2023-12-12', '§140'],
      ['Nämnden för funktionshinderfrågor', '2024-05-07', '§33'],
    ]);
  });

  it('without the definition the same capitals are no board', () => {
    const text = ['# Bakgrund', 'Planen remitterades sedan (NFF 2024-05-07 § 33).'].join('\n');
    expect(citationsIn(text)).toEqual([]);
  });

  it('reads a known abbreviation in the genitive with a colon', () => {
    expect(
      findCitations('Enligt RS:s beslut 2022-09-20 § 118 ska arbetet redovisas.', { defaultYear: 2022 }).map(
        (c) => [c.body, c.date, c.paragraph],
      ),
    ).toEqual([['Regionstyrelsen', '2022-09-20', '§118']]);
  });
});

describe('names of boards', () => {
  it("reads the county councils' LS and LF", () => {
    expect(
      findCitations(
        'Anslaget beslutades i juni (LF 2016-06-14, § 52) och fördelades sedan (LS 2016-09-06 § 201).',
        {
          defaultYear: 2016,
        },
      ).map((c) => [c.body, c.date, c.paragraph]),
    ).toEqual([
      ['Landstingsfullmäktige', '2016-06-14', '§52'],
      ['Landstingsstyrelsen', '2016-09-06', '§201'],
    ]);
  });

  it('reads a participle before the field of a "Nämnden för …"', () => {
    expect(findBodies('Nämnden för integrerad vård tog ställning.').map((b) => b.body)).toEqual([
      'Nämnden för integrerad vård',
    ]);
  });
});
