/**
 * Decision points whose sub-points a multilevel list numbers within their point ("3." then "3.1", "3.2"):
 * each sub-point keeps its printed label as id, its parent the point it stands under. A "4.1" that does
 * not follow in sequence under the open point stays text of it. Wording made up for these tests.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';

const ids = (text: string) => analyzeText(text).decisions.map((d) => [d.id, d.parentId, d.text]);

describe('sub-points numbered within their point', () => {
  it('reads "3.1", "3.2" under point 3', () => {
    expect(
      ids(`# Remissvar om tandvårdstaxan
Förslag till beslut
Tandvårdsstyrelsen beslutar
1. Styrelsen antar remissvaret.
2. Styrelsen överlämnar svaret till departementet.
3. Styrelsen uppdrar åt tandvårdsdirektören att
    3.1 följa upp taxans effekter för barnfamiljer,
    3.2 redovisa uppföljningen i delårsbokslutet.
4. Paragrafen justeras omedelbart.`),
    ).toEqual([
      ['1', null, 'Styrelsen antar remissvaret.'],
      ['2', null, 'Styrelsen överlämnar svaret till departementet.'],
      ['3', null, 'Styrelsen uppdrar åt tandvårdsdirektören att'],
      ['3.1', '3', 'följa upp taxans effekter för barnfamiljer,'],
      ['3.2', '3', 'redovisa uppföljningen i delårsbokslutet.'],
      ['4', null, 'Paragrafen justeras omedelbart.'],
    ]);
  });

  it('keeps a section number out of sequence as the point’s text', () => {
    const got = ids(`# Remissvar om tandvårdstaxan
Förslag till beslut
Tandvårdsstyrelsen beslutar
1. Styrelsen antar remissvaret enligt avsnitt
    4.1 i taxeförslaget.
2. Paragrafen justeras omedelbart.`);
    expect(got.map((d) => d[0])).toEqual(['1', '2']);
  });
});
