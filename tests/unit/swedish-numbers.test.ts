import { describe, expect, it } from 'vitest';
import {
  formatSwedishNumber,
  parseSwedishNumber,
  scaleDecimal,
  swedishNumberToDecimalString,
} from '../../parsers/swedish/numbers.ts';
import { foldAccents, normalizeDashes, normalizeSpaces, sentenceAround } from '../../parsers/swedish/text.ts';

describe('parseSwedishNumber', () => {
  it.each([
    ['1 234,5', 1234.5],
    ['1\u00A0234,5', 1234.5],
    ['1\u2009234,5', 1234.5],
    ['1\u202F234,5', 1234.5],
    ['1\u2007234', 1234],
    ['12 345 678', 12345678],
    ['14 524', 14524],
    ['8,9', 8.9],
    ['20,0', 20],
    ['0,1', 0.1],
    [',5', 0.5],
    ['007', 7],
    ['3,50', 3.5],
    ['1.234', 1234],
    ['1.234.567', 1234567],
    ['1.234,5', 1234.5],
    ['3.5', 3.5],
    ['12.75', 12.75],
    ['1234.5', 1234.5],
    ['0', 0],
    ['  42  ', 42],
  ])('%j → %d', (input, expected) => {
    expect(parseSwedishNumber(input)).toBe(expected);
  });

  it.each([
    ['−210', -210],
    ['-210', -210],
    ['- 210', -210],
    ['– 210', -210],
    ['—210', -210],
    ['— 210', -210],
    ['‒210', -210],
    ['−1,5', -1.5],
    ['-\u00A01\u00A0234,5', -1234.5],
    ['+ 56', 56],
    ['+56', 56],
  ])('signs: %j → %d', (input, expected) => {
    expect(parseSwedishNumber(input)).toBe(expected);
  });

  it('never returns negative zero', () => {
    expect(Object.is(parseSwedishNumber('-0'), 0)).toBe(true);
    expect(Object.is(parseSwedishNumber('−0,0'), 0)).toBe(true);
  });

  it.each([
    '',
    ' ',
    '-',
    '–',
    'abc',
    '5 mkr',
    '19,7 procent',
    '2 %',
    '2025-09-30',
    '§147',
    '1 23',
    '12 34,5',
    '1,2,3',
    '1.23.456',
    '5-6',
    '3 av 8',
    'HSN/1005/2025',
    '1e5',
    'NaN',
  ])('not a number: %j', (input) => {
    expect(parseSwedishNumber(input)).toBeNull();
  });

  it('keeps the decimal string for exact scaling', () => {
    expect(swedishNumberToDecimalString('1 234,50')).toBe('1234.5');
    expect(swedishNumberToDecimalString('- 0,850')).toBe('-0.85');
    expect(scaleDecimal('850', -3)).toBe(0.85);
    expect(scaleDecimal('9.7', 3)).toBe(9700);
    expect(scaleDecimal('1.2', 3)).toBe(1200);
    expect(scaleDecimal('0.1', 0)).toBe(0.1);
    expect(scaleDecimal('1234567', -6)).toBe(1.234567);
    expect(Object.is(scaleDecimal('-0', 3), 0)).toBe(true);
  });
});

/** Formats like a Swedish document: groups of three with the given separator, decimal comma. */
function formatSwedish(value: number, decimals: number, groupSep: string): string {
  const [intPart = '0', frac = ''] = Math.abs(value).toFixed(decimals).split('.');
  const grouped = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, groupSep);
  return `${value < 0 ? '−' : ''}${grouped}${frac ? `,${frac}` : ''}`;
}

describe('parseSwedishNumber round trip', () => {
  it('reads back 2,000 generated numbers in every grouping style', () => {
    // A fixed linear congruential generator: the same numbers on every run.
    let seed = 20251024;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const separators = [' ', '\u00A0', '\u2009', '\u202F'];
    for (let i = 0; i < 2000; i++) {
      const decimals = Math.floor(next() * 3);
      const magnitude = 10 ** Math.floor(next() * 8);
      const value = Number(((next() - 0.3) * magnitude).toFixed(decimals));
      const sep = separators[i % separators.length] ?? ' ';
      const text = formatSwedish(value, decimals, sep);
      // -0 reads back as 0.
      expect(parseSwedishNumber(text), text).toBe(value === 0 ? 0 : value);
    }
  });
});

describe('text helpers', () => {
  it('normalizeSpaces turns every space kind into one ASCII space and trims', () => {
    expect(normalizeSpaces('\u00A0a\u2009\u202Fb\t\tc\u2007d\u3000e\n\nf ')).toBe('a b c d e f');
    expect(normalizeSpaces('hyr\u00ADbemanning\u200B')).toBe('hyrbemanning');
    expect(normalizeSpaces('')).toBe('');
  });

  it('normalizeDashes maps every dash and minus to a hyphen-minus', () => {
    expect(normalizeDashes('a–b—c−d‒e‐f-g')).toBe('a-b-c-d-e-f-g');
  });

  it('foldAccents lower-cases, strips diacritics and keeps the length', () => {
    const input = 'Ökad Läkemedelshantering i Umeå, Café, Årsbokslut';
    const folded = foldAccents(input);
    expect(folded).toBe('okad lakemedelshantering i umea, cafe, arsbokslut');
    expect(folded.length).toBe(input.length);
    // Decomposed input (A + combining ring) keeps its length so offsets still line up.
    expect(foldAccents('A\u030Ar')).toHaveLength(3);
    expect(foldAccents('A\u030Ar').startsWith('a')).toBe(true);
    expect(foldAccents('ÅÄÖ')).toBe('aao');
  });

  it('sentenceAround stops at sentence ends and blank lines, not at line wraps', () => {
    const text =
      'Första meningen. Nämnden redovisar en negativ budgetavvikelse på \n973 miljoner kronor. Nästa mening.';
    const at = text.indexOf('973');
    const s = sentenceAround(text, at, at + 3);
    expect(s.text).toBe('Nämnden redovisar en negativ budgetavvikelse på \n973 miljoner kronor.');
    expect(text.slice(s.start, s.end)).toBe(s.text);
    const table = 'Rubrik\n\nKostnad 2022 ack dec: 268 mkr\nKostnad 2023 ack dec: 306 mkr';
    const t = sentenceAround(table, table.indexOf('268'));
    expect(t.text.startsWith('Kostnad 2022')).toBe(true);
    expect(sentenceAround('ca. 150 mkr är', 4).text).toBe('ca. 150 mkr är');
  });
});

describe('formatSwedishNumber without Intl', () => {
  const intl = (value: number, max: number, min: number) =>
    new Intl.NumberFormat('sv-SE', { minimumFractionDigits: min, maximumFractionDigits: max }).format(value);
  const SHAPES: Array<[number, number]> = [
    [2, 0],
    [1, 0],
    [0, 0],
    [1, 1],
    [2, 2],
    [3, 0],
  ];

  it('gives what Intl sv-SE gives on edge values: halves, −0, grouping, exponents, non-finite', () => {
    const values = [
      0,
      -0,
      1000,
      -1234.5,
      0.005,
      1.005,
      -0.001,
      12345678.123,
      999.995,
      9.995,
      -2.675,
      0.5,
      -0.5,
      99999.9999,
      1e21,
      1e-7,
      0.0000015,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      Number.NEGATIVE_INFINITY,
      194.8,
      -97.4,
    ];
    for (const value of values)
      for (const [max, min] of SHAPES)
        expect(formatSwedishNumber(value, max, min), `${value} ${max} ${min}`).toBe(intl(value, max, min));
  });

  it('gives what Intl sv-SE gives on 20,000 seeded values of every size, many on a rounding half', () => {
    let state = 2026;
    const random = () => {
      state = (state * 1103515245 + 12345) % 2147483648;
      return state / 2147483648;
    };
    for (let i = 0; i < 20_000; i++) {
      const kind = i % 3;
      const value =
        kind === 0
          ? Math.round((random() - 0.5) * 2e6) / 1000 + (random() < 0.5 ? 0.0005 : -0.0005)
          : kind === 1
            ? (random() - 0.5) * 10 ** Math.floor(random() * 12)
            : Number(((random() - 0.5) * 1e4).toFixed(3));
      for (const [max, min] of SHAPES)
        expect(formatSwedishNumber(value, max, min)).toBe(intl(value, max, min));
    }
  });
});
