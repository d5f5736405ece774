/**
 * The pipeline's DocumentStore (functions/lib/store.ts) seen through the query core's read port
 * (query/ports.ts): the adapter lives here, beside the storage it wraps, so query/ never touches S3.
 */
import type { QueryStore } from '../../query/ports.ts';
import { isObjectNotFound } from '../lib/errors.ts';
import type { DocumentStore } from '../lib/store.ts';

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
