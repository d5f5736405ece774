/**
 * List items opened by a measure's noun and its number or letter ("Insats 1. …", "Förslag B: …") are
 * items of a list, labelled by the number or letter; an item whose title is followed by a relative
 * clause stating its effect ("…, som beräknas ge 2 mkr 2031") has the title without the clause.
 * Wording and figures made up for these tests.
 */
import { describe, expect, it } from 'vitest';
import { parseMarker } from '../../parsers/extract/layout.ts';
import { analyzeText } from '../helpers/analyze-text.ts';

const read = (list: string) =>
  analyzeText(
    `# Besparingar inom hörselvården 2031–2032\nRegion Kronoberg\n\n## Åtgärder\n${list}\n\n## Bakgrund\nKostnaderna har ökat.\n`,
  ).measures.map((m) => [m.label, m.title, m.effects.map((e) => [e.year, e.amountMsek])]);

describe('list items opened by a measure noun and its label', () => {
  it('reads them as labelled measures', () => {
    expect(
      read(
        'Insats 1. Gemensam hörapparatsbeställning – besparing 1,5 mnkr (2031), 2 mnkr (2032)\n\nInsats 2. Färre kontrollbesök – besparing 0,5 mnkr (2031), 0,8 mnkr (2032)',
      ),
    ).toEqual([
      [
        '1',
        'Gemensam hörapparatsbeställning',
        [
          [2031, 1.5],
          [2032, 2],
        ],
      ],
      [
        '2',
        'Färre kontrollbesök',
        [
          [2031, 0.5],
          [2032, 0.8],
        ],
      ],
    ]);
  });

  it('needs punctuation after the label', () => {
    expect(parseMarker('Förslag B: Gemensam beställning')?.label).toBe('B');
    expect(parseMarker('Åtgärd 1 och 2 genomförs under våren')).toBeNull();
  });

  it('a relative clause after the title is no part of it', () => {
    expect(read('• Gemensam hörapparatsbeställning, som beräknas ge 1,5 mkr 2031 och 2 mkr 2032.')).toEqual([
      [
        null,
        'Gemensam hörapparatsbeställning',
        [
          [2031, 1.5],
          [2032, 2],
        ],
      ],
    ]);
  });
});
