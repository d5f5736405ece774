/**
 * The embedded object store's writes (infra/local/disk.ts): an object's bytes go to a temporary file that
 * is renamed into place only when complete, and `settled()` waits for every write begun so far, so a
 * caller that saw an upload refused can tell that nothing of it is left on disk.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeStoreAtomic } from '../../infra/local/disk.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'namndkoll-store-writes-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

interface PutObject {
  bucket: string;
  key: string;
  content: Buffer | NodeJS.ReadableStream;
  metadata: Record<string, string>;
}

function fakeStore() {
  const store = {
    getResourcePath: (_bucket: string, key: string | undefined, resource: string) =>
      join(dir, `${key}._S3rver_${resource}`),
    putObject: async (_object: PutObject) => ({ size: 0, md5: '' }),
    putMetadata: async (
      _bucket: string,
      _key: string,
      _metadata: Record<string, string>,
      _md5?: string,
    ) => {},
  };
  return store;
}

const files = () => readdirSync(dir).sort();

describe('makeStoreAtomic', () => {
  it('stores a complete body under its key, with its md5 and metadata', async () => {
    const store = fakeStore();
    const writes = makeStoreAtomic(store);
    const body = new PassThrough();
    const put = store.putObject({ bucket: 'b', key: 'plan.pdf', content: body, metadata: {} });
    body.end(Buffer.from('%PDF-1.7 plan'));
    await writes.settled();
    expect(await put).toEqual({ size: 13, md5: expect.stringMatching(/^[0-9a-f]{32}$/) });
    expect(files()).toEqual([
      'plan.pdf._S3rver_metadata.json',
      'plan.pdf._S3rver_object',
      'plan.pdf._S3rver_object.md5',
    ]);
    expect(readFileSync(join(dir, 'plan.pdf._S3rver_object'), 'utf8')).toBe('%PDF-1.7 plan');
  });

  it('settles a write whose body fails half-way only after its temporary file is gone', async () => {
    const store = fakeStore();
    const writes = makeStoreAtomic(store);
    const body = new PassThrough();
    const put = store.putObject({ bucket: 'b', key: 'refused.pdf', content: body, metadata: {} });
    put.catch(() => undefined);
    body.write(Buffer.from('%PDF-1.7 half of a body'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(files().some((name) => name.includes('.tmp-'))).toBe(true);
    let settled = false;
    const waiting = writes.settled().then(() => {
      settled = true;
    });
    await new Promise((resolve) => setImmediate(resolve));
    expect(settled).toBe(false);
    body.destroy(new Error('the body did not match its declared hash'));
    await waiting;
    await expect(put).rejects.toThrow('declared hash');
    expect(files()).toEqual([]);
  });

  it('settles at once when nothing is being written', async () => {
    const writes = makeStoreAtomic(fakeStore());
    await writes.settled();
    expect(files()).toEqual([]);
  });
});
