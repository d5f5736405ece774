/**
 * Where the `namndkoll documents|measures|decisions|compare|sql` commands read from: a local directory
 * (`--data <dir>`: bucket layout, the local stack's s3rver folder, or a folder of extracted JSON) or an S3
 * endpoint (default: the local stack). Errors come back as one line a person can act on.
 */
import { createHash } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Catalog, type Snapshot } from '../../query/catalog.ts';
import {
  type DecisionListing,
  type DocumentListing,
  decisionsAcrossRegions,
  documentsAcrossRegions,
  type MeasureListing,
  measuresAcrossRegions,
} from '../../query/listings.ts';
import type { CompareQuery, DecisionsQuery, DocumentsQuery, MeasuresQuery } from '../../query/params.ts';
import type { QueryStore } from '../../query/ports.ts';
import { compareFacts } from '../../query/region-facts.ts';
import {
  type Comparison,
  compare,
  listDecisions,
  listDocuments,
  listMeasures,
} from '../../query/services.ts';
import { IndexReader, type IndexSource, partitionOfKey } from '../lib/doc-index.ts';
import { fromDocumentStore } from './query-store.ts';
import { DirectoryStore } from './stores.ts';

/** The local stack's defaults (infra/local/start.ts). */
export const LOCAL_ENDPOINT = 'http://127.0.0.1:4569';
export const LOCAL_BUCKET = 'namndkoll-local';

export interface SourceOptions {
  data?: string | undefined;
  endpoint?: string | undefined;
  bucket?: string | undefined;
}

export class SourceError extends Error {
  override name = 'SourceError';
}

export async function openStore(options: SourceOptions): Promise<QueryStore> {
  if (options.data !== undefined) {
    if (!isDirectory(options.data)) {
      throw new SourceError(`--data ${options.data}: mappen finns inte`);
    }
    return new DirectoryStore(bucketFolder(options.data, options.bucket ?? LOCAL_BUCKET));
  }
  const endpoint = options.endpoint ?? (options.bucket ? undefined : LOCAL_ENDPOINT);
  const bucket = options.bucket ?? LOCAL_BUCKET;
  // The AWS SDK is loaded only for a bucket: a command reading --data never pays its start-up.
  const [{ createS3Client }, { S3DocumentStore }] = await Promise.all([
    import('../lib/s3-client.ts'),
    import('../lib/store.ts'),
  ]);
  const client = createS3Client({ endpoint });
  return fromDocumentStore(new S3DocumentStore(client, bucket));
}

function isDirectory(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory();
}

/**
 * The folder that holds the bucket's objects. `npm start` prints its data folder (.local-data), which keeps
 * s3rver's buckets under s3/<bucket>/; the bucket folder itself, a bucket copy and a folder of JSON files
 * are taken as they are.
 */
export function bucketFolder(data: string, bucket: string): string {
  for (const candidate of [join(data, 's3', bucket), join(data, bucket)]) {
    if (isDirectory(candidate)) return candidate;
  }
  return data;
}

/** Load the catalog once, turning unreachable endpoints and missing buckets into one-line errors. */
export async function loadSnapshot(options: SourceOptions): Promise<Snapshot> {
  const store = await openStore(options);
  try {
    return await new Catalog(store, { index: new IndexReader(store) }).current();
  } catch (error) {
    throw explain(error, options);
  }
}

/**
 * A comparison for the CLI: from the compared regions' partitions of the document index when there is one
 * (what the API does), otherwise over the whole catalog. Every measure listed (no page), as `compare`.
 */
export async function loadComparison(options: SourceOptions, query: CompareQuery): Promise<Comparison> {
  return withCatalog(options, false, async (catalog) => {
    const facts = await catalog.regionFacts(query.regions);
    return facts ? compareFacts(facts, query) : compare(await catalog.current(), query);
  });
}

/**
 * `documents` for the CLI, as the API answers `/documents`: one region from that region's partitions;
 * all regions from the small per-region summaries the ingest persists (index/v2/summary/), reading a
 * region's partitions only where its summary is missing or older than them; the whole catalog only
 * without a usable index.
 */
export async function loadDocuments(options: SourceOptions, query: DocumentsQuery): Promise<DocumentListing> {
  return withCatalog(options, query.region === undefined, async (catalog) => {
    if (query.region !== undefined)
      return listDocuments(
        (await catalog.regionSnapshot([query.region])) ?? (await catalog.current()),
        query,
      );
    return (await documentsAcrossRegions(catalog, query)) ?? listDocuments(await catalog.current(), query);
  });
}

/**
 * `measures` for the CLI: with a region (or regions) from their partitions only, as the API; without one
 * from every region's partitions, read as columns (listings.ts measuresAcrossRegions) rather than turned
 * into the whole catalog's documents.
 */
export async function loadMeasures(options: SourceOptions, query: MeasuresQuery): Promise<MeasureListing> {
  const regions = query.region !== undefined ? [query.region] : query.regions;
  return withCatalog(options, false, async (catalog, index) => {
    if (regions)
      return listMeasures((await catalog.regionSnapshot(regions)) ?? (await catalog.current()), query);
    const facts = await allRegions(catalog, index);
    return facts ? measuresAcrossRegions(facts, query) : listMeasures(await catalog.current(), query);
  });
}

/**
 * `decisions` for the CLI: with a region from its partitions only, as the API; without one from every
 * region's partitions read as columns (listings.ts decisionsAcrossRegions).
 */
export async function loadDecisions(options: SourceOptions, query: DecisionsQuery): Promise<DecisionListing> {
  return withCatalog(options, false, async (catalog, index) => {
    if (query.region !== undefined)
      return listDecisions(
        (await catalog.regionSnapshot([query.region])) ?? (await catalog.current()),
        query,
      );
    const facts = await allRegions(catalog, index);
    return facts ? decisionsAcrossRegions(facts, query) : listDecisions(await catalog.current(), query);
  });
}

/** Every region's facts from the index (one listing, then every partition), or null without a usable index. */
async function allRegions(catalog: Catalog, index: IndexReader) {
  const listed = await index.listRegions();
  return listed.state === 'ready' ? catalog.regionFacts([...listed.regions.keys()]) : null;
}

/**
 * One catalog over the source for one answer, errors made one line. `summaries`: the answer compares the
 * regions' persisted summaries with their partitions, so a folder's partitions get S3's ETags (s3Etags).
 */
async function withCatalog<T>(
  options: SourceOptions,
  summaries: boolean,
  answer: (catalog: Catalog, index: IndexReader) => Promise<T>,
): Promise<T> {
  const store = await openStore(options);
  try {
    const source = summaries && store instanceof DirectoryStore ? await s3Etags(store) : store;
    const index = new IndexReader(source);
    return await answer(new Catalog(store, { index }), index);
  } catch (error) {
    throw explain(error, options);
  }
}

/**
 * The index of a folder with each partition's ETag as S3 reports it: the quoted MD5 of its bytes. A
 * persisted region summary is signed with the ETags of the partitions it was made from (doc-summary.ts
 * regionSignature) and is used only while they are the listed ones; a folder's own ETags (mtime and size)
 * never match them, so without this every region would be summarized again from its partitions. The
 * local stack's s3rver folder keeps each object's MD5 beside it (`<object>.md5`); a plain bucket copy is
 * hashed (reading a partition to hash it costs far less than decoding and summarizing it).
 */
async function s3Etags(store: DirectoryStore): Promise<IndexSource> {
  const layout = await store.layout();
  if (layout === 'flat') return store;
  const md5Of = async (key: string): Promise<string | null> => {
    const path = join(store.root, ...key.split('/')) + (layout === 's3rver' ? '._S3rver_object' : '');
    try {
      // s3rver writes the sidecar with the object (and again on a read when it is missing).
      if (layout === 's3rver') return (await readFile(`${path}.md5`, 'utf8')).trim();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    try {
      return createHash('md5')
        .update(await readFile(path))
        .digest('hex');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  };
  return {
    listKeys: async (prefix) => {
      const listed = await store.listKeys(prefix);
      return Promise.all(
        listed.map(async (object) => {
          if (partitionOfKey(object.key) === null) return object;
          const md5 = await md5Of(object.key);
          // Gone since the listing: keep the folder's ETag; the read finds it missing.
          return md5 === null ? object : { key: object.key, etag: JSON.stringify(md5) };
        }),
      );
    },
    getBytes: (key) => store.getBytes(key),
  };
}

export function explain(error: unknown, options: SourceOptions): Error {
  const text = errorText(error);
  const endpoint = options.endpoint ?? (options.bucket ? 'AWS' : LOCAL_ENDPOINT);
  if (/ECONNREFUSED|ENOTFOUND|EHOSTUNREACH|socket hang up/.test(text) && options.data === undefined) {
    return options.endpoint === undefined && options.bucket === undefined
      ? new SourceError(
          `når inte den lokala S3-tjänsten på ${endpoint} – starta den med \`npm start\` (eller läs en mapp med --data <mapp>)`,
        )
      : new SourceError(endpoint === 'AWS' ? 'når inte S3 på AWS' : `når inte S3-tjänsten på ${endpoint}`);
  }
  if (/NoSuchBucket|specified bucket does not exist/.test(text)) {
    return new SourceError(`ingen bucket ${options.bucket ?? LOCAL_BUCKET} på ${endpoint}`);
  }
  return error instanceof Error ? error : new Error(text);
}

function errorText(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth++) {
    if (current instanceof Error) {
      parts.push(`${current.name} ${current.message} ${(current as NodeJS.ErrnoException).code ?? ''}`);
      current = current.cause;
    } else {
      parts.push(String(current));
      break;
    }
  }
  return parts.join(' | ');
}
