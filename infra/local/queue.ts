/**
 * The local stand-in for the SQS queue between the bucket and the ingest function, with SQS's semantics
 * where they matter: at-least-once delivery (messages are kept on disk until acknowledged, and survive a
 * restart), batches, partial batch failures (only the failed messages come back), retries with backoff,
 * and a dead-letter folder after `maxReceives` receives (the DLQ's maxReceiveCount).
 *
 * Crash safety: every file is written atomically (temporary file, then rename); the receive count is saved
 * BEFORE a message is handed to the handler, so a message that kills the process is counted and, after
 * `maxReceives` such deaths, dead-lettered at the next start instead of killing it forever; files a crash
 * left unreadable are moved to the quarantine folder with a log line instead of stopping start-up. On a full
 * disk (ENOSPC) delivery pauses with one clear line, nothing is counted or lost, and resumes when space
 * returns.
 */
import { createHash, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { z } from 'zod';
import type { BatchResponse } from '../../functions/ingest/sqs-event.ts';
import { isDiskFull, realFs, type SyncFs, writeFileAtomicSync } from './disk.ts';

export type BatchHandler = (event: unknown) => Promise<BatchResponse>;

export interface LocalQueueOptions {
  handler: BatchHandler;
  /** Pending messages live here (one JSON file each) until acknowledged. */
  queueDir: string;
  /** Messages received this many times without success go to this folder, as SQS moves them to the DLQ. */
  deadLetterDir: string;
  maxReceives?: number;
  batchSize?: number;
  /**
   * How long a partial batch waits for more messages before delivery (SQS's MaximumBatchingWindow).
   * 0 delivers at once.
   */
  batchWindowMs?: number;
  /** Batches in flight at once; extraction is CPU-bound, so about the number of cores. */
  concurrency?: number;
  /** Delay before the n-th retry: retryDelayMs × 2^(n-1) (the visibility timeout, shortened). */
  retryDelayMs?: number;
  onError?: (error: unknown) => void;
  /** Unreadable queue files are moved here (default: <queueDir>/../quarantine/queue). */
  quarantineDir?: string;
  /** Told once when delivery pauses for a full disk, and once when it resumes. */
  onDiskFull?: (message: string) => void;
  onDiskRecovered?: () => void;
  /** Told about each file moved to quarantine. */
  onQuarantine?: (file: string, reason: string) => void;
  /** Told after a message moved to the dead-letter folder (the local stack records a failure for it). */
  onDeadLetter?: (body: string, receiveCount: number) => Promise<void> | void;
  /** How long delivery waits before trying the disk again. */
  diskRetryMs?: number;
  /**
   * Free bytes on the disk; a batch that fails while this is under `minFreeBytes` is not counted as a
   * receive (the failure was the disk's, not the message's).
   */
  freeBytes?: () => number;
  minFreeBytes?: number;
  /** File operations (tests inject ENOSPC here). */
  fs?: SyncFs;
}

/** A queue file could not be written: the disk is full (code DISK_FULL) or another I/O error. */
export class QueueStorageError extends Error {
  override name = 'QueueStorageError';
  constructor(
    readonly code: 'DISK_FULL' | 'IO_ERROR',
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

const StoredMessageSchema = z.object({
  messageId: z.string(),
  body: z.string(),
  receiveCount: z.number().int().min(0),
  sentTimestamp: z.number(),
  firstReceiveTimestamp: z.number().nullable(),
});
type StoredMessage = z.infer<typeof StoredMessageSchema>;

export interface QueueStats {
  pending: number;
  inFlight: number;
  delayed: number;
  delivered: number;
  deadLettered: number;
}

export class LocalQueue {
  private readonly ready: StoredMessage[] = [];
  private readonly delayed = new Map<string, NodeJS.Timeout>();
  private inFlight = 0;
  private inFlightMessages = 0;
  private closed = false;
  private delivered = 0;
  private deadLettered = 0;
  private idleWaiters: (() => void)[] = [];
  private readonly maxReceives: number;
  private readonly batchSize: number;
  private readonly concurrency: number;
  private readonly retryDelayMs: number;
  private readonly batchWindowMs: number;
  private batchTimer: NodeJS.Timeout | undefined;
  private readonly fs: SyncFs;
  private diskTimer: NodeJS.Timeout | undefined;
  private diskFull = false;
  private readonly quarantineDir: string;

  constructor(private readonly options: LocalQueueOptions) {
    this.maxReceives = options.maxReceives ?? 3;
    this.batchSize = options.batchSize ?? 5;
    this.concurrency = options.concurrency ?? 2;
    this.retryDelayMs = options.retryDelayMs ?? 500;
    this.batchWindowMs = options.batchWindowMs ?? 0;
    this.fs = options.fs ?? realFs;
    this.quarantineDir = options.quarantineDir ?? join(options.queueDir, '..', 'quarantine', 'queue');
    this.fs.mkdirSync(options.queueDir, { recursive: true });
    this.fs.mkdirSync(options.deadLetterDir, { recursive: true });
  }

  /**
   * Messages left unacknowledged by an earlier run: delivered again (at-least-once). Leftover temporary
   * files are removed; files that do not parse (a crash before atomic writes, a damaged disk) are moved
   * to quarantine and reported, never a reason to stop.
   */
  recover(): number {
    let count = 0;
    for (const name of this.fs.readdirSync(this.options.queueDir).sort()) {
      const path = join(this.options.queueDir, name);
      if (name.includes('.tmp-')) {
        this.fs.rmSync(path, { force: true });
        continue;
      }
      if (!name.endsWith('.json')) continue;
      let parsed: ReturnType<typeof StoredMessageSchema.safeParse> | null = null;
      let reason = '';
      try {
        parsed = StoredMessageSchema.safeParse(JSON.parse(this.fs.readFileSync(path, 'utf8')));
        if (!parsed.success) reason = 'not a queue message';
      } catch (error) {
        reason = error instanceof Error ? error.message : String(error);
      }
      if (!parsed?.success) {
        this.quarantine(name, reason || 'unreadable');
        continue;
      }
      this.ready.push(parsed.data);
      count += 1;
    }
    this.pump();
    return count;
  }

  /** Persists the message, then queues it. Throws QueueStorageError when it cannot be saved. */
  send(body: string): string {
    if (this.closed) throw new Error('the local queue is closed');
    const message: StoredMessage = {
      messageId: randomUUID(),
      body,
      receiveCount: 0,
      sentTimestamp: Date.now(),
      firstReceiveTimestamp: null,
    };
    try {
      this.persist(message);
    } catch (error) {
      throw this.storageError(error, 'cannot queue the upload');
    }
    this.ready.push(message);
    if (this.batchWindowMs === 0 || this.ready.length >= this.batchSize) queueMicrotask(() => this.pump());
    else
      this.batchTimer ??= setTimeout(() => {
        this.batchTimer = undefined;
        this.pump();
      }, this.batchWindowMs);
    return message.messageId;
  }

  stats(): QueueStats {
    return {
      pending: this.ready.length,
      inFlight: this.inFlightMessages,
      delayed: this.delayed.size,
      delivered: this.delivered,
      deadLettered: this.deadLettered,
    };
  }

  /** Resolves once nothing is ready, in flight or waiting for a retry. */
  idle(): Promise<void> {
    if (this.isIdle()) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /**
   * Stop delivering: batches in flight finish, pending and delayed messages stay on disk for the next start.
   */
  async close(): Promise<void> {
    this.closed = true;
    if (this.diskTimer) clearTimeout(this.diskTimer);
    this.diskTimer = undefined;
    if (this.batchTimer) clearTimeout(this.batchTimer);
    this.batchTimer = undefined;
    for (const timer of this.delayed.values()) clearTimeout(timer);
    this.delayed.clear();
    this.ready.length = 0;
    if (this.inFlight > 0) await new Promise<void>((resolve) => this.idleWaiters.push(resolve));
  }

  private isIdle(): boolean {
    return (
      this.ready.length === 0 &&
      this.inFlight === 0 &&
      this.delayed.size === 0 &&
      !this.batchTimer &&
      !this.diskTimer
    );
  }

  private notifyIfIdle(): void {
    if (!this.isIdle()) return;
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const resolve of waiters) resolve();
  }

  private pump(): void {
    while (!this.closed && !this.diskTimer && this.inFlight < this.concurrency && this.ready.length > 0) {
      const batch = this.ready.splice(0, this.batchSize);
      this.inFlight += 1;
      this.inFlightMessages += batch.length;
      void this.deliver(batch).finally(() => {
        this.inFlight -= 1;
        this.inFlightMessages -= batch.length;
        this.pump();
        this.notifyIfIdle();
      });
    }
    this.notifyIfIdle();
  }

  private async deliver(batch: StoredMessage[]): Promise<void> {
    // Handed out maxReceives times without an answer (each time the process died): dead-letter, do not run.
    const exhausted = batch.filter((message) => message.receiveCount >= this.maxReceives);
    for (const message of exhausted) await this.deadLetter(message);
    const runnable = batch.filter((message) => message.receiveCount < this.maxReceives);
    if (runnable.length === 0) return;
    const now = Date.now();
    // The receive count is on disk before the handler runs: a message that kills the process still counts.
    const counted: StoredMessage[] = [];
    try {
      for (const message of runnable) {
        message.receiveCount += 1;
        counted.push(message);
        message.firstReceiveTimestamp ??= now;
        this.persist(message);
      }
    } catch (error) {
      for (const message of counted) message.receiveCount -= 1;
      this.pauseForDisk(runnable, error);
      return;
    }
    let failedIds: Set<string>;
    try {
      const response = await this.options.handler({ Records: runnable.map(toSqsRecord) });
      failedIds = new Set(response.batchItemFailures.map((failure) => failure.itemIdentifier));
    } catch (error) {
      // A handler that throws fails the whole batch, as Lambda's SQS poller treats it.
      this.options.onError?.(error);
      failedIds = new Set(runnable.map((message) => message.messageId));
    }
    const failed = runnable.filter((message) => failedIds.has(message.messageId));
    if (failed.length > 0 && this.lowOnDisk()) {
      // The writes failed for want of space: not the message's fault, so not counted; retried on resumption.
      for (const message of failed) message.receiveCount -= 1;
      this.pauseForDisk(failed, new QueueStorageError('DISK_FULL', 'the disk is full'));
    }
    for (const message of runnable) {
      if (!failedIds.has(message.messageId)) {
        this.delivered += 1;
        this.forget(message);
      } else if (this.ready.includes(message)) {
        // Put back by pauseForDisk.
      } else if (message.receiveCount >= this.maxReceives) {
        await this.deadLetter(message);
      } else {
        this.retryLater(message);
      }
    }
  }

  private lowOnDisk(): boolean {
    if (!this.options.freeBytes) return false;
    try {
      return this.options.freeBytes() < (this.options.minFreeBytes ?? 32 * 1024 * 1024);
    } catch {
      return false;
    }
  }

  /** Stop delivering until the disk takes writes again; the messages go back to the front, uncounted. */
  private pauseForDisk(messages: StoredMessage[], error: unknown): void {
    this.ready.unshift(...messages);
    if (!this.diskFull) {
      this.diskFull = true;
      const problem =
        isDiskFull(error) || (error as QueueStorageError).code === 'DISK_FULL'
          ? 'the disk is full'
          : String(error);
      this.options.onDiskFull?.(
        `${problem} (${this.options.queueDir}): processing paused, uploads are kept; it resumes when space is freed`,
      );
    }
    if (this.closed || this.diskTimer) return;
    this.diskTimer = setTimeout(() => {
      this.diskTimer = undefined;
      if (!this.lowOnDisk() && this.diskFull) {
        this.diskFull = false;
        this.options.onDiskRecovered?.();
      }
      this.pump();
    }, this.options.diskRetryMs ?? 2000);
  }

  private retryLater(message: StoredMessage): void {
    // The receive count was saved before delivery; nothing to write here.
    if (this.closed) return;
    const delay = this.retryDelayMs * 2 ** (message.receiveCount - 1);
    const timer = setTimeout(() => {
      this.delayed.delete(message.messageId);
      if (this.closed) return;
      this.ready.push(message);
      this.pump();
    }, delay);
    this.delayed.set(message.messageId, timer);
  }

  /**
   * The failure record first (onDeadLetter), then the dead-letter file, then the queue file goes: a crash
   * at any point leaves the message in queue/ (dead-lettered again at the next start) or fully done.
   */
  private async deadLetter(message: StoredMessage): Promise<void> {
    if (this.options.onDeadLetter) {
      try {
        await this.options.onDeadLetter(message.body, message.receiveCount);
      } catch (error) {
        // The record could not be written (store down): try again later, the message stays queued.
        this.options.onError?.(error);
        this.retryLater(message);
        return;
      }
    }
    const record = { ...message, deadLetteredAt: new Date().toISOString(), maxReceives: this.maxReceives };
    try {
      writeFileAtomicSync(
        this.fs,
        join(this.options.deadLetterDir, `${message.messageId}.json`),
        `${JSON.stringify(record, null, 2)}\n`,
      );
    } catch (error) {
      // Still in queue/ with its count: dead-lettered when the disk takes writes again.
      this.pauseForDisk([message], error);
      return;
    }
    this.deadLettered += 1;
    this.forget(message);
  }

  private persist(message: StoredMessage): void {
    writeFileAtomicSync(
      this.fs,
      join(this.options.queueDir, `${message.messageId}.json`),
      JSON.stringify(message),
    );
  }

  private forget(message: StoredMessage): void {
    try {
      this.fs.rmSync(join(this.options.queueDir, `${message.messageId}.json`), { force: true });
    } catch (error) {
      this.options.onError?.(error);
    }
  }

  private quarantine(name: string, reason: string): void {
    try {
      this.fs.mkdirSync(this.quarantineDir, { recursive: true });
      this.fs.renameSync(
        join(this.options.queueDir, name),
        join(this.quarantineDir, `${name}.${Date.now()}`),
      );
    } catch {
      // Cannot move it: leave it, it is skipped at every start and reported each time.
    }
    this.options.onQuarantine?.(name, reason);
  }

  private storageError(error: unknown, what: string): QueueStorageError {
    if (isDiskFull(error))
      return new QueueStorageError('DISK_FULL', `${what}: the disk is full`, { cause: error });
    return new QueueStorageError('IO_ERROR', `${what}: ${String(error)}`, { cause: error });
  }
}

/** The SQS record Lambda would hand the function (the shape Powertools' SqsSchema validates). */
function toSqsRecord(message: StoredMessage) {
  return {
    messageId: message.messageId,
    receiptHandle: `${message.messageId}#${message.receiveCount}`,
    body: message.body,
    attributes: {
      ApproximateReceiveCount: String(message.receiveCount),
      SentTimestamp: String(message.sentTimestamp),
      SenderId: 'namndkoll-local',
      ApproximateFirstReceiveTimestamp: String(message.firstReceiveTimestamp ?? message.sentTimestamp),
    },
    messageAttributes: {},
    md5OfBody: createHash('md5').update(message.body).digest('hex'),
    eventSource: 'aws:sqs' as const,
    eventSourceARN: 'arn:aws:sqs:local:000000000000:namndkoll-ingest',
    awsRegion: 'local',
  };
}
