/**
 * When a stated total agrees with the sum of its measures: the project's one reconciliation tolerance,
 * used by the extraction (parsers/extract/document.ts, which knows the table behind a total) and by the
 * query core (query/services.ts, which sums a year's measures when the extraction could not decide).
 *
 * The tolerance is rounding and nothing else: a paper prints each figure rounded, so a sum of printed
 * figures may miss the exact total by up to half a unit of the last digit per figure, and the total itself
 * may be rounded too. Anything further off is a real disagreement and gets a warning.
 */

/** Half a unit of a figure printed with one decimal: `18,5` stands for 18,45–18,55. */
export const DECIMAL_ROUNDING_MSEK = 0.05;
/** Half a unit of a figure printed in whole mkr: `387` stands for 386,5–387,5. */
export const WHOLE_ROUNDING_MSEK = 0.5;

/**
 * A total read with its table, against the sum of the table's `figures` effects: the total may be rounded
 * to whole mkr and each effect to one decimal. Given the `stated` total, a total printed with a decimal
 * that is not zero (61,5) was not rounded to whole mkr: only its last decimal's half unit is allowed, so
 * one misread figure (5,7 read 5,1 beside a total of 61,5) does not pass as rounding.
 */
export function tableTolerance(figures: number, stated?: number): number {
  const own = stated !== undefined && !Number.isInteger(stated) ? DECIMAL_ROUNDING_MSEK : WHOLE_ROUNDING_MSEK;
  return own + DECIMAL_ROUNDING_MSEK * figures;
}

/**
 * A total with no table behind it, against a sum of all the year's measures: as close as the total is
 * printed — a total in whole mkr (387) reconciles with 386,8; one printed with a decimal must match to it.
 */
export function statedTolerance(stated: number): number {
  return Number.isInteger(stated) ? WHOLE_ROUNDING_MSEK : DECIMAL_ROUNDING_MSEK;
}

export function reconciles(sum: number, stated: number, tolerance: number): boolean {
  return Math.abs(sum - stated) <= tolerance;
}

/** A sum or difference of printed figures without float noise (14,2 − 11,8 is 2,4, not 2,3999999999999986). */
export function roundMsek(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
