import { describe, expect, it } from 'vitest';
import { guessDate } from '../../parsers/extract/metadata.ts';
import { pagesFromText } from '../helpers/text-pages.ts';

describe('the paper’s date beside a received-stamp', () => {
  it('takes the labelled date of the letterhead, not the stamp’s date printed above it', () => {
    const pages = pagesFromText(
      [
        '                                                  ANKOMMEN',
        '                                                  2024-05-21',
        'Kommunstyrelsens arbetsutskott',
        'Datum: 2024-05-17',
        '',
        '# Yttrande över remiss om ny avfallsplan',
      ].join('\n'),
    );
    expect(guessDate(pages)).toBe('2024-05-17');
  });

  it('still takes a date standing alone near the top when no date is labelled', () => {
    const pages = pagesFromText(
      ['Kommunstyrelsens arbetsutskott', '2024-05-17', '', '# Yttrande över remiss'].join('\n'),
    );
    expect(guessDate(pages)).toBe('2024-05-17');
  });
});
