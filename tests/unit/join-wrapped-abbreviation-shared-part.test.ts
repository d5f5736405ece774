/**
 * An abbreviation's hyphen at a line's end before "och", "eller", "samt", "till" or "respektive" is a
 * shared compound part ("AT- och ST-läkare"): the space stays. A line ending in a web address is no
 * word split at a slash: the next word keeps its space. Wording made up for these tests.
 */
import { describe, expect, it } from 'vitest';
import { joinWrapped } from '../../parsers/swedish/text.ts';

describe('an abbreviation hyphen as a shared compound part', () => {
  it('keeps the space before a conjunction', () => {
    expect(joinWrapped('Fler utbildningsplatser för AT-', 'och ST-läkare')).toBe(
      'Fler utbildningsplatser för AT- och ST-läkare',
    );
    expect(joinWrapped('Samordna BUP-', 'och vuxenpsykiatrin')).toBe('Samordna BUP- och vuxenpsykiatrin');
    expect(joinWrapped('Upphandla IT-', 'eller telefonitjänster')).toBe(
      'Upphandla IT- eller telefonitjänster',
    );
    expect(joinWrapped('Region Gotlands IVA-', 'respektive HIA-platser')).toBe(
      'Region Gotlands IVA- respektive HIA-platser',
    );
  });

  it('still joins a compound on the abbreviation', () => {
    expect(joinWrapped('Fler AT-', 'läkare')).toBe('Fler AT-läkare');
  });
});

describe('a slash at a line end', () => {
  it('keeps the space after a web address', () => {
    expect(joinWrapped('Se https://www.regionuppsala.se/', 'för underlaget')).toBe(
      'Se https://www.regionuppsala.se/ för underlaget',
    );
  });

  it('still joins two words set with a slash', () => {
    expect(joinWrapped('Dela PET/', 'DT-kameran')).toBe('Dela PET/DT-kameran');
  });
});
