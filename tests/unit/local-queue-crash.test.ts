/**
 * The local queue after crashes and on a full disk (issue 11, item 4): damaged queue files do not stop
 * start-up, the receive count is on disk before the handler runs (so a message that kills the process is
 * dead-lettered after maxReceives), and ENOSPC pauses delivery with one clear message and resumes.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LocalQueue, QueueStorageError } from '../../infra/local/queue.ts';
import { fullableFs } from '../helpers/fullable-fs.ts';

let dir: string;
let queueDir: string;
let deadLetterDir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'namndkoll-queue-crash-'));
  queueDir = join(dir, 'queue');
  deadLetterDir = join(dir, 'dead-letter');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const ok = async () => ({ batchItemFailures: [] });

describe('LocalQueue after a crash', () => {
  it('quarantines empty and partial queue files and still starts with the good ones', async () => {
    const first = new LocalQueue({ handler: ok, queueDir, deadLetterDir });
    const id = first.send('{"Records":[]}');
    await first.close();
    // Not delivered (closed at once): still on disk. Add what a crash mid-write used to leave.
    writeFileSync(join(queueDir, 'empty.json'), '');
    writeFileSync(join(queueDir, 'partial.json'), '{"messageId":"abc","bo');
    writeFileSync(join(queueDir, 'leftover.json.tmp-123'), '{');
    const quarantined: string[] = [];
    const seen: string[] = [];
    const queue = new LocalQueue({
      handler: async (event) => {
        for (const record of (event as { Records: { messageId: string }[] }).Records)
          seen.push(record.messageId);
        return { batchItemFailures: [] };
      },
      queueDir,
      deadLetterDir,
      onQuarantine: (file) => quarantined.push(file),
    });
    expect(queue.recover()).toBe(readdirSync(queueDir).includes(`${id}.json`) ? 1 : 0);
    await queue.idle();
    expect(quarantined.sort()).toEqual(['empty.json', 'partial.json']);
    expect(readdirSync(join(dir, 'quarantine', 'queue'))).toHaveLength(2);
    expect(readdirSync(queueDir)).toEqual([]);
    await queue.close();
  });

  it('saves the receive count before the handler runs, and dead-letters a message that keeps killing the process', async () => {
    const first = new LocalQueue({ handler: ok, queueDir, deadLetterDir, maxReceives: 3 });
    const id = first.send('{"Records":[]}');
    await first.close();
    const file = join(queueDir, `${id}.json`);

    for (let run = 1; run <= 3; run++) {
      // The handler "kills the process": it never answers; what is on disk is what a restart sees.
      let onDiskDuringHandling = -1;
      const queue = new LocalQueue({
        handler: () => {
          onDiskDuringHandling = JSON.parse(readFileSync(file, 'utf8')).receiveCount;
          return new Promise(() => undefined);
        },
        queueDir,
        deadLetterDir,
        maxReceives: 3,
      });
      queue.recover();
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(onDiskDuringHandling).toBe(run);
      // (the process dies here: the queue object is simply dropped)
    }
    const deadLettered: string[] = [];
    let handled = 0;
    const last = new LocalQueue({
      handler: async () => {
        handled += 1;
        return { batchItemFailures: [] };
      },
      queueDir,
      deadLetterDir,
      maxReceives: 3,
      onDeadLetter: (body) => {
        deadLettered.push(body);
      },
    });
    last.recover();
    await last.idle();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(handled).toBe(0);
    expect(readdirSync(deadLetterDir)).toEqual([`${id}.json`]);
    expect(deadLettered).toEqual(['{"Records":[]}']);
    expect(readdirSync(queueDir)).toEqual([]);
  });
});

describe('LocalQueue on a full disk', () => {
  it('refuses new messages with a typed DISK_FULL error', () => {
    const fs = fullableFs();
    const queue = new LocalQueue({ handler: ok, queueDir, deadLetterDir, fs });
    fs.full = true;
    let error: unknown;
    try {
      queue.send('{}');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(QueueStorageError);
    expect((error as QueueStorageError).code).toBe('DISK_FULL');
    expect((error as Error).message).toBe('cannot queue the upload: the disk is full');
    expect(readdirSync(queueDir)).toEqual([]);
  });

  it('pauses delivery with one message while writes fail, loses and counts nothing, resumes when space returns', async () => {
    const fs = fullableFs();
    let free = 1024 * 1024 * 1024;
    const handled: number[] = [];
    const notices: string[] = [];
    let resumed = 0;
    const queue = new LocalQueue({
      handler: async (event) => {
        const records = (event as { Records: { attributes: { ApproximateReceiveCount: string } }[] }).Records;
        handled.push(...records.map((record) => Number(record.attributes.ApproximateReceiveCount)));
        return { batchItemFailures: [] };
      },
      queueDir,
      deadLetterDir,
      fs,
      diskRetryMs: 20,
      freeBytes: () => free,
      onDiskFull: (message) => notices.push(message),
      onDiskRecovered: () => {
        resumed += 1;
      },
    });
    // Queued while there was space; the disk fills before delivery (the receive count cannot be saved).
    const ids = [queue.send('{"a":1}'), queue.send('{"a":2}')];
    fs.full = true;
    free = 0;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(handled).toEqual([]);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(
      /^the disk is full \(.+\): processing paused, uploads are kept; it resumes when space is freed$/,
    );
    expect(readdirSync(queueDir).sort()).toEqual(ids.map((id) => `${id}.json`).sort());
    // Space returns.
    fs.full = false;
    free = 1024 * 1024 * 1024;
    await queue.idle();
    expect(handled).toEqual([1, 1]);
    expect(resumed).toBe(1);
    expect(readdirSync(queueDir)).toEqual([]);
    await queue.close();
  });

  it('does not count a failure caused by a full disk towards the dead-letter limit', async () => {
    let free = 0;
    let attempts = 0;
    const queue = new LocalQueue({
      handler: async (event) => {
        attempts += 1;
        const ids = (event as { Records: { messageId: string }[] }).Records.map((record) => record.messageId);
        // The store's writes fail while the disk is full.
        if (free === 0) {
          if (attempts >= 3) free = 1024 * 1024 * 1024;
          return { batchItemFailures: ids.map((itemIdentifier) => ({ itemIdentifier })) };
        }
        return { batchItemFailures: [] };
      },
      queueDir,
      deadLetterDir,
      maxReceives: 2,
      diskRetryMs: 10,
      retryDelayMs: 1,
      freeBytes: () => free,
    });
    queue.send('{}');
    await queue.idle();
    expect(attempts).toBe(4);
    expect(readdirSync(deadLetterDir)).toEqual([]);
    expect(queue.stats().delivered).toBe(1);
    await queue.close();
  });
});
