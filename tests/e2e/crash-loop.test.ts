/**
 * Issue 11, case 4 and "dead-lettered uploads get a failed/ record": on the local stack, a message that
 * was handed out as often as allowed without an answer (each time the process died) is dead-lettered at
 * the next start without being run again, and the upload gets a failure record that the status route
 * reports — it does not stay `pending` forever.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { afterEach, expect, it } from 'vitest';
import { type LocalStack, startLocalStack } from '../../infra/local/start.ts';
import { fixture, tempDataDir } from './helpers.ts';

const dirs: string[] = [];
const stacks: LocalStack[] = [];
afterEach(async () => {
  for (const stack of stacks.splice(0)) await stack.stop();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const base = { port: 0, apiPort: 0, logLevel: 'SILENT', ocr: 'none', seed: false } as const;

it('dead-letters at the next start a message that never got an answer, with a failed/ record the status reports', async () => {
  const dir = tempDataDir('crash-loop');
  dirs.push(dir);
  const bytes = Buffer.concat([
    Buffer.from(fixture('seed-004-handlingsplan-ruled.pdf')),
    Buffer.from('\n%loop\n'),
  ]);
  const documentId = `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
  let runs = 0;

  // Run 1: the message is received once and its handling never finishes before the run ends (the retry
  // is far off, as after a death: the receive was counted before the handler ran).
  const first = await startLocalStack({
    ...base,
    dataDir: dir,
    retryDelayMs: 10 * 60 * 1000,
    extract: async () => {
      runs += 1;
      throw new Error('the process died here');
    },
  });
  await first.s3.send(new PutObjectCommand({ Bucket: first.bucket, Key: 'uploads/loop.pdf', Body: bytes }));
  const deadline = Date.now() + 30_000;
  while (first.stats().delayed === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  await first.stop();
  expect(runs).toBe(1);
  const queued = readdirSync(join(dir, 'queue'));
  expect(queued).toHaveLength(1);
  expect(JSON.parse(readFileSync(join(dir, 'queue', queued[0]!), 'utf8')).receiveCount).toBe(1);

  // Run 2 allows one receive: the message has had it, so it is dead-lettered without running.
  const second = await startLocalStack({
    ...base,
    dataDir: dir,
    maxReceives: 1,
    extract: async () => {
      runs += 1;
      throw new Error('must not run again');
    },
  });
  stacks.push(second);
  await second.idle();
  expect(runs).toBe(1);
  expect(readdirSync(join(dir, 'queue'))).toEqual([]);
  expect(readdirSync(second.deadLetterDir)).toHaveLength(1);
  expect(await second.store.exists(`failed/${documentId}.json`)).toBe(true);
  const status = await fetch(
    `${second.apiUrl}/api/uploads/${encodeURIComponent(documentId)}?key=${encodeURIComponent('uploads/loop.pdf')}`,
  );
  expect(status.status).toBe(200);
  const body = (await status.json()) as { state: string; code?: string };
  expect(body.state).toBe('failed');
  expect(body.code).toBe('INGEST_FAILED');
});
