/**
 * Where the `namndkoll documents|measures|decisions|compare|sql` commands read from: a local directory
 * (`--data <dir>`: bucket layout, the local stack's s3rver folder, or a folder of extracted JSON) or an S3
 * endpoint (default: the local stack). Errors come back as one line a person can act on.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Catalog, type Snapshot } from '../../query/catalog.ts';
import type { CompareQuery } from '../../query/params.ts';
import type { QueryStore } from '../../query/ports.ts';
import { compareFacts } from '../../query/region-facts.ts';
import { type Comparison, compare } from '../../query/services.ts';
import { IndexReader } from '../lib/doc-index.ts';
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
  const store = await openStore(options);
  try {
    const catalog = new Catalog(store, { index: new IndexReader(store) });
    const facts = await catalog.regionFacts(query.regions);
    return facts ? compareFacts(facts, query) : compare(await catalog.current(), query);
  } catch (error) {
    throw explain(error, options);
  }
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
