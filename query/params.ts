/**
 * Query-string parameters of every route, validated with zod. Unknown parameters are rejected so a typo
 * (`regoin=SE-W`) is a 400 that says so rather than a silently unfiltered answer.
 */
import { z } from 'zod';
import { BadRequestError } from './errors.ts';
import {
  type Checked,
  MAX_Q_LENGTH,
  readCategory,
  readDocumentType,
  readInt,
  readRegion,
  readRegions,
  readYear,
  readYears,
  toCompareQuery,
} from './param-values.ts';
import type { RegionFilter } from './regions.ts';

export type { RegionFilter };
export { toCompareQuery };

/** A parameter read by its zod-free reader (query/param-values.ts), a refusal becoming the schema's issue. */
function fromReader<T>(read: (raw: string) => Checked<T>) {
  return z.string().transform((raw, ctx): T => {
    const checked = read(raw);
    if ('error' in checked) {
      ctx.addIssue({ code: 'custom', message: checked.error });
      return z.NEVER;
    }
    return checked.value;
  });
}

const region = fromReader(readRegion);
const regions = fromReader(readRegions);
const year = fromReader(readYear);
const years = fromReader(readYears);
const category = fromReader(readCategory);
const type = fromReader(readDocumentType);
const q = z.string().max(MAX_Q_LENGTH, `q must be at most ${MAX_Q_LENGTH} characters`);

function intParam(name: string, min: number, max: number) {
  return fromReader(readInt(name, min, max));
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
export type CompareParamsValue = z.infer<typeof CompareParams>;

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
