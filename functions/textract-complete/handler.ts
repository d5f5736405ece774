/**
 * Lambda entry: Textract completion notices (Textract → SNS → SQS, raw or SNS-wrapped) →
 * completeTextractJob per message, with an SQS partial batch response.
 */
import { SqsSchema } from '@aws-lambda-powertools/parser/schemas/sqs';
import { z } from 'zod';
import { config } from '../lib/config.ts';
import { EventError } from '../lib/errors.ts';
import { ExtractPool, type InvocationClock, lambdaExtract } from '../lib/extract-pool.ts';
import { createLogger } from '../lib/logger.ts';
import { createS3Client } from '../lib/s3-client.ts';
import { S3DocumentStore } from '../lib/store.ts';
import { createTextractClient } from '../lib/textract-engine.ts';
import {
  type CompletionDeps,
  completeTextractJob,
  type TextractCompletion,
  TextractCompletionSchema,
} from './service.ts';

const SnsEnvelopeSchema = z.object({ Type: z.literal('Notification'), Message: z.string() });

/** The notice in an SQS message body: SNS raw delivery gives it as is, otherwise inside an envelope. */
export function noticeOf(body: string, messageId: string): TextractCompletion {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
    const envelope = SnsEnvelopeSchema.safeParse(parsed);
    if (envelope.success) parsed = JSON.parse(envelope.data.Message);
  } catch (error) {
    throw new EventError(`message ${messageId} is not JSON`, { cause: error });
  }
  const notice = TextractCompletionSchema.safeParse(parsed);
  if (!notice.success) {
    throw new EventError(
      `message ${messageId} is not a Textract completion: ${z.prettifyError(notice.error)}`,
    );
  }
  return notice.data;
}

export interface BatchResponse {
  batchItemFailures: { itemIdentifier: string }[];
}

export function createCompletionHandler(deps: CompletionDeps): (event: unknown) => Promise<BatchResponse> {
  return async (event) => {
    const parsed = SqsSchema.safeParse(event);
    if (!parsed.success) throw new EventError(`not an SQS event: ${z.prettifyError(parsed.error)}`);
    const failures: BatchResponse['batchItemFailures'] = [];
    for (const record of parsed.data.Records) {
      try {
        const outcome = await completeTextractJob(deps, noticeOf(record.body, record.messageId));
        deps.logger.info('Textract completion handled', {
          messageId: record.messageId,
          outcome: outcome.status,
        });
      } catch (error) {
        // A malformed notice will not improve with retries; everything else is retried via the queue.
        if (error instanceof EventError) {
          deps.logger.error('unusable Textract notice, dropped', { messageId: record.messageId, error });
          continue;
        }
        deps.logger.error('Textract completion failed, will be retried', {
          messageId: record.messageId,
          error,
        });
        failures.push({ itemIdentifier: record.messageId });
      }
    }
    return { batchItemFailures: failures };
  };
}

let fromEnvironment: ((event: unknown) => Promise<BatchResponse>) | undefined;
let invocation: InvocationClock | undefined;

export async function handler(event: unknown, context?: InvocationClock): Promise<BatchResponse> {
  invocation = context;
  if (!fromEnvironment) {
    const settings = config();
    fromEnvironment = createCompletionHandler({
      store: new S3DocumentStore(
        createS3Client({ endpoint: settings.s3Endpoint, region: settings.awsRegion }),
        settings.bucket,
      ),
      textract: createTextractClient(settings.awsRegion),
      now: () => new Date(),
      logger: createLogger({ serviceName: settings.serviceName, logLevel: settings.logLevel }),
      extract: lambdaExtract(
        new ExtractPool({
          timeBudgetMs: settings.extractTimeBudgetMs,
          memoryCeilingMb: settings.extractMemoryCeilingMb,
        }),
        () => invocation,
      ),
    });
  }
  return fromEnvironment(event);
}
