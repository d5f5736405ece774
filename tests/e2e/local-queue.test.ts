/**
 * The local queue's SQS semantics on their own: messages survive a stop (at-least-once across restarts),
 * a handler that throws fails its whole batch, and batches respect the size limit.
 */
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { BatchResponse } from '../../functions/ingest/sqs-event.ts';
import { LocalQueue } from '../../infra/local/queue.ts';
import { tempDataDir } from './helpers.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function folders() {
  const dir = tempDataDir('queue');
  dirs.push(dir);
  return { queueDir: join(dir, 'queue'), deadLetterDir: join(dir, 'dead-letter') };
}

type Received = { messageId: string; body: string; attributes: { ApproximateReceiveCount: string } };
const bodiesOf = (event: unknown) => (event as { Records: Received[] }).Records.map((r) => r.body);

describe('local queue', () => {
  it('delivers again after a restart what was not acknowledged before the stop', async () => {
    const paths = folders();
    let release: () => void = () => {};
    const blocked = new Promise<void>((resolve) => {
      release = resolve;
    });
    const first = new LocalQueue({
      ...paths,
      handler: async (event): Promise<BatchResponse> => {
        await blocked;
        // The stop happened while this batch was in flight: it fails, as a crashed function would.
        return {
          batchItemFailures: (event as { Records: Received[] }).Records.map((r) => ({
            itemIdentifier: r.messageId,
          })),
        };
      },
    });
    first.send('{"n":1}');
    first.send('{"n":2}');
    await new Promise((resolve) => setTimeout(resolve, 20));
    const closing = first.close();
    release();
    await closing;
    expect(readdirSync(paths.queueDir)).toHaveLength(2);

    const seen: string[] = [];
    const second = new LocalQueue({
      ...paths,
      handler: async (event) => {
        seen.push(...bodiesOf(event));
        return { batchItemFailures: [] };
      },
    });
    expect(second.recover()).toBe(2);
    await second.idle();
    expect(seen.sort()).toEqual(['{"n":1}', '{"n":2}']);
    expect(readdirSync(paths.queueDir)).toEqual([]);
    await second.close();
  });

  it('fails the whole batch when the handler throws, and dead-letters after maxReceives', async () => {
    const paths = folders();
    const counts: string[] = [];
    const queue = new LocalQueue({
      ...paths,
      retryDelayMs: 5,
      maxReceives: 3,
      handler: async (event) => {
        counts.push(
          ...(event as { Records: Received[] }).Records.map((r) => r.attributes.ApproximateReceiveCount),
        );
        throw new Error('function crashed');
      },
    });
    queue.send('{"n":1}');
    await queue.idle();
    expect(counts).toEqual(['1', '2', '3']);
    expect(readdirSync(paths.deadLetterDir)).toHaveLength(1);
    expect(queue.stats()).toMatchObject({ delivered: 0, deadLettered: 1 });
    await queue.close();
  });

  it('never hands the handler more than batchSize messages', async () => {
    const paths = folders();
    const sizes: number[] = [];
    const queue = new LocalQueue({
      ...paths,
      batchSize: 3,
      batchWindowMs: 50,
      concurrency: 1,
      handler: async (event) => {
        sizes.push(bodiesOf(event).length);
        return { batchItemFailures: [] };
      },
    });
    for (let i = 0; i < 10; i++) queue.send(`{"n":${i}}`);
    await queue.idle();
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(10);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(3);
    await queue.close();
  });
});
