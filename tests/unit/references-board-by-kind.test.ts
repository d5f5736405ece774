/**
 * A decision cited by a board named only by its kind ("Styrelsen", "Direktionen", "Utskottet"), by a
 * verb in the perfect with an adverb ("har tidigare behandlat"), or with its date and § together in
 * parentheses ("(2025-05-06, § 23)"): each is a reference with its date and §. Wording made up for
 * these tests.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';

const cite = (sentence: string) =>
  analyzeText(
    `# Uppföljning av handlingsplan 2026\nRegion Dalarna\n\n## Bakgrund\n${sentence}\n\nSlut.\n`,
  ).references.map((r) => [r.date, r.paragraph]);

describe('references by a board named by its kind', () => {
  it('"Styrelsen" (in a paper to a styrelse) and "Direktionen" cite with date and §', () => {
    expect(
      cite('Styrelsen beslutade 2025-03-14, § 182, att ge förvaltningen i uppdrag att ta fram en plan.'),
    ).toEqual([['2025-03-14', '§182']]);
    expect(cite('Direktionen beslutade 2025-10-02 § 45 om en besparing.')).toEqual([['2025-10-02', '§45']]);
  });

  it('a perfect with an adverb and the date and § in one pair of parentheses', () => {
    expect(cite('Utskottet har tidigare behandlat ärendet (2025-05-06, § 23).')).toEqual([
      ['2025-05-06', '§23'],
    ]);
    expect(cite('Regionstyrelsen har redan godkänt inriktningen (6 maj 2025 § 23).')).toEqual([
      ['2025-05-06', '§23'],
    ]);
  });

  it('a § of a statute in parentheses after a date is none', () => {
    expect(cite('Lagen trädde i kraft (2025-01-01, § 3) och gäller alla regioner.')).toEqual([]);
  });
});
