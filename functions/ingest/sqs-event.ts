/**
 * S3 ObjectCreated notifications delivered through SQS: validation with Powertools' zod schemas, key
 * decoding, and the SQS partial batch response (only the failed messages are retried).
 */
import { S3Schema } from '@aws-lambda-powertools/parser/schemas/s3';
import { SqsSchema } from '@aws-lambda-powertools/parser/schemas/sqs';
import { z } from 'zod';
import { EventError } from '../lib/errors.ts';
import type { Logger } from '../lib/logger.ts';
import type { UploadRef } from './service.ts';

/**
 * Powertools' S3 record accepts only IPv4 (or s3.amazonaws.com) as the source address, but uploads over
 * dual-stack endpoints arrive with IPv6 addresses (and s3rver reports `::ffff:127.0.0.1`): any string.
 */
const S3RecordSchema = S3Schema.shape.Records.element.extend({
  requestParameters: z.object({ sourceIPAddress: z.string() }),
});
const S3NotificationSchema = z.object({ Records: z.array(S3RecordSchema).min(1) });

/** What S3 sends once when a notification is configured; not an upload. */
const S3TestEventSchema = z.object({ Service: z.literal('Amazon S3'), Event: z.literal('s3:TestEvent') });

export type SqsEvent = z.infer<typeof SqsSchema>;
export type SqsRecord = SqsEvent['Records'][number];

/** The ingest queue's maxReceiveCount (infra/aws/queues.ts): the last receive before the dead-letter queue. */
export const MAX_RECEIVES = 3;

export interface BatchResponse {
  batchItemFailures: { itemIdentifier: string }[];
}

/** S3 URL-encodes keys in notifications, spaces as '+'. */
export function decodeS3Key(key: string): string {
  return decodeURIComponent(key.replace(/\+/g, ' '));
}

/** The inverse, as AWS does it: for the local stack, which builds the same notifications. */
export function encodeS3Key(key: string): string {
  return encodeURIComponent(key).replace(/%20/g, '+').replace(/%2F/g, '/');
}

export function parseSqsEvent(event: unknown): SqsEvent {
  const parsed = SqsSchema.safeParse(event);
  if (!parsed.success) throw new EventError(`not an SQS event: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/** The uploads a message announces: none for a test event or a non-create event. Throws EventError. */
export function uploadsOf(record: SqsRecord): UploadRef[] {
  let body: unknown;
  try {
    body = JSON.parse(record.body);
  } catch (error) {
    throw new EventError(`message ${record.messageId} body is not JSON`, { cause: error });
  }
  if (S3TestEventSchema.safeParse(body).success) return [];
  const parsed = S3NotificationSchema.safeParse(body);
  if (!parsed.success) {
    throw new EventError(
      `message ${record.messageId} is not an S3 notification: ${z.prettifyError(parsed.error)}`,
    );
  }
  return parsed.data.Records.filter((s3) => s3.eventName.startsWith('ObjectCreated:')).map((s3) => ({
    bucket: s3.s3.bucket.name,
    key: decodeS3Key(s3.s3.object.key),
    messageId: record.messageId,
    ...(s3.s3.object.size === undefined ? {} : { size: s3.s3.object.size }),
  }));
}

/**
 * Run `ingest` on every upload of every message. A message whose processing throws is reported as a batch
 * item failure, so SQS retries it alone (and moves it to the DLQ after maxReceiveCount); the others are
 * deleted. Messages run one after another: extraction is CPU-bound and the function has about one vCPU.
 */
export async function processBatch(
  event: SqsEvent,
  ingest: (upload: UploadRef, record: SqsRecord) => Promise<unknown>,
  logger: Logger,
): Promise<BatchResponse> {
  const failures: { itemIdentifier: string }[] = [];
  for (const record of event.Records) {
    try {
      for (const upload of uploadsOf(record)) await ingest(upload, record);
    } catch (error) {
      logger.error('message failed, left for retry', {
        messageId: record.messageId,
        receiveCount: record.attributes.ApproximateReceiveCount,
        error: error instanceof Error ? { name: error.name, message: error.message } : String(error),
      });
      failures.push({ itemIdentifier: record.messageId });
    }
  }
  return { batchItemFailures: failures };
}
