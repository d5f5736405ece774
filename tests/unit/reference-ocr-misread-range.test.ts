/**
 * OCR reads "§" as "8" and "§§" as "58" or "88": a range after a decision's date ("2030-04-02, 88 14-16"
 * for "§§ 14–16") cites each of its paragraphs, and inside parentheses a misread § may be followed by the
 * decision's date ("(RS 8 61, 2030-05-07)"). A plain number range after a date is no §. Wording made up.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';

const refs = (text: string) => analyzeText(text).references.map((r) => [r.body, r.date, r.paragraph]);

describe('a misread § range after a date', () => {
  it('cites each paragraph of the range', () => {
    expect(
      refs(`# Yttrande om tolktjänst 2031
Regionstyrelsen godkände de tre avtalen 2030-04-02, 88 14-16. Avtalen löper ut i år.`),
    ).toEqual([
      ['Regionstyrelsen', '2030-04-02', '§14'],
      ['Regionstyrelsen', '2030-04-02', '§15'],
      ['Regionstyrelsen', '2030-04-02', '§16'],
    ]);
  });

  it('reads a range right after the board and its date', () => {
    expect(
      refs(`# Yttrande om tolktjänst 2031
Enligt Regionfullmäktige 2030-06-11, 58 40-41, ska avtalen upphandlas gemensamt.`),
    ).toEqual([
      ['Regionfullmäktige', '2030-06-11', '§40'],
      ['Regionfullmäktige', '2030-06-11', '§41'],
    ]);
  });
});

describe('a misread § in parentheses before its date', () => {
  it('cites the paragraph and the date', () => {
    expect(
      refs(`# Yttrande om tolktjänst 2031
Tolktjänsten upphandlades senast för fyra år sedan (RS 8 61, 2030-05-07).`),
    ).toEqual([['Regionstyrelsen', '2030-05-07', '§61']]);
  });
});
