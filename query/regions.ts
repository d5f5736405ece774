/**
 * Region filters as people give them to the API and the CLI: a region code in any of the forms
 * `regionCodeOf` reads (parsers/swedish/regions.ts), or `unknown` for documents whose region was not found.
 */
import { UNKNOWN_REGION } from '../parsers/constants.ts';
import type { RegionCode } from '../parsers/schema.ts';
import { regionCodeOf } from '../parsers/swedish/regions.ts';

export type RegionFilter = RegionCode | typeof UNKNOWN_REGION;

/** `SE-W`, `se-w`, `W` or `unknown`; null for anything else. */
export function parseRegionFilter(raw: string): RegionFilter | null {
  if (raw.trim().toLowerCase() === UNKNOWN_REGION) return UNKNOWN_REGION;
  return regionCodeOf(raw);
}
