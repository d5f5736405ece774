/**
 * Query-string parameters of every route, validated with zod. Unknown parameters are rejected so a typo
 * (`regoin=SE-W`) is a 400 that says so rather than a silently unfiltered answer.
 */
import { z } from 'zod';
import { UNKNOWN_REGION } from '../parsers/facts.ts';
import { DOCUMENT_TYPES, MEASURE_CATEGORIES, REGION_CODES } from '../parsers/schema.ts';
import { BadRequestError } from './errors.ts';
import { parseRegionFilter as parseRegion, type RegionFilter } from './regions.ts';

export type { RegionFilter };

const region = z.string().transform((raw, ctx): RegionFilter => {
  const parsed = parseRegion(raw);
  if (parsed === null) {
    ctx.addIssue({
      code: 'custom',
      message: `unknown region '${raw}': use a code such as SE-W (one of ${REGION_CODES.join(', ')}) or ${UNKNOWN_REGION}`,
    });
    return z.NEVER;
  }
  return parsed;
});

const regions = z.string().transform((raw, ctx): RegionFilter[] => {
  const parts = raw
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
  if (parts.length === 0) {
    ctx.addIssue({ code: 'custom', message: 'give at least one region, e.g. regions=SE-W,SE-Z' });
    return z.NEVER;
  }
  const out: RegionFilter[] = [];
  for (const part of parts) {
    const parsed = parseRegion(part);
    if (parsed === null) {
      ctx.addIssue({ code: 'custom', message: `unknown region '${part}': use codes such as SE-W,SE-Z` });
      return z.NEVER;
    }
    if (!out.includes(parsed)) out.push(parsed);
  }
  return out;
});

const MIN_YEAR = 1990;
const MAX_YEAR = 2100;

function parseYear(raw: string): number | null {
  if (!/^\d{4}$/.test(raw.trim())) return null;
  const value = Number(raw);
  return value >= MIN_YEAR && value <= MAX_YEAR ? value : null;
}

const year = z.string().transform((raw, ctx): number => {
  const parsed = parseYear(raw);
  if (parsed === null) {
    ctx.addIssue({
      code: 'custom',
      message: `year must be a four-digit year between ${MIN_YEAR} and ${MAX_YEAR}, got '${raw}'`,
    });
    return z.NEVER;
  }
  return parsed;
});

/** `2023-2025` (a range) or `2023,2025` (a list). */
const years = z.string().transform((raw, ctx): number[] => {
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
  if (out === null || out.length === 0) {
    ctx.addIssue({
      code: 'custom',
      message: `years must be a range such as 2023-2025 (at most 20 years) or a list such as 2023,2025, got '${raw}'`,
    });
    return z.NEVER;
  }
  return out;
});

const category = z.string().transform((raw, ctx) => {
  const value = raw.trim();
  if (!(MEASURE_CATEGORIES as readonly string[]).includes(value)) {
    ctx.addIssue({
      code: 'custom',
      message: `unknown category '${raw}': one of ${MEASURE_CATEGORIES.join(', ')}`,
    });
    return z.NEVER;
  }
  return value as (typeof MEASURE_CATEGORIES)[number];
});

const type = z.string().transform((raw, ctx) => {
  const value = raw.trim();
  if (!(DOCUMENT_TYPES as readonly string[]).includes(value)) {
    ctx.addIssue({
      code: 'custom',
      message: `unknown document type '${raw}': one of ${DOCUMENT_TYPES.join(', ')}`,
    });
    return z.NEVER;
  }
  return value as (typeof DOCUMENT_TYPES)[number];
});

const q = z.string().max(200, 'q must be at most 200 characters');

function intParam(name: string, min: number, max: number) {
  return z.string().transform((raw, ctx): number => {
    const value = /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
    if (!(value >= min && value <= max)) {
      ctx.addIssue({
        code: 'custom',
        message: `${name} must be a whole number from ${min} to ${max}, got '${raw}'`,
      });
      return z.NEVER;
    }
    return value;
  });
}

const limit = intParam('limit', 1, 100_000);
const offset = intParam('offset', 0, 10_000_000);

export const DocumentsParams = z.strictObject({
  region: region.optional(),
  year: year.optional(),
  type: type.optional(),
  limit: limit.optional(),
  offset: offset.optional(),
});
export type DocumentsQuery = z.infer<typeof DocumentsParams>;

export const MeasuresParams = z.strictObject({
  region: region.optional(),
  /** Several regions (the compared ones): `regions=SE-W,SE-Z`. */
  regions: regions.optional(),
  year: year.optional(),
  category: category.optional(),
  q: q.optional(),
  limit: limit.optional(),
  offset: offset.optional(),
});
export type MeasuresQuery = z.infer<typeof MeasuresParams>;

export const DecisionsParams = z.strictObject({
  region: region.optional(),
  year: year.optional(),
  q: q.optional(),
  limit: limit.optional(),
  offset: offset.optional(),
});
export type DecisionsQuery = z.infer<typeof DecisionsParams>;

const compareShape = {
  regions,
  year: year.optional(),
  years: years.optional(),
};

function compareYears<T extends { year?: number | undefined; years?: number[] | undefined }>(
  value: T,
  ctx: z.RefinementCtx,
): void {
  if (value.year !== undefined && value.years !== undefined) {
    ctx.addIssue({
      code: 'custom',
      message: 'give either year=2024 or years=2023-2025, not both',
      path: ['years'],
    });
  } else if (value.year === undefined && value.years === undefined) {
    ctx.addIssue({ code: 'custom', message: 'give year=2024 or years=2023-2025', path: ['year'] });
  }
}

/** A page size, or `all`. */
function limitOrAll(name: string) {
  return z.union([z.literal('all'), intParam(name, 1, 100_000)]);
}

export const CompareParams = z
  .strictObject({
    ...compareShape,
    /** Measures listed per cell (default: API_COMPARE_PAGE), or `all`: the full listing. */
    measureLimit: limitOrAll('measureLimit').optional(),
    /** The cursor: the first measure of each cell to list (a cell's `nextMeasureOffset`). */
    measureOffset: intParam('measureOffset', 0, 10_000_000).optional(),
    /** Documents listed for the reconciliation of stated totals, or `all`. */
    documentLimit: limitOrAll('documentLimit').optional(),
    documentOffset: intParam('documentOffset', 0, 10_000_000).optional(),
  })
  .superRefine(compareYears);

/**
 * Which part of a comparison's listings to give: the sums always cover everything; each cell lists
 * `measureLimit` of its measures from `measureOffset` (null: all), and the documents likewise.
 */
export interface ComparePage {
  measureOffset: number;
  measureLimit: number | null;
  documentOffset: number;
  documentLimit: number | null;
}

/** What the API lists when the request names no page: enough for a cell's first screen. */
export const API_COMPARE_PAGE: ComparePage = {
  measureOffset: 0,
  measureLimit: 20,
  documentOffset: 0,
  documentLimit: 100,
};

export interface CompareQuery {
  regions: RegionFilter[];
  years: number[];
  /** Without it, every measure and document is listed (the CLI, exports). */
  page?: ComparePage;
}

export function toCompareQuery(value: {
  regions: RegionFilter[];
  year?: number | undefined;
  years?: number[] | undefined;
}): CompareQuery {
  return { regions: value.regions, years: value.year !== undefined ? [value.year] : (value.years ?? []) };
}

/** The page a compare request asks for, the API's defaults filling what it leaves out. */
export function comparePage(value: {
  measureLimit?: number | 'all' | undefined;
  measureOffset?: number | undefined;
  documentLimit?: number | 'all' | undefined;
  documentOffset?: number | undefined;
}): ComparePage {
  const limitOf = (given: number | 'all' | undefined, fallback: number | null) =>
    given === 'all' ? null : (given ?? fallback);
  return {
    measureOffset: value.measureOffset ?? API_COMPARE_PAGE.measureOffset,
    measureLimit: limitOf(value.measureLimit, API_COMPARE_PAGE.measureLimit),
    documentOffset: value.documentOffset ?? API_COMPARE_PAGE.documentOffset,
    documentLimit: limitOf(value.documentLimit, API_COMPARE_PAGE.documentLimit),
  };
}

const format = z.enum(['csv', 'xlsx'], { error: "format must be 'csv' or 'xlsx'" });

export const ExportParams = z.discriminatedUnion(
  'view',
  [
    z.strictObject({ view: z.literal('compare'), format, ...compareShape }).superRefine(compareYears),
    z.strictObject({
      view: z.literal('measures'),
      format,
      region: region.optional(),
      regions: regions.optional(),
      year: year.optional(),
      category: category.optional(),
      q: q.optional(),
    }),
  ],
  { error: "view must be 'compare' or 'measures'" },
);
export type ExportQuery = z.infer<typeof ExportParams>;

export const UploadParams = z.strictObject({
  // Any name: safeFileName (uploads.ts) makes a key ending in .pdf of it, cut to a safe length; the bytes,
  // not the name, decide whether it is a PDF.
  name: z.string().min(1, 'name is required').max(1000, 'name must be at most 1000 characters'),
  region: region.optional(),
});

const documentIdPattern = /^sha256:[0-9a-f]{64}$/;

export function parseDocumentId(raw: string): string {
  let id: string;
  try {
    id = decodeURIComponent(raw);
  } catch {
    throw new BadRequestError(`document id is not valid percent-encoding: '${raw}'`);
  }
  if (!documentIdPattern.test(id))
    throw new BadRequestError(`document id must look like sha256:<64 hex>, got '${raw}'`);
  return id;
}

export const NoParams = z.strictObject({});

export const UploadStatusParams = z.strictObject({ key: z.string().min(1).max(1024).optional() });

/** Validate a query string; a failure becomes a 400 naming the parameter and what is wrong. */
export function parseParams<S extends z.ZodType>(schema: S, query: Record<string, string>): z.infer<S> {
  const result = schema.safeParse(query);
  if (result.success) return result.data;
  const messages = result.error.issues.map((issue) => {
    if (issue.code === 'unrecognized_keys') return `unknown parameter(s): ${issue.keys.join(', ')}`;
    const name = issue.path.join('.');
    if (issue.code === 'invalid_type' && issue.input === undefined) return `${name} is required`;
    return name && !issue.message.startsWith(name) ? `${name}: ${issue.message}` : issue.message;
  });
  throw new BadRequestError([...new Set(messages)].join('; '));
}
