/**
 * The local stand-in for the SQS queue between the bucket and the ingest function, with SQS's semantics
 * where they matter: at-least-once delivery (messages are kept on disk until acknowledged, and survive a
 * restart), batches, partial batch failures (only the failed messages come back), retries with backoff,
 * and a dead-letter folder after `maxReceives` receives (the DLQ's maxReceiveCount).
 */
import { createHash, randomUUID } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { BatchResponse } from '../../functions/ingest/sqs-event.ts';

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

  constructor(private readonly options: LocalQueueOptions) {
    this.maxReceives = options.maxReceives ?? 3;
    this.batchSize = options.batchSize ?? 5;
    this.concurrency = options.concurrency ?? 2;
    this.retryDelayMs = options.retryDelayMs ?? 500;
    this.batchWindowMs = options.batchWindowMs ?? 0;
    mkdirSync(options.queueDir, { recursive: true });
    mkdirSync(options.deadLetterDir, { recursive: true });
  }

  /** Messages left unacknowledged by an earlier run: delivered again (at-least-once). */
  recover(): number {
    let count = 0;
    for (const name of readdirSync(this.options.queueDir)
      .filter((file) => file.endsWith('.json'))
      .sort()) {
      const parsed = StoredMessageSchema.safeParse(
        JSON.parse(readFileSync(join(this.options.queueDir, name), 'utf8')),
      );
      if (!parsed.success) continue;
      this.ready.push(parsed.data);
      count += 1;
    }
    this.pump();
    return count;
  }

  send(body: string): string {
    if (this.closed) throw new Error('the local queue is closed');
    const message: StoredMessage = {
      messageId: randomUUID(),
      body,
      receiveCount: 0,
      sentTimestamp: Date.now(),
      firstReceiveTimestamp: null,
    };
    this.persist(message);
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
    if (this.batchTimer) clearTimeout(this.batchTimer);
    this.batchTimer = undefined;
    for (const timer of this.delayed.values()) clearTimeout(timer);
    this.delayed.clear();
    this.ready.length = 0;
    if (this.inFlight > 0) await new Promise<void>((resolve) => this.idleWaiters.push(resolve));
  }

  private isIdle(): boolean {
    return this.ready.length === 0 && this.inFlight === 0 && this.delayed.size === 0 && !this.batchTimer;
  }

  private notifyIfIdle(): void {
    if (!this.isIdle()) return;
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const resolve of waiters) resolve();
  }

  private pump(): void {
    while (!this.closed && this.inFlight < this.concurrency && this.ready.length > 0) {
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
    const now = Date.now();
    for (const message of batch) {
      message.receiveCount += 1;
      message.firstReceiveTimestamp ??= now;
    }
    let failedIds: Set<string>;
    try {
      const response = await this.options.handler({ Records: batch.map(toSqsRecord) });
      failedIds = new Set(response.batchItemFailures.map((failure) => failure.itemIdentifier));
    } catch (error) {
      // A handler that throws fails the whole batch, as Lambda's SQS poller treats it.
      this.options.onError?.(error);
      failedIds = new Set(batch.map((message) => message.messageId));
    }
    for (const message of batch) {
      if (!failedIds.has(message.messageId)) {
        this.delivered += 1;
        this.forget(message);
      } else if (message.receiveCount >= this.maxReceives) {
        this.deadLetter(message);
      } else {
        this.retryLater(message);
      }
    }
  }

  private retryLater(message: StoredMessage): void {
    this.persist(message);
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

  private deadLetter(message: StoredMessage): void {
    const record = { ...message, deadLetteredAt: new Date().toISOString(), maxReceives: this.maxReceives };
    writeFileSync(
      join(this.options.deadLetterDir, `${message.messageId}.json`),
      `${JSON.stringify(record, null, 2)}\n`,
    );
    this.deadLettered += 1;
    this.forget(message);
  }

  private persist(message: StoredMessage): void {
    writeFileSync(join(this.options.queueDir, `${message.messageId}.json`), JSON.stringify(message));
  }

  private forget(message: StoredMessage): void {
    rmSync(join(this.options.queueDir, `${message.messageId}.json`), { force: true });
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
