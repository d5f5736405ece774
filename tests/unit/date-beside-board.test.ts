/**
 * A date beside nothing but a board's name, on a line of its own below the top of the first page (a
 * slide deck's title slide: "Kollektivtrafiknämnden 2025-10-14"), is the date of the meeting the paper is
 * for: the paper's date. Beside other words it is not.
 */
import { describe, expect, it } from 'vitest';
import { guessDate } from '../../parsers/extract/metadata.ts';
import { pagesFromText } from '../helpers/text-pages.ts';

const filler = Array.from({ length: 14 }, (_, i) => `Inledande rad nummer ${i + 1} om verksamheten`).join(
  '\n',
);

describe('the date beside a board name', () => {
  it('dates the paper', () => {
    const pages = pagesFromText(`# Uppföljning av kollektivtrafiken
${filler}
Regionala kollektivtrafiknämnden 2025-10-14
Trafikavdelningen
${filler}`);
    expect(guessDate(pages)).toBe('2025-10-14');
  });

  it('not when other words stand beside it', () => {
    const pages = pagesFromText(`# Uppföljning av kollektivtrafiken
${filler}
Ärendet bereddes av kollektivtrafiknämnden 2025-10-14
Trafikavdelningen
${filler}`);
    expect(guessDate(pages)).toBeNull();
  });
});

describe('a board named "Nämnden för …"', () => {
  it('dates the paper too', () => {
    const pages = pagesFromText(`# Uppföljning av kollektivtrafiken
${filler}
Nämnden för trafik och samhällsplanering 2025-10-14
Trafikavdelningen
${filler}`);
    expect(guessDate(pages)).toBe('2025-10-14');
  });
});
