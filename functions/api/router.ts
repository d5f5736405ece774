/**
 * The query API as one transport-neutral function: request in, response out. The Lambda handler
 * (handler.ts) and the local stack (infra/local) both call `createApiHandler`. Paths may carry an `/api`
 * prefix (the local stack mounts the router there) or not (the HTTP API on AWS).
 */

import { UNKNOWN_REGION } from '../../parsers/facts.ts';
import {
  CATEGORY_NAMES_SV,
  DOCUMENT_TYPES,
  MEASURE_CATEGORIES,
  REGION_CODES,
  type RegionCode,
} from '../../parsers/schema.ts';
import { Catalog, type CatalogOptions } from '../../query/catalog.ts';
import { NotFoundError, QueryError, type QueryErrorCode } from '../../query/errors.ts';
import { type ExportFile, exportComparison, exportMeasures } from '../../query/export.ts';
import {
  decisionsAcrossRegions,
  documentsAcrossRegions,
  measuresAcrossRegions,
} from '../../query/listings.ts';
import {
  CompareParams,
  comparePage,
  DecisionsParams,
  DocumentsParams,
  ExportParams,
  MeasuresParams,
  type MeasuresQuery,
  NoParams,
  parseDocumentId,
  parseParams,
  toCompareQuery,
  UploadParams,
  UploadStatusParams,
} from '../../query/params.ts';
import type { QueryStore } from '../../query/ports.ts';
import { compareFacts } from '../../query/region-facts.ts';
import type { RegionSummary } from '../../query/region-summary.ts';
import {
  compare,
  getDocument,
  listDecisions,
  listDocuments,
  listMeasures,
  regionRef,
} from '../../query/services.ts';
import { REGION_NAMES } from '../../query/swedish.ts';
import { buildIndex, IndexReader } from '../lib/doc-index.ts';
import { StoreError } from '../lib/errors.ts';
import type { DocumentStore } from '../lib/store.ts';
import { toQueryStore } from './query-store.ts';
import { checkRequest, injectWriteToken, type RequestPolicy } from './request-guard.ts';
import { putUpload, uploadStatus } from './uploads.ts';
import { serveWebFile } from './web.ts';

export interface ApiRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  body?: Uint8Array;
}

export interface ApiResponse {
  status: number;
  headers: Record<string, string>;
  body: string | Uint8Array;
}

/** The HTTP status of each query error code. */
const STATUS_OF: Record<QueryErrorCode, number> = {
  BAD_REQUEST: 400,
  NOT_FOUND: 404,
  PAYLOAD_TOO_LARGE: 413,
  STORE_UNAVAILABLE: 503,
};

export interface ApiDeps {
  /** The bucket: the pipeline's DocumentStore, or any QueryStore (a directory for the CLI). */
  store: DocumentStore | QueryStore;
  now: () => Date;
  /** A short-lived link to the PDF behind `key` (a presigned S3 URL on AWS). Without it, the API serves the PDF. */
  signPdfUrl?: (key: string) => Promise<string>;
  /** Where uploads go; defaults to putting the object into the store. */
  upload?: (key: string, bytes: Uint8Array, metadata: Record<string, string>) => Promise<void>;
  logger?: { error: (message: string, details?: Record<string, unknown>) => void };
  /** Serve the page's files from this folder at GET / (on AWS: web/ shipped beside the bundle). */
  webDir?: string;
  catalog?: CatalogOptions;
  /**
   * The local stack's checks (request-guard.ts): Host, Origin, and a write token injected into the page.
   * Absent on AWS, where IAM authorises every request.
   */
  requestPolicy?: RequestPolicy;
}

export type ApiHandler = ((request: ApiRequest) => Promise<ApiResponse>) & { catalog: Catalog };

const COMMON_HEADERS = { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' };

function json(status: number, value: unknown): ApiResponse {
  return {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...COMMON_HEADERS },
    body: JSON.stringify(value),
  };
}

function errorResponse(
  status: number,
  code: string,
  message: string,
  extra: Record<string, string> = {},
): ApiResponse {
  const response = json(status, { error: { code, message } });
  return { ...response, headers: { ...response.headers, ...extra } };
}

interface Route {
  method: 'GET' | 'POST';
  pattern: RegExp;
  run: (request: ApiRequest, match: RegExpExecArray) => Promise<ApiResponse>;
}

export function createApiHandler(deps: ApiDeps): ApiHandler {
  const base = toQueryStore(deps.store);
  // The document index maintained at ingest (functions/lib/doc-index.ts); a pipeline store can also take it
  // back when it has to be rebuilt from extracted/.
  const indexStore = 'putConditional' in deps.store ? deps.store : undefined;
  const catalog = new Catalog(base, {
    clock: () => performance.now(),
    index: new IndexReader(base),
    ...(indexStore
      ? {
          rebuildIndex: (documents) => buildIndex(indexStore, documents, () => new Date()),
          log: (message, details) =>
            process.stderr.write(`${JSON.stringify({ level: 'WARN', message, ...details })}
`),
        }
      : {}),
    ...deps.catalog,
  });
  const pdfLink = async (documentId: string, key: string): Promise<string> =>
    deps.signPdfUrl ? deps.signPdfUrl(key) : `/api/documents/${encodeURIComponent(documentId)}/pdf`;
  const upload = deps.upload;
  const store: QueryStore = upload
    ? {
        listKeys: (prefix) => base.listKeys(prefix),
        getBytes: (key) => base.getBytes(key),
        putObject: (key, bytes, options) => upload(key, bytes, options?.metadata ?? {}),
      }
    : base;

  /**
   * The catalog a listing needs: restricted to `regions` (when the listing is), from those regions'
   * partitions of the index; otherwise, or without a usable index, the whole catalog.
   */
  const snapshotFor = async (regions: readonly string[] | undefined) =>
    (regions && (await catalog.regionSnapshot(regions))) || catalog.current();

  /**
   * `/measures` (and the measures export): restricted to regions from their partitions; unrestricted from
   * every region's partitions read as columns (listings.ts); the whole catalog only without a usable index.
   */
  const measuresFor = async (params: MeasuresQuery) => {
    const regions = params.region ? [params.region] : params.regions;
    if (!regions && catalog.summariesUsable) {
      const facts = await catalog.allRegionFacts();
      if (facts) return measuresAcrossRegions(facts, params);
    }
    return listMeasures(await snapshotFor(regions), params);
  };

  const routes: Route[] = [
    {
      method: 'GET',
      pattern: /^\/health$/,
      run: async () => json(200, { ok: true, time: deps.now().toISOString() }),
    },
    {
      method: 'GET',
      pattern: /^\/meta$/,
      run: async (request) => {
        parseParams(NoParams, request.query);
        // From each region's small summary when the index is usable: no whole catalog is built.
        const summaries = catalog.summariesUsable ? await catalog.regionSummaries() : null;
        if (summaries) return json(200, metaFromSummaries(summaries));
        const snapshot = await catalog.current();
        const years = new Set<number>();
        const regions = new Set<string>();
        for (const entry of snapshot.documents) {
          for (const year of entry.doc.document.years) years.add(year);
          regions.add(entry.region ?? UNKNOWN_REGION);
        }
        return json(
          200,
          metaOf({
            years,
            regions,
            documentCount: snapshot.documents.length,
            paperCount: snapshot.documents.filter((entry) => entry.paper.duplicateOf === null).length,
            skipped: snapshot.skipped.length,
          }),
        );
      },
    },
    {
      method: 'GET',
      pattern: /^\/documents$/,
      run: async (request) => {
        const params = parseParams(DocumentsParams, request.query);
        if (!params.region && catalog.summariesUsable) {
          // Unrestricted: merged from the regions' summaries, reading only the regions a page lists.
          const listed = await documentsAcrossRegions(catalog, params);
          if (listed) return json(200, listed);
        }
        return json(
          200,
          listDocuments(await snapshotFor(params.region ? [params.region] : undefined), params),
        );
      },
    },
    {
      method: 'GET',
      pattern: /^\/documents\/([^/]+)$/,
      run: async (request, match) => {
        parseParams(NoParams, request.query);
        const documentId = parseDocumentId(match[1]!);
        const entry = getDocument(await catalog.current(), documentId);
        const document = await catalog.fullDocument(entry);
        if (document === null) throw new NotFoundError(`no extracted document with id ${documentId}`);
        return json(200, {
          document,
          region: entry.region ? regionRef(entry.region) : null,
          pdfUrl: await pdfLink(entry.doc.documentId, entry.doc.source.key),
        });
      },
    },
    {
      method: 'GET',
      pattern: /^\/documents\/([^/]+)\/pdf$/,
      run: async (request, match) => {
        parseParams(NoParams, request.query);
        const documentId = parseDocumentId(match[1]!);
        const entry = getDocument(await catalog.current(), documentId);
        if (deps.signPdfUrl) {
          return {
            status: 302,
            headers: { location: await deps.signPdfUrl(entry.doc.source.key), ...COMMON_HEADERS },
            body: '',
          };
        }
        const bytes = await base.getBytes(entry.doc.source.key);
        if (bytes === null)
          throw new NotFoundError(`the PDF of ${entry.doc.documentId} is no longer in the bucket`);
        const fileName = entry.doc.source.fileName.replace(/[^\w.-]+/g, '_');
        return {
          status: 200,
          headers: {
            'content-type': 'application/pdf',
            'content-disposition': `inline; filename="${fileName}"`,
            ...COMMON_HEADERS,
          },
          body: bytes,
        };
      },
    },
    {
      method: 'GET',
      pattern: /^\/measures$/,
      run: async (request) => {
        const params = parseParams(MeasuresParams, request.query);
        return json(200, await measuresFor(params));
      },
    },
    {
      method: 'GET',
      pattern: /^\/decisions$/,
      run: async (request) => {
        const params = parseParams(DecisionsParams, request.query);
        if (!params.region && catalog.summariesUsable) {
          // Unrestricted: every region's partitions read as columns (listings.ts), no whole catalog.
          const facts = await catalog.allRegionFacts();
          if (facts) return json(200, decisionsAcrossRegions(facts, params));
        }
        return json(
          200,
          listDecisions(await snapshotFor(params.region ? [params.region] : undefined), params),
        );
      },
    },
    {
      method: 'GET',
      pattern: /^\/compare$/,
      run: async (request) => {
        const params = parseParams(CompareParams, request.query);
        const query = { ...toCompareQuery(params), page: comparePage(params) };
        // From the index: only the compared regions' partitions. Without a usable index: the whole catalog.
        const facts = await catalog.regionFacts(query.regions);
        return json(200, facts ? compareFacts(facts, query) : compare(await catalog.current(), query));
      },
    },
    {
      method: 'GET',
      pattern: /^\/export$/,
      run: async (request) => {
        const params = parseParams(ExportParams, request.query);
        let file: ExportFile;
        if (params.view === 'compare') {
          // Every measure of the compared cells (no page), from the compared regions' partitions.
          const query = toCompareQuery(params);
          const facts = await catalog.regionFacts(query.regions);
          file = await exportComparison(
            facts ? compareFacts(facts, query) : compare(await catalog.current(), query),
            { format: params.format, ...query },
          );
        } else {
          // Every measure the search finds, as `/measures` finds them.
          const { view: _view, format, ...query } = params;
          const listed = await measuresFor({ ...query, limit: Number.MAX_SAFE_INTEGER });
          file = await exportMeasures(listed.measures, { ...query, format });
        }
        return {
          status: 200,
          headers: {
            'content-type': file.contentType,
            'content-disposition': `attachment; filename="${file.fileName}"`,
            ...COMMON_HEADERS,
          },
          body: file.body,
        };
      },
    },
    {
      method: 'POST',
      pattern: /^\/uploads$/,
      run: async (request) => {
        const params = parseParams(UploadParams, request.query);
        if (params.region === UNKNOWN_REGION)
          throw new QueryError('BAD_REQUEST', 'region: leave it out when unknown');
        const receipt = await putUpload(store, {
          name: params.name,
          region: params.region ?? null,
          bytes: request.body ?? new Uint8Array(),
        });
        return json(202, {
          ...receipt,
          statusUrl: `/api/uploads/${encodeURIComponent(receipt.documentId)}?key=${encodeURIComponent(receipt.key)}`,
        });
      },
    },
    {
      method: 'GET',
      pattern: /^\/uploads\/([^/]+)$/,
      run: async (request, match) => {
        const params = parseParams(UploadStatusParams, request.query);
        return json(200, await uploadStatus(base, catalog, parseDocumentId(match[1]!), params.key));
      },
    },
  ];

  const policy = deps.requestPolicy;
  const handle = async (request: ApiRequest): Promise<ApiResponse> => {
    if (policy) {
      const verdict = checkRequest(request, policy);
      if (!verdict.ok) return errorResponse(verdict.status, verdict.code, verdict.message);
    }
    const path = normalizePath(request.path);
    const matching = routes
      .map((route) => ({ route, match: route.pattern.exec(path) }))
      .filter((candidate): candidate is { route: Route; match: RegExpExecArray } => candidate.match !== null);
    if (matching.length === 0) {
      const page =
        deps.webDir && request.method.toUpperCase() === 'GET'
          ? serveWebFile(
              deps.webDir,
              path,
              policy ? (html) => injectWriteToken(html, policy.writeToken) : undefined,
            )
          : null;
      return page ?? errorResponse(404, 'NOT_FOUND', `no such route: ${request.method} ${request.path}`);
    }
    const method = request.method.toUpperCase();
    const chosen = matching.find((candidate) => candidate.route.method === method);
    if (!chosen) {
      const allow = [...new Set(matching.map((candidate) => candidate.route.method))].join(', ');
      return errorResponse(
        405,
        'METHOD_NOT_ALLOWED',
        `${request.method} is not allowed on ${path}; use ${allow}`,
        { allow },
      );
    }
    try {
      return await chosen.route.run(request, chosen.match);
    } catch (error) {
      if (error instanceof QueryError) return errorResponse(STATUS_OF[error.code], error.code, error.message);
      const unavailable = error instanceof StoreError;
      deps.logger?.error('query API request failed', {
        path,
        error:
          error instanceof Error
            ? { name: error.name, message: error.message, stack: error.stack }
            : String(error),
      });
      // The store's message names buckets and endpoints: it goes to the log, not to the caller.
      return unavailable
        ? errorResponse(
            503,
            'STORE_UNAVAILABLE',
            'the document store cannot be read right now; try again shortly',
          )
        : errorResponse(500, 'INTERNAL', 'internal error: the request could not be answered');
    }
  };
  return Object.assign(handle, { catalog });
}

function normalizePath(path: string): string {
  const withoutQuery = path.split('?')[0] ?? '';
  const trimmed = withoutQuery.replace(/\/+$/, '') || '/';
  return trimmed.startsWith('/api/') || trimmed === '/api' ? trimmed.slice(4) || '/' : trimmed;
}

/** The `/meta` answer from what it counts (from the whole catalog, or from the regions' summaries). */
function metaOf(counts: {
  years: ReadonlySet<number>;
  regions: ReadonlySet<string>;
  documentCount: number;
  paperCount: number;
  skipped: number;
}) {
  return {
    regions: REGION_CODES.map((code: RegionCode) => ({
      code,
      name: REGION_NAMES[code],
      hasDocuments: counts.regions.has(code),
    })),
    categories: MEASURE_CATEGORIES.map((key) => ({ key, name: CATEGORY_NAMES_SV[key] })),
    documentTypes: DOCUMENT_TYPES,
    years: [...counts.years].sort(),
    documentCount: counts.documentCount,
    /** Distinct papers: copies of one paper (same region, title, date, figures) count once. */
    paperCount: counts.paperCount,
    skipped: counts.skipped,
  };
}

/** `/meta` from the regions' summaries (Catalog.regionSummaries): nothing but counts and years is read. */
function metaFromSummaries(summaries: readonly RegionSummary[]) {
  const years = new Set<number>();
  const regions = new Set<string>();
  let documentCount = 0;
  let paperCount = 0;
  for (const summary of summaries) {
    for (const year of summary.years) years.add(year);
    if (summary.documents > 0) regions.add(summary.region);
    documentCount += summary.documents;
    paperCount += summary.papers;
  }
  // The index path reads no document that could be skipped (an unreadable partition makes it unusable).
  return metaOf({ years, regions, documentCount, paperCount, skipped: 0 });
}
