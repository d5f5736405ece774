/**
 * Lambda entry: SQS messages carrying S3 ObjectCreated notifications → ingestObject per upload, with an
 * SQS partial batch response. Dependencies are built once per cold start; tests and the local stack use
 * `createIngestHandler` with their own.
 */
import { config } from '../lib/config.ts';
import { ExtractPool, type InvocationClock, lambdaExtract } from '../lib/extract-pool.ts';
import { createLogger } from '../lib/logger.ts';
import { createOcrEngine } from '../lib/ocr-engine.ts';
import { createS3Client } from '../lib/s3-client.ts';
import { S3DocumentStore } from '../lib/store.ts';
import { type IngestDeps, ingestObject, recordDeadLetter } from './service.ts';
import { type BatchResponse, MAX_RECEIVES, parseSqsEvent, processBatch } from './sqs-event.ts';

export function createIngestHandler(deps: IngestDeps): (event: unknown) => Promise<BatchResponse> {
  return async (event) =>
    processBatch(
      parseSqsEvent(event),
      async (upload, record) => {
        try {
          return await ingestObject(deps, upload);
        } catch (error) {
          const receives = Number(record.attributes.ApproximateReceiveCount);
          if (deps.maxReceives !== undefined && receives >= deps.maxReceives) {
            const reason = error instanceof Error ? error.message : String(error);
            await recordDeadLetter(deps, upload, `failed ${receives} times, last: ${reason}`).catch(
              (recordError: unknown) =>
                deps.logger.error('cannot record the dead-lettered upload', { error: String(recordError) }),
            );
          }
          throw error;
        }
      },
      deps.logger,
    );
}

let fromEnvironment: ((event: unknown) => Promise<BatchResponse>) | undefined;
let invocation: InvocationClock | undefined;

export async function handler(event: unknown, context?: InvocationClock): Promise<BatchResponse> {
  invocation = context;
  if (!fromEnvironment) {
    const settings = config();
    // OCR_ENGINE picks it: Textract on AWS (starts a job, finished by textract-complete), tesseract locally.
    const ocr = await createOcrEngine(settings);
    const client = createS3Client({ endpoint: settings.s3Endpoint, region: settings.awsRegion });
    fromEnvironment = createIngestHandler({
      store: new S3DocumentStore(client, settings.bucket),
      now: () => new Date(),
      logger: createLogger({ serviceName: settings.serviceName, logLevel: settings.logLevel }),
      maxUploadBytes: settings.maxUploadBytes,
      // Each document in a worker with a time budget and a memory ceiling: a hostile file fails typed
      // (PDF_TOO_COMPLEX, a failed/ record) instead of timing out or exhausting the function.
      extract: lambdaExtract(
        new ExtractPool({
          timeBudgetMs: settings.extractTimeBudgetMs,
          memoryCeilingMb: settings.extractMemoryCeilingMb,
        }),
        () => invocation,
      ),
      maxReceives: MAX_RECEIVES,
      ...(ocr.engine ? { ocr: ocr.engine } : {}),
    });
  }
  return fromEnvironment(event);
}
