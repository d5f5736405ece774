import { describe, expect, it } from 'vitest';
import { findDates, findParagraphRefs, monthFromName } from '../../parsers/swedish/dates.ts';

const isos = (text: string, defaultYear?: number): (string | null)[] =>
  findDates(text, defaultYear === undefined ? {} : { defaultYear }).map((d) => d.iso);

describe('findDates', () => {
  it.each([
    ['Regionstyrelsen beslutade 30 september 2025 (§147)', '2025-09-30', '30 september 2025'],
    ['daterad 2025-09-30', '2025-09-30', '2025-09-30'],
    ['vid sitt sammanträde 14 juni 2023 att', '2023-06-14', '14 juni 2023'],
    ['hanterades på Regionfullmäktige 21-22 oktober 2025.', '2025-10-21', '21-22 oktober 2025'],
    ['hanterades 21–22 oktober 2025', '2025-10-21', '21–22 oktober 2025'],
    ['beslutade därefter, 12 juni 2025 (§66), att', '2025-06-12', '12 juni 2025'],
    ['2025-10-24', '2025-10-24', '2025-10-24'],
    ['möte 24/10/2025', '2025-10-24', '24/10/2025'],
    ['möte 24/10 2025', '2025-10-24', '24/10 2025'],
    ['möte 24.10.2025', '2025-10-24', '24.10.2025'],
    ['den 3 okt. 2025', '2025-10-03', '3 okt. 2025'],
    ['den 12 sept 2024', '2024-09-12', '12 sept 2024'],
    ['1 dec. 2024', '2024-12-01', '1 dec. 2024'],
    ['den 1 januari 2026', '2026-01-01', '1 januari 2026'],
    ['29 februari 2024', '2024-02-29', '29 februari 2024'],
    ['DEN 5 MARS 2024', '2024-03-05', '5 MARS 2024'],
  ])('%j → %s', (text, iso, raw) => {
    const [d] = findDates(text);
    expect(d?.iso).toBe(iso);
    expect(d?.raw).toBe(raw);
    if (d) expect(text.slice(d.index, d.end)).toBe(d.raw);
  });

  it('dates without a year take defaultYear, else year null', () => {
    expect(isos('Regionstyrelsen hanterade 27 maj (§82)', 2025)).toEqual(['2025-05-27']);
    const [d] = findDates('Regionstyrelsen hanterade 27 maj (§82)');
    expect(d).toMatchObject({ iso: null, year: null, month: 5, day: 27, raw: '27 maj' });
    expect(isos('till regionfullmäktiges möte den 25 november.', 2025)).toEqual(['2025-11-25']);
    expect(findDates('den 25 november.')[0]?.raw).toBe('25 november');
  });

  it('report calendars: "05-mar 04-apr"', () => {
    const found = findDates('tillgängliga 05-mar 04-apr 06-maj', { defaultYear: 2024 });
    expect(found.map((d) => d.iso)).toEqual(['2024-03-05', '2024-04-04', '2024-05-06']);
  });

  it('month and year without a day', () => {
    const [d] = findDates('Ack december 2021: 374 894');
    expect(d).toMatchObject({ iso: null, year: 2021, month: 12, day: null, raw: 'december 2021' });
    const [ym] = findDates('Hälso- och sjukvården 2023-12');
    expect(ym).toMatchObject({ iso: null, year: 2023, month: 12, day: null, raw: '2023-12' });
  });

  it('several dates in reading order, the longest reading wins', () => {
    const text = 'kompletteringar vid två tillfällen (9 september och 17 oktober 2025), se 2025-10-24';
    const found = findDates(text, { defaultYear: 2025 });
    expect(found.map((d) => d.iso)).toEqual(['2025-09-09', '2025-10-17', '2025-10-24']);
    expect(findDates('30 september 2025')).toHaveLength(1);
  });

  it.each([
    'perioden 2025–2030',
    'under 2026-27',
    'genomlysningen 2014-2015',
    'se vidare i HSN/1005/2025',
    'Krav på att 5 av 8 timmar',
    '32 maj 2025',
    '30 februari 2025',
    '2025-13-01',
    '2025-02-30',
    'majoriteten av 12 majoriteter',
    '19,7 procent',
    'skala 1-4',
    'bemanningen inför jul 2025',
  ])('not a date: %j', (text) => {
    expect(findDates(text)).toEqual([]);
  });

  it('monthFromName handles names and abbreviations', () => {
    expect(monthFromName('september')).toBe(9);
    expect(monthFromName('Sept.')).toBe(9);
    expect(monthFromName('sep')).toBe(9);
    expect(monthFromName('okt')).toBe(10);
    expect(monthFromName('maj')).toBe(5);
    expect(monthFromName('mars')).toBe(3);
    expect(monthFromName('majoriteten')).toBeNull();
  });
});

describe('findParagraphRefs', () => {
  it.each([
    ['beslutade 30 september 2025 (§147), att', '§147', '§147'],
    ['hanterade 27 maj (§ 82), ärende', '§82', '§ 82'],
    ['Regionfullmäktige beslutade (§114) enligt förslag', '§114', '§114'],
    ['protokoll §§ 12-13', '§12', '§§ 12'],
    ['§\u00A07', '§7', '§\u00A07'],
  ])('%j → %s', (text, paragraph, raw) => {
    const [p] = findParagraphRefs(text);
    expect(p?.paragraph).toBe(paragraph);
    if (p) expect(text.slice(p.index, p.end)).toBe(raw);
  });

  it('finds every reference in order and nothing without a §', () => {
    const text =
      'Regionstyrelsen (§147), Regionfullmäktige (§114), regionstyrelsen 27 maj (§82), nämnden (§66).';
    expect(findParagraphRefs(text).map((p) => p.paragraph)).toEqual(['§147', '§114', '§82', '§66']);
    expect(findParagraphRefs('punkt 147 och 2025-09-30')).toEqual([]);
  });
});
