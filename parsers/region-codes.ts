/**
 * The 21 region codes of the contract (ISO 3166-2:SE), apart from parsers/schema.ts so that code which only
 * needs the list (the CLI's `--region` parsing, parsers/swedish/regions.ts) does not load zod: the CLI's
 * main thread of `namndkoll extract` never validates anything itself (the extraction worker does).
 */
export const REGION_CODES = [
  'SE-AB',
  'SE-C',
  'SE-D',
  'SE-E',
  'SE-F',
  'SE-G',
  'SE-H',
  'SE-I',
  'SE-K',
  'SE-M',
  'SE-N',
  'SE-O',
  'SE-S',
  'SE-T',
  'SE-U',
  'SE-W',
  'SE-X',
  'SE-Y',
  'SE-Z',
  'SE-AC',
  'SE-BD',
] as const;

export type RegionCode = (typeof REGION_CODES)[number];
