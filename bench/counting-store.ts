/**
 * A local folder as the API's QueryStore, counting what a request reads: on S3 each read is a request
 * (tens of ms of latency) and the bytes cross the network, which a local directory does not show in the
 * timings. `hide` leaves listed keys out (to measure the path without some objects).
 */
import { DirectoryStore } from '../functions/api/stores.ts';
import type { QueryStore } from '../query/ports.ts';

export interface ReadCounts {
  gets: number;
  bytes: number;
  lists: number;
}

export function countingStore(
  dir: string,
  hide?: (key: string) => boolean,
): { store: QueryStore; reads: ReadCounts } {
  const reads: ReadCounts = { gets: 0, bytes: 0, lists: 0 };
  const directory = new DirectoryStore(dir);
  const store: QueryStore = {
    listKeys: async (prefix) => {
      reads.lists++;
      const listed = await directory.listKeys(prefix);
      return hide ? listed.filter((object) => !hide(object.key)) : listed;
    },
    getBytes: async (key) => {
      reads.gets++;
      const bytes = await directory.getBytes(key);
      reads.bytes += bytes?.length ?? 0;
      return bytes;
    },
    putObject: (key, bytes) => directory.putObject(key, bytes),
  };
  return { store, reads };
}
