import { describe, expect, it } from 'vitest';
import { guessDate } from '../../parsers/extract/metadata.ts';
import { detectRegion, findRegionMentions } from '../../parsers/swedish/regions.ts';
import { pagesFromText } from '../helpers/text-pages.ts';

const page = (text: string, number = 1) => ({ number, text });
const filler = (n: number) =>
  Array.from(
    { length: n },
    (_, i) =>
      `Punkt ${i + 1} i genomgången av tandvårdens lokaler gäller ventilation och städning av ytorna.`,
  );

describe('the region among other regions named in the body', () => {
  it('a hospital in the signature outweighs a sentence naming two other regions', () => {
    const text = [
      'Kulturnämnden',
      'Sekretariatet',
      '',
      ...filler(3),
      'Modellen har hämtats från Region Gävleborg samt Region Dalarna, där den använts sedan flera år.',
      ...filler(4),
      '',
      'Med vänlig hälsning',
      'Mälarsjukhuset, Eskilstuna',
    ].join('\n');
    expect(detectRegion([page(text)])?.code).toBe('SE-D');
  });

  it('two regions side by side and nothing else: no region is told (a tie is no guess)', () => {
    const text = [
      'Folkhälsoberedningen',
      'Kansliet',
      '',
      ...filler(3),
      'I referensgruppen sitter Region Blekinge och Region Kalmar län tillsammans med två kommuner.',
      ...filler(4),
    ].join('\n');
    expect(detectRegion([page(text)])).toBeNull();
  });

  it('a referral word above a short line (a title in the signature) is not the signature’s cue', () => {
    const text = [
      'Tandvårdsnämnden',
      '',
      ...filler(5),
      'Ärendet överlämnas till fullmäktige',
      'Chefstandläkare',
      'Hallands sjukhus Varberg',
    ].join('\n');
    const hospital = findRegionMentions([page(text)]).find((m) => m.kind === 'hospital');
    expect(hospital?.code).toBe('SE-N');
    // 2 for a hospital, times 2 on page 1, times 1.5 in the footer; no referral fifth.
    expect(hospital?.weight).toBe(6);
  });
});

describe('a sentence among the first lines of a short page', () => {
  it('is running text, not the letterhead', () => {
    const text =
      'Region Västerbotten\nKansliet\n\nSom i Region Norrbotten införs en gemensam växel för hela länet.';
    expect(detectRegion([page(text)])?.code).toBe('SE-AC');
  });
});

describe('the paper’s date beside the dates of other events', () => {
  it('a checking or posting date near the top is not the date of the minutes', () => {
    const pages = pagesFromText(
      [
        'Miljö- och byggnämnden',
        'Justerat  2024-11-20',
        'Anslaget',
        '2024-11-22',
        '',
        '# Sammanträdesprotokoll 2024-11-12',
        '',
        'Närvarande ledamöter enligt bilaga.',
      ].join('\n'),
    );
    expect(guessDate(pages)).toBe('2024-11-12');
  });

  it('with no date in the header, the place and date above the signature date the paper', () => {
    const pages = pagesFromText(
      [
        'Kulturnämnden',
        '',
        '# Yttrande över förslag till ny biblioteksplan',
        '',
        'Nämnden har inga invändningar mot förslaget i sak.',
        'Tidplanen i förslaget anger att planen ska gälla från 2025-01-01.',
        '',
        'Falun, 2024-09-03',
        '',
        'Kulturchef',
      ].join('\n'),
    );
    expect(guessDate(pages)).toBe('2024-09-03');
  });

  it('a malformed header date still leaves the paper undated, whatever the signature says', () => {
    const pages = pagesFromText(
      [
        'Kulturnämnden',
        'Datum 2024-14-31',
        '',
        '# Yttrande',
        '',
        'Text.',
        '',
        'Falun den 3 september 2024',
      ].join('\n'),
    );
    expect(guessDate(pages)).toBeNull();
  });
});
