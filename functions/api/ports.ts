/**
 * What the query API needs from the bucket: a small read (and upload) port. The pipeline's DocumentStore
 * (functions/lib/store.ts) is adapted to it in `fromDocumentStore`; the CLI's `--data <dir>` uses the directory
 * store in stores.ts. Keys are bucket keys (`extracted/<id>.json`, `uploads/…`).
 */
import { isObjectNotFound } from '../lib/errors.ts';
import type { DocumentStore } from '../lib/store.ts';

export interface StoredObjectInfo {
  key: string;
  /** Changes whenever the object's bytes change (S3 ETag, or mtime+size on disk): the cache key. */
  etag: string;
}

export interface QueryStore {
  listKeys(prefix: string): Promise<StoredObjectInfo[]>;
  /** The object's bytes, or null when there is no such key. */
  getBytes(key: string): Promise<Uint8Array | null>;
  putObject(
    key: string,
    bytes: Uint8Array,
    options?: { metadata?: Record<string, string>; contentType?: string },
  ): Promise<void>;
}

export async function getJson(store: QueryStore, key: string): Promise<unknown | null> {
  const bytes = await store.getBytes(key);
  if (bytes === null) return null;
  return JSON.parse(new TextDecoder().decode(bytes)) as unknown;
}

/** The pipeline's DocumentStore seen through the query port. */
export function fromDocumentStore(store: DocumentStore): QueryStore {
  return {
    listKeys: async (prefix) => (await store.listObjects(prefix)).map(({ key, etag }) => ({ key, etag })),
    getBytes: async (key) => {
      try {
        return (await store.getObject(key)).bytes;
      } catch (error) {
        if (isObjectNotFound(error)) return null;
        throw error;
      }
    },
    putObject: (key, bytes, options) => store.putBytes(key, bytes, options ?? {}),
  };
}

export function toQueryStore(store: DocumentStore | QueryStore): QueryStore {
  return 'listObjects' in store ? fromDocumentStore(store) : store;
}
