/**
 * The values of the query parameters, read without zod: query/params.ts builds its zod schemas (the API's
 * parameters) from these readers, and the CLI's query commands turn their flags into queries with
 * `documentsQuery` and its siblings, which load the zod schemas only when something is wrong — so a
 * well-formed `namndkoll documents` never loads zod, and a malformed one is refused with exactly the
 * API's message.
 */
import { DOCUMENT_TYPES, MEASURE_CATEGORIES, REGION_CODES, UNKNOWN_REGION } from '../parsers/constants.ts';
import type {
  CompareParamsValue,
  CompareQuery,
  DecisionsQuery,
  DocumentsQuery,
  MeasuresQuery,
} from './params.ts';
import { parseRegionFilter, type RegionFilter } from './regions.ts';

/** A parameter's value, or why it is refused (the message the API gives). */
export type Checked<T> = { value: T } | { error: string };

export function readRegion(raw: string): Checked<RegionFilter> {
  const parsed = parseRegionFilter(raw);
  if (parsed !== null) return { value: parsed };
  return {
    error: `unknown region '${raw}': use a code such as SE-W (one of ${REGION_CODES.join(', ')}) or ${UNKNOWN_REGION}`,
  };
}

export function readRegions(raw: string): Checked<RegionFilter[]> {
  const parts = raw
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
  if (parts.length === 0) return { error: 'give at least one region, e.g. regions=SE-W,SE-Z' };
  const out: RegionFilter[] = [];
  for (const part of parts) {
    const parsed = parseRegionFilter(part);
    if (parsed === null) return { error: `unknown region '${part}': use codes such as SE-W,SE-Z` };
    if (!out.includes(parsed)) out.push(parsed);
  }
  return { value: out };
}

const MIN_YEAR = 1990;
const MAX_YEAR = 2100;

function parseYear(raw: string): number | null {
  if (!/^\d{4}$/.test(raw.trim())) return null;
  const value = Number(raw);
  return value >= MIN_YEAR && value <= MAX_YEAR ? value : null;
}

export function readYear(raw: string): Checked<number> {
  const parsed = parseYear(raw);
  if (parsed !== null) return { value: parsed };
  return { error: `year must be a four-digit year between ${MIN_YEAR} and ${MAX_YEAR}, got '${raw}'` };
}

/** `2023-2025` (a range) or `2023,2025` (a list). */
export function readYears(raw: string): Checked<number[]> {
  const range = /^\s*(\d{4})\s*-\s*(\d{4})\s*$/.exec(raw);
  let out: number[] | null = null;
  if (range) {
    const from = parseYear(range[1]!);
    const to = parseYear(range[2]!);
    if (from !== null && to !== null && from <= to && to - from < 20) {
      out = Array.from({ length: to - from + 1 }, (_, i) => from + i);
    }
  } else {
    const parsed = raw.split(',').map((part) => parseYear(part));
    if (parsed.length > 0 && parsed.every((value) => value !== null))
      out = [...new Set(parsed as number[])].sort();
  }
  if (out !== null && out.length > 0) return { value: out };
  return {
    error: `years must be a range such as 2023-2025 (at most 20 years) or a list such as 2023,2025, got '${raw}'`,
  };
}

export function readCategory(raw: string): Checked<(typeof MEASURE_CATEGORIES)[number]> {
  const value = raw.trim();
  if ((MEASURE_CATEGORIES as readonly string[]).includes(value))
    return { value: value as (typeof MEASURE_CATEGORIES)[number] };
  return { error: `unknown category '${raw}': one of ${MEASURE_CATEGORIES.join(', ')}` };
}

export function readDocumentType(raw: string): Checked<(typeof DOCUMENT_TYPES)[number]> {
  const value = raw.trim();
  if ((DOCUMENT_TYPES as readonly string[]).includes(value))
    return { value: value as (typeof DOCUMENT_TYPES)[number] };
  return { error: `unknown document type '${raw}': one of ${DOCUMENT_TYPES.join(', ')}` };
}

export const MAX_Q_LENGTH = 200;

/** A whole number from `min` to `max`, as the parameter `name`. */
export function readInt(name: string, min: number, max: number): (raw: string) => Checked<number> {
  return (raw) => {
    const value = /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
    if (value >= min && value <= max) return { value };
    return { error: `${name} must be a whole number from ${min} to ${max}, got '${raw}'` };
  };
}

export const readLimit = readInt('limit', 1, 100_000);
export const readOffset = readInt('offset', 0, 10_000_000);

function readQ(raw: string): Checked<string> {
  return raw.length <= MAX_Q_LENGTH ? { value: raw } : { error: 'q must be at most 200 characters' };
}

type Readers = Record<string, (raw: string) => Checked<unknown>>;

/** The parameters of each schema in query/params.ts, in the schema's order (the order of the output). */
const DOCUMENTS: Readers = {
  region: readRegion,
  year: readYear,
  type: readDocumentType,
  limit: readLimit,
  offset: readOffset,
};
const MEASURES: Readers = {
  region: readRegion,
  regions: readRegions,
  year: readYear,
  category: readCategory,
  q: readQ,
  limit: readLimit,
  offset: readOffset,
};
const DECISIONS: Readers = {
  region: readRegion,
  year: readYear,
  q: readQ,
  limit: readLimit,
  offset: readOffset,
};
const COMPARE: Readers = { regions: readRegions, year: readYear, years: readYears };

const READERS = { documents: DOCUMENTS, measures: MEASURES, decisions: DECISIONS, compare: COMPARE };

/**
 * A query as its schema in query/params.ts would give it, read without zod; null when a parameter is
 * unknown or refused, or a rule across parameters is broken (the schema then says why).
 */
export function readQuery(
  kind: keyof typeof READERS,
  query: Record<string, string>,
): Record<string, unknown> | null {
  const read = readAll(READERS[kind], query);
  // compare's rules across fields: the regions are required, and exactly one of year and years.
  if (
    kind === 'compare' &&
    read &&
    (read['regions'] === undefined || (read['year'] === undefined) === (read['years'] === undefined))
  )
    return null;
  return read;
}

/** Every parameter read by its reader, or null when one is unknown or refused. */
function readAll(readers: Readers, query: Record<string, string>): Record<string, unknown> | null {
  if (Object.keys(query).some((name) => !Object.hasOwn(readers, name))) return null;
  const out: Record<string, unknown> = {};
  for (const [name, read] of Object.entries(readers)) {
    const raw = query[name];
    if (raw === undefined) continue;
    const checked = read(raw);
    if ('error' in checked) return null;
    out[name] = checked.value;
  }
  return out;
}

// The slow path: the zod schema refuses the query with the API's message (or, should it accept what the
// readers refused, its answer is the answer).
async function schemas() {
  return import('./params.ts');
}

/** `DocumentsParams` of query/params.ts, loading zod only to refuse a query. */
export async function documentsQuery(query: Record<string, string>): Promise<DocumentsQuery> {
  const read = readQuery('documents', query);
  if (read) return read as DocumentsQuery;
  const { DocumentsParams, parseParams } = await schemas();
  return parseParams(DocumentsParams, query);
}

/** `MeasuresParams` of query/params.ts, loading zod only to refuse a query. */
export async function measuresQuery(query: Record<string, string>): Promise<MeasuresQuery> {
  const read = readQuery('measures', query);
  if (read) return read as MeasuresQuery;
  const { MeasuresParams, parseParams } = await schemas();
  return parseParams(MeasuresParams, query);
}

/** `DecisionsParams` of query/params.ts, loading zod only to refuse a query. */
export async function decisionsQuery(query: Record<string, string>): Promise<DecisionsQuery> {
  const read = readQuery('decisions', query);
  if (read) return read as DecisionsQuery;
  const { DecisionsParams, parseParams } = await schemas();
  return parseParams(DecisionsParams, query);
}

/** `CompareParams` of query/params.ts without its paging parameters, loading zod only to refuse a query. */
export async function compareParams(query: Record<string, string>): Promise<CompareParamsValue> {
  const read = readQuery('compare', query);
  if (read) return read as CompareParamsValue;
  const { CompareParams, parseParams } = await schemas();
  return parseParams(CompareParams, query);
}

/** A compare request's regions and year(s) as the query the services take. */
export function toCompareQuery(value: {
  regions: RegionFilter[];
  year?: number | undefined;
  years?: number[] | undefined;
}): CompareQuery {
  return { regions: value.regions, years: value.year !== undefined ? [value.year] : (value.years ?? []) };
}
