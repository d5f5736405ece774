/**
 * What the query core needs from the bucket: a small read (and upload) port, an interface only. The
 * pipeline's DocumentStore is adapted to it in functions/api/query-store.ts; the CLI's `--data <dir>` uses the
 * directory store in functions/api/stores.ts. Keys are bucket keys (`extracted/<id>.json`, `uploads/…`).
 */

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
