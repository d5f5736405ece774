/**
 * Issue 11, case 4: a restart on a full disk. The stack starts (no unhandled ENOSPC), refuses writes with
 * a clear 503, keeps what the last run left in its queue without counting a receive, and resumes by
 * itself when space returns: the left-over upload is extracted and new uploads are taken again.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { afterEach, describe, expect, it } from 'vitest';
import { type LocalStack, startLocalStack } from '../../infra/local/start.ts';
import { fakeExtractAt } from '../helpers/fake-extract.ts';
import { fullableFs } from '../helpers/fullable-fs.ts';
import { fixture, tempDataDir } from './helpers.ts';

const dirs: string[] = [];
const stacks: LocalStack[] = [];
afterEach(async () => {
  for (const stack of stacks.splice(0)) await stack.stop();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function until(condition: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const base = { port: 0, apiPort: 0, logLevel: 'SILENT', ocr: 'none' } as const;
const GIB = 1024 * 1024 * 1024;

describe('a restart on a full disk', () => {
  it('starts, refuses writes with 503, keeps the queue uncounted, and resumes when space returns', async () => {
    const dir = tempDataDir('full-disk');
    dirs.push(dir);
    const left = Buffer.concat([
      Buffer.from(fixture('seed-004-handlingsplan-ruled.pdf')),
      Buffer.from('\n%left\n'),
    ]);
    const leftId = `sha256:${createHash('sha256').update(left).digest('hex')}`;

    // Run 1: the upload is acknowledged, its extraction fails retryably and the retry is far off, so
    // the message is still on disk (received once) when the run ends.
    const first = await startLocalStack({
      ...base,
      dataDir: dir,
      seed: false,
      retryDelayMs: 10 * 60 * 1000,
      extract: async () => {
        throw new Error('the worker was lost');
      },
    });
    await first.s3.send(new PutObjectCommand({ Bucket: first.bucket, Key: 'uploads/left.pdf', Body: left }));
    await until(() => first.stats().delayed === 1, 'the first receive');
    await first.stop();
    const queueDir = join(dir, 'queue');
    const stored = () =>
      readdirSync(queueDir).map(
        (name) => JSON.parse(readFileSync(join(queueDir, name), 'utf8')) as { receiveCount: number },
      );
    expect(stored().map((message) => message.receiveCount)).toEqual([1]);

    // Run 2 starts on a full disk.
    let free = 0;
    const fs = fullableFs();
    fs.full = true;
    const second = await startLocalStack({
      ...base,
      dataDir: dir,
      seed: true,
      extract: fakeExtractAt(() => new Date('2026-01-01T00:00:00Z')),
      freeBytes: () => free,
      queueFs: fs,
    });
    stacks.push(second);
    expect((await fetch(`${second.apiUrl}/health`)).status).toBe(200);
    const fresh = Buffer.concat([
      Buffer.from(fixture('seed-004-handlingsplan-ruled.pdf')),
      Buffer.from('\n%new\n'),
    ]);
    await expect(
      second.s3.send(new PutObjectCommand({ Bucket: second.bucket, Key: 'uploads/new.pdf', Body: fresh })),
    ).rejects.toMatchObject({ $metadata: { httpStatusCode: 503 } });
    const viaApi = await fetch(`${second.apiUrl}/api/uploads?name=ny.pdf`, {
      method: 'POST',
      headers: { 'x-namndkoll-token': second.apiToken, 'content-type': 'application/pdf' },
      body: fresh,
    });
    expect(viaApi.status).toBe(503);
    expect(((await viaApi.json()) as { code?: string; error?: { code?: string } }).error?.code ?? '').toMatch(
      /UNAVAILABLE/,
    );
    // Nothing delivered, nothing counted, nothing lost while the disk is full.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(second.stats().delivered).toBe(0);
    expect(stored().map((message) => message.receiveCount)).toEqual([1]);
    expect(await second.store.exists(`extracted/${leftId}.json`)).toBe(false);
    expect(await second.store.exists('uploads/new.pdf')).toBe(false);

    // Space returns: the left-over upload is extracted without a restart, and uploads are taken again.
    free = GIB;
    fs.full = false;
    await second.idle();
    expect(await second.store.exists(`extracted/${leftId}.json`)).toBe(true);
    expect(readdirSync(queueDir)).toEqual([]);
    await second.s3.send(
      new PutObjectCommand({ Bucket: second.bucket, Key: 'uploads/new.pdf', Body: fresh }),
    );
    await second.idle();
    const freshId = `sha256:${createHash('sha256').update(fresh).digest('hex')}`;
    expect(await second.store.exists(`extracted/${freshId}.json`)).toBe(true);
    expect(readdirSync(join(dir, 'dead-letter'))).toEqual([]);
  });

  it('a first start on a full disk comes up without its fixture uploads instead of failing', async () => {
    const dir = tempDataDir('full-disk-first');
    dirs.push(dir);
    const stack = await startLocalStack({
      ...base,
      dataDir: dir,
      seed: true,
      extract: fakeExtractAt(() => new Date('2026-01-01T00:00:00Z')),
      freeBytes: () => 0,
    });
    stacks.push(stack);
    expect((await fetch(`${stack.apiUrl}/health`)).status).toBe(200);
    expect(await stack.store.list('uploads/')).toEqual([]);
  });
});
