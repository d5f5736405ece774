/**
 * A board whose proper name opens with a capitalised adjective ("Regionala utvecklingsnämnden",
 * "Gemensamma nämnden för upphandling") is cited under its whole name, not its lower-case noun; a
 * determiner before the noun ("Hela nämnden") is no part of a name. Wording made up for these tests.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';

const cite = (sentence: string) =>
  analyzeText(
    `# Uppföljning av budget 2027\nRegion Jämtland Härjedalen\n\n## Bakgrund\n${sentence}\n\nSlut.\n`,
  ).references.map((r) => [r.body, r.date, r.paragraph]);

describe('a board named with a leading adjective', () => {
  it('"Regionala utvecklingsnämnden" and "Gemensamma nämnden för …" keep the adjective', () => {
    expect(
      cite(
        'Som underlag gäller att Regionala utvecklingsnämnden den 2026-05-12, § 57, antog en strategi för länet.',
      ),
    ).toEqual([['Regionala utvecklingsnämnden', '2026-05-12', '§57']]);
    expect(cite('Gemensamma nämnden för hjälpmedel beslutade 2026-02-03, § 9, om nya avgifter.')).toEqual([
      ['Gemensamma nämnden för hjälpmedel', '2026-02-03', '§9'],
    ]);
  });

  it('a genitive name keeps its adjective too', () => {
    expect(cite('Enligt Kulturella nämndens beslut 2026-04-22, § 31, ska stödet minska.')).toEqual([
      ['Kulturella nämnden', '2026-04-22', '§31'],
    ]);
  });

  it('a determiner or a participle before the noun is not part of the name', () => {
    expect(cite('Hela nämnden beslutade 2026-02-03, § 9, om nya avgifter.')).toEqual([
      ['Nämnden', '2026-02-03', '§9'],
    ]);
  });
});
