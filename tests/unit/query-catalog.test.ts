import { describe, expect, it } from 'vitest';
import { Catalog } from '../../query/catalog.ts';
import type { QueryStore, StoredObjectInfo } from '../../query/ports.ts';
import { dalarnaPlan, jamtlandMemo } from '../api/documents.ts';

/** A store that counts reads and lets a test hold a listing open. */
function countingStore() {
  const objects = new Map<string, Uint8Array>();
  const stats = { lists: 0, gets: 0 };
  let gate: Promise<void> | null = null;
  const store: QueryStore = {
    async listKeys(prefix): Promise<StoredObjectInfo[]> {
      stats.lists++;
      if (gate) await gate;
      return [...objects.keys()]
        .filter((key) => key.startsWith(prefix))
        .map((key) => ({ key, etag: String(objects.get(key)!.length) }));
    },
    async getBytes(key) {
      stats.gets++;
      return objects.get(key) ?? null;
    },
    async putObject(key, bytes) {
      objects.set(key, bytes);
    },
  };
  const put = (doc: { documentId: string }) =>
    objects.set(`extracted/${doc.documentId}.json`, new TextEncoder().encode(JSON.stringify(doc)));
  return { store, stats, put, hold: (promise: Promise<void> | null) => (gate = promise) };
}

describe('the catalog index', () => {
  it('lists at most once per maxAge and reads only objects whose ETag changed', async () => {
    const { store, stats, put } = countingStore();
    put(dalarnaPlan);
    let now = 0;
    const catalog = new Catalog(store, { maxAgeMs: 1000, clock: () => now });
    // No document index port here (tests/unit/doc-index.test.ts covers it): each refresh lists extracted/.
    expect((await catalog.current()).documents).toHaveLength(1);
    await catalog.current();
    expect(stats).toEqual({ lists: 1, gets: 1 });
    put(jamtlandMemo);
    now = 1500;
    expect((await catalog.current()).documents).toHaveLength(2);
    expect(stats).toEqual({ lists: 2, gets: 2 });
    catalog.invalidate();
    await catalog.current();
    expect(stats).toEqual({ lists: 3, gets: 2 });
  });

  it('indexes effects by region and year for the comparison', async () => {
    const { store, put } = countingStore();
    put(dalarnaPlan);
    put(jamtlandMemo);
    const snapshot = await new Catalog(store).current();
    expect(snapshot.effectsByRegionYear.get('SE-W|2024')?.map((row) => row.effect.amountMsek)).toEqual([
      18.5, 8.9, 11.5, 40,
    ]);
    expect(snapshot.effectsByRegionYear.get('SE-Z|2024')).toHaveLength(4);
    expect(snapshot.effectsByRegionYear.get('SE-Z|2025')).toBeUndefined();
  });

  it('answers from the current index while a stale one refreshes in the background', async () => {
    const { store, put, hold } = countingStore();
    put(dalarnaPlan);
    let now = 0;
    const catalog = new Catalog(store, { maxAgeMs: 1000, clock: () => now, refreshInBackground: true });
    await catalog.current();
    put(jamtlandMemo);
    now = 5000;
    let release: () => void = () => undefined;
    hold(new Promise<void>((resolve) => (release = resolve)));
    // The listing is held open, yet the request is answered at once from the old index.
    expect((await catalog.current()).documents).toHaveLength(1);
    release();
    hold(null);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect((await catalog.current()).documents).toHaveLength(2);
    // After invalidate() the next request waits for a fresh listing.
    catalog.invalidate();
    now = 5500;
    const gate = new Promise<void>((resolve) => setTimeout(resolve, 20));
    hold(gate);
    const started = performance.now();
    await catalog.current();
    expect(performance.now() - started).toBeGreaterThanOrEqual(15);
  });
});
