/**
 * The project's single helpers: one accent fold, one region-code reading, one money formatter and one
 * reconciliation tolerance. Each is tested here once; tests/unit/query-single-helpers.test.ts fails when a
 * second copy appears elsewhere.
 */
import { describe, expect, it } from 'vitest';
import {
  DECIMAL_ROUNDING_MSEK,
  reconciles,
  statedTolerance,
  tableTolerance,
} from '../../parsers/reconcile.ts';
import { REGION_CODES } from '../../parsers/schema.ts';
import {
  formatMkr,
  formatMsek,
  formatSwedishNumber,
  parseSwedishNumber,
} from '../../parsers/swedish/numbers.ts';
import { parseRegionCode, regionCodeOf } from '../../parsers/swedish/regions.ts';
import { fold, foldAccents } from '../../parsers/swedish/text.ts';
import { parseRegionFilter } from '../../query/regions.ts';
import * as querySwedish from '../../query/swedish.ts';

describe('the accent fold', () => {
  it('lower-cases and strips Swedish and other Latin diacritics', () => {
    expect(fold('Hyrläkare ÅTGÄRD Östersund Café Müller')).toBe('hyrlakare atgard ostersund cafe muller');
  });

  it('folds a decomposed å (a + ring, as some PDF producers store it) like a composed one', () => {
    expect(fold('Va\u030Ardval')).toBe(fold('Vårdval'));
    expect(fold('Va\u030Ardval')).toBe('vardval');
  });

  it('is the fold the query core searches with', () => {
    expect(querySwedish.fold).toBe(fold);
    expect(querySwedish.queryWords('Köpt VÅRD')).toEqual(['kopt', 'vard']);
  });

  it('keeps offsets in the parsers’ variant and agrees with fold on composed Swedish text', () => {
    const text = 'Minskad köpt vård i Östersund, Jämtland Härjedalen';
    expect(foldAccents(text)).toHaveLength(text.length);
    expect(foldAccents(text)).toBe(fold(text));
    // A lone combining mark would shorten the text, so the offset-keeping fold leaves it in place.
    expect(foldAccents('a\u030A')).toHaveLength(2);
  });
});

describe('the region-code reading', () => {
  it('reads every code with or without SE-, in any case, trimmed', () => {
    for (const code of REGION_CODES) {
      const short = code.slice(3);
      expect(regionCodeOf(code)).toBe(code);
      expect(regionCodeOf(` ${short.toLowerCase()} `)).toBe(code);
      expect(regionCodeOf(code.toLowerCase())).toBe(code);
    }
  });

  it('reads nothing else: no names, no unknown codes, no empty input', () => {
    for (const raw of ['Dalarna', 'SE-Q', 'SE-', '', '  ', 'unknown', 'SE-W,SE-Z', 'SEW'])
      expect(regionCodeOf(raw)).toBeNull();
  });

  it('adds unknown for the query parameters and the CLI', () => {
    expect(parseRegionFilter('unknown')).toBe('unknown');
    expect(parseRegionFilter(' UNKNOWN ')).toBe('unknown');
    expect(parseRegionFilter('se-z')).toBe('SE-Z');
    expect(parseRegionFilter('Jämtland')).toBeNull();
  });

  it('is where parseRegionCode starts, before it tries names', () => {
    expect(parseRegionCode('se - w')).toBe('SE-W');
    expect(parseRegionCode('Region Dalarna')).toBe('SE-W');
    expect(parseRegionCode('SE-Q')).toBeNull();
  });
});

describe('the money formatter', () => {
  it('groups thousands with a no-break space and writes a decimal comma', () => {
    expect(formatMsek(1234.5)).toBe('1\u00a0234,5');
    expect(formatMsek(18.5)).toBe('18,5');
    expect(formatMsek(387)).toBe('387');
    expect(formatMsek(0.1 + 0.2)).toBe('0,3');
    expect(formatMsek(1234.567)).toBe('1\u00a0234,57');
  });

  it('writes a minus sign and the unit', () => {
    expect(formatMsek(-973)).toBe('\u2212973');
    expect(formatMkr(1234.5)).toBe('1\u00a0234,5 mkr');
  });

  it('reads back as the number it wrote (the parsers’ own Swedish number reading)', () => {
    for (const value of [0, 5, 18.5, 973, 1234.5, 25000, -42.25])
      expect(parseSwedishNumber(formatMsek(value))).toBe(value);
  });

  it('formats counts with a fixed number of decimals', () => {
    expect(formatSwedishNumber(1234, 0, 0)).toBe('1\u00a0234');
    expect(formatSwedishNumber(2.5, 1, 1)).toBe('2,5');
    expect(formatSwedishNumber(3, 1, 1)).toBe('3,0');
  });

  it('is the formatter the query core and the CLI use', () => {
    expect(querySwedish.formatMsek).toBe(formatMsek);
    expect(querySwedish.formatMkr).toBe(formatMkr);
  });
});

describe('the reconciliation tolerance', () => {
  it('allows the rounding of a whole-mkr total plus half a tenth per figure of its table', () => {
    expect(tableTolerance(0)).toBe(0.5);
    expect(tableTolerance(4)).toBeCloseTo(0.7, 10);
    expect(reconciles(386.8, 387, tableTolerance(3))).toBe(true);
    expect(reconciles(385.9, 387, tableTolerance(3))).toBe(false);
  });

  it('holds a total without a table to the precision it is printed with', () => {
    expect(statedTolerance(387)).toBe(0.5);
    expect(statedTolerance(38.7)).toBe(DECIMAL_ROUNDING_MSEK);
    expect(reconciles(386.6, 387, statedTolerance(387))).toBe(true);
    expect(reconciles(38.6, 38.7, statedTolerance(38.7))).toBe(false);
    expect(reconciles(38.7, 38.7, statedTolerance(38.7))).toBe(true);
  });

  it('is inclusive at the edge and symmetric', () => {
    expect(reconciles(10.5, 10, 0.5)).toBe(true);
    expect(reconciles(9.5, 10, 0.5)).toBe(true);
    expect(reconciles(10.51, 10, 0.5)).toBe(false);
  });
});
