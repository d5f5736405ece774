/**
 * A title wrapped after an abbreviation's hyphen ("BUP-" over "mottagningar": Swedish writes a compound on
 * an abbreviation with a hyphen) or after a slash set between two words ("PET/" over "DT-kameran") is one
 * word again — the hyphen or slash kept, no space put in. Wording and figures made up for these tests.
 */
import { describe, expect, it } from 'vitest';
import { joinWrapped } from '../../parsers/swedish/text.ts';
import { analyzeText, effectsByTitle } from '../helpers/analyze-text.ts';

describe('a line ending in an abbreviation hyphen or a slash', () => {
  it('keeps the hyphen of a compound on an abbreviation, without a space', () => {
    expect(joinWrapped('Samla BUP-', 'mottagningarna i länet')).toBe('Samla BUP-mottagningarna i länet');
    expect(joinWrapped('Färre (IVA-', 'platser)')).toBe('Färre (IVA-platser)');
  });

  it('joins a slash between two words without a space', () => {
    expect(joinWrapped('Dela PET/', 'DT-kameran med grannregionen')).toBe(
      'Dela PET/DT-kameran med grannregionen',
    );
  });

  it('leaves a shared compound part and a spaced slash as they were', () => {
    expect(joinWrapped('Hälso-', 'och sjukvård')).toBe('Hälso- och sjukvård');
    expect(joinWrapped('intäkter /', 'kostnader')).toBe('intäkter / kostnader');
  });

  it('reads a wrapped table title whole', () => {
    const doc = analyzeText(`# Handlingsplan för barnpsykiatrin 2033–2034

Belopp i mkr

Åtgärd                                  2033        2034
Samla de två BUP-                       1,2         1,5
mottagningarna i länet
Färre inhyrda psykologer                0,8         0,9
Gemensam jour med vuxenpsykiatrin       0,5         0,7
Summa                                   2,5         3,1
`);
    expect(effectsByTitle(doc).map(([t]) => t)).toContain('Samla de två BUP-mottagningarna i länet');
  });
});
