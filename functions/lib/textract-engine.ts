/**
 * Amazon Textract's asynchronous document analysis as the pipeline's OCR on AWS.
 *
 * Flow: the ingest function's extraction finds pages that need OCR and calls `recognize`, which
 * starts a job (StartDocumentAnalysis, TABLES) on the uploaded object and throws OcrDeferredError;
 * the ingest service records `pending/<documentId>.json`. Textract publishes the completion to SNS,
 * SNS to SQS, and the textract-complete function pages through GetDocumentAnalysis (NextToken),
 * then runs the same extraction with the recognized pages (textractResultEngine).
 *
 * Idempotency: the ClientRequestToken is a hash of everything the request says (document, bucket,
 * key, region, upload time, parser version, notification channel), so a retried message gets the
 * running job back instead of a second one, while the same bytes under another key or region, or
 * uploaded again after a finished job, start a job of their own (Textract answers a reused token
 * with the old job and no new notification, or IdempotentParameterMismatchException when the
 * parameters differ). The JobTag stays the document's sha256: the completion finds its document.
 * Throttling: the SDK retries with its own adaptive backoff; around StartDocumentAnalysis we add
 * exponential backoff with full jitter, since Textract's start quota is low (a few per second).
 */

import { createHash } from 'node:crypto';
import {
  type Block,
  GetDocumentAnalysisCommand,
  type GetDocumentAnalysisCommandOutput,
  StartDocumentAnalysisCommand,
  type StartDocumentAnalysisCommandOutput,
  TextractClient,
} from '@aws-sdk/client-textract';
import { ExtractionError } from '../../parsers/errors.ts';
import { documentIdOf } from '../../parsers/index.ts';
import { OcrDeferredError, type OcrEngine, type OcrInput } from '../../parsers/ocr/port.ts';
import type { Page } from '../../parsers/page-model.ts';
import { PARSER_VERSION } from '../../parsers/version.ts';

/** The part of the SDK client the engine uses: tests pass a fake. */
export interface TextractSender {
  send(command: StartDocumentAnalysisCommand): Promise<StartDocumentAnalysisCommandOutput>;
  send(command: GetDocumentAnalysisCommand): Promise<GetDocumentAnalysisCommandOutput>;
}

export interface RetryPolicy {
  /** Attempts in all (first try included). */
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  sleep: (ms: number) => Promise<void>;
  /** 0..1; Math.random in production, fixed in tests. */
  random: () => number;
}

export const DEFAULT_RETRY: Readonly<RetryPolicy> = Object.freeze({
  maxAttempts: 6,
  baseDelayMs: 500,
  maxDelayMs: 20_000,
  sleep: (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)),
  random: Math.random,
});

/** Errors Textract answers when a quota is exhausted for the moment: worth waiting and retrying. */
export const THROTTLING_ERRORS = new Set([
  'ThrottlingException',
  'ProvisionedThroughputExceededException',
  'LimitExceededException',
]);

export function isThrottling(error: unknown): boolean {
  const name = (error as { name?: unknown } | null)?.name;
  return typeof name === 'string' && THROTTLING_ERRORS.has(name);
}

/** Full jitter (AWS Architecture Blog, "Exponential Backoff And Jitter"): uniform in [0, min(cap, base·2^n)). */
export function backoffDelay(
  attempt: number,
  policy: Pick<RetryPolicy, 'baseDelayMs' | 'maxDelayMs' | 'random'>,
): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
  return Math.floor(policy.random() * ceiling);
}

export async function withThrottlingRetry<T>(
  call: () => Promise<T>,
  policy: RetryPolicy = DEFAULT_RETRY,
): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await call();
    } catch (error) {
      if (!isThrottling(error) || attempt + 1 >= policy.maxAttempts) throw error;
      await policy.sleep(backoffDelay(attempt, policy));
    }
  }
}

const TOKEN_RE = /^[a-zA-Z0-9-_]{1,64}$/;

/** Textract's JobTag for a document: its sha256 in hex (64 of the allowed characters). */
export function jobTag(documentId: string): string {
  const tag = documentId.replace(/^sha256:/, '');
  if (!/^[0-9a-f]{64}$/.test(tag))
    throw new Error(`documentId ${documentId} does not give a Textract job tag`);
  return tag;
}

/** What makes one StartDocumentAnalysis request: its token is derived from all of it. */
export interface AnalysisRequest {
  documentId: string;
  bucket: string;
  key: string;
  /** The Textract client's region. */
  region?: string;
  /** When this upload was stored: a re-upload of the same bytes is a new request. */
  uploadedAt?: string;
  topicArn: string;
  roleArn: string;
}

/**
 * The ClientRequestToken of a request: sha256 (hex, 64 of the [a-zA-Z0-9-_] characters Textract allows)
 * over every parameter the request sends plus the parser version, so equal tokens always carry equal
 * parameters. `attempt` > 0 derives another token for a new job after a mismatch.
 */
export function clientRequestToken(request: AnalysisRequest, attempt = 0): string {
  const token = createHash('sha256')
    .update(
      JSON.stringify([
        request.documentId,
        request.bucket,
        request.key,
        request.region ?? '',
        request.uploadedAt ?? '',
        request.topicArn,
        request.roleArn,
        'TABLES',
        PARSER_VERSION,
        attempt,
      ]),
    )
    .digest('hex');
  if (!TOKEN_RE.test(token)) throw new Error('a Textract token must be 1-64 of [a-zA-Z0-9-_]');
  return token;
}

export function documentIdFromJobTag(jobTag: string): string | null {
  return /^[0-9a-f]{64}$/.test(jobTag) ? `sha256:${jobTag}` : null;
}

export interface TextractJobSettings {
  /** SNS topic Textract publishes the completion to, and the role it assumes to do so. */
  topicArn: string;
  roleArn: string;
  /** The client's region, part of every request's token. */
  region?: string;
}

export interface StartedJob {
  jobId: string;
  clientRequestToken: string;
}

function isParameterMismatch(error: unknown): boolean {
  return (error as { name?: unknown } | null)?.name === 'IdempotentParameterMismatchException';
}

export async function startAnalysis(
  client: TextractSender,
  input: AnalysisRequest,
  retry: RetryPolicy = DEFAULT_RETRY,
): Promise<StartedJob> {
  // A token reused with other parameters (a request of an earlier deployment): one new token, then
  // a typed OCR_FAILED — never an unhandled error that retries into the dead-letter queue.
  for (let attempt = 0; attempt < 2; attempt++) {
    const token = clientRequestToken(input, attempt);
    // Built once per token: every throttling retry sends the very same request.
    const command = new StartDocumentAnalysisCommand({
      DocumentLocation: { S3Object: { Bucket: input.bucket, Name: input.key } },
      FeatureTypes: ['TABLES'],
      ClientRequestToken: token,
      JobTag: jobTag(input.documentId),
      NotificationChannel: { SNSTopicArn: input.topicArn, RoleArn: input.roleArn },
    });
    try {
      const output = await withThrottlingRetry(() => client.send(command), retry);
      if (!output.JobId) throw new Error('Textract accepted the job but returned no JobId');
      return { jobId: output.JobId, clientRequestToken: token };
    } catch (error) {
      if (!isParameterMismatch(error)) throw error;
    }
  }
  throw new ExtractionError(
    'OCR_FAILED',
    'Textract refused the job twice as a repeated request with other parameters (IdempotentParameterMismatchException)',
  );
}

export interface AnalysisResult {
  status: string;
  pages: number | null;
  blocks: Block[];
  warnings: string[];
}

/** Every block of a finished job: GetDocumentAnalysis pages (≤ 1000 blocks each) joined via NextToken. */
export async function fetchAnalysis(
  client: TextractSender,
  jobId: string,
  retry: RetryPolicy = DEFAULT_RETRY,
): Promise<AnalysisResult> {
  const blocks: Block[] = [];
  const warnings: string[] = [];
  let nextToken: string | undefined;
  let status = 'UNKNOWN';
  let pages: number | null = null;
  do {
    const command = new GetDocumentAnalysisCommand({
      JobId: jobId,
      MaxResults: 1000,
      ...(nextToken ? { NextToken: nextToken } : {}),
    });
    const output = await withThrottlingRetry(() => client.send(command), retry);
    status = output.JobStatus ?? status;
    if (status === 'FAILED' || status === 'IN_PROGRESS') {
      return { status, pages: null, blocks: [], warnings: [output.StatusMessage ?? status] };
    }
    pages = output.DocumentMetadata?.Pages ?? pages;
    blocks.push(...(output.Blocks ?? []));
    for (const warning of output.Warnings ?? []) {
      warnings.push(`${warning.ErrorCode ?? 'WARNING'} on page(s) ${(warning.Pages ?? []).join(', ')}`);
    }
    nextToken = output.NextToken;
  } while (nextToken);
  return { status, pages, blocks, warnings };
}

/**
 * The OcrEngine the ingest function uses on AWS: it starts the job and defers. The pages come back
 * through the completion function, which extracts with `textractResultEngine` instead.
 */
export class TextractStartEngine implements OcrEngine {
  readonly method = 'textract' as const;

  constructor(
    private readonly client: TextractSender,
    private readonly settings: TextractJobSettings,
    private readonly retry: RetryPolicy = DEFAULT_RETRY,
  ) {}

  async recognize(input: OcrInput): Promise<Page[]> {
    if (!input.source) {
      throw new ExtractionError(
        'OCR_FAILED',
        'Textract reads the PDF from S3, but no bucket and key were given',
      );
    }
    const { documentId } = documentIdOf(input.pdf);
    const job = await startAnalysis(
      this.client,
      {
        documentId,
        bucket: input.source.bucket,
        key: input.source.key,
        ...(input.source.uploadedAt ? { uploadedAt: input.source.uploadedAt } : {}),
        ...this.settings,
      },
      this.retry,
    );
    throw new OcrDeferredError(job.jobId, input.pageNumbers);
  }
}

/** A Textract client whose own retries use the adaptive mode (client-side rate limiting). */
export function createTextractClient(region: string): TextractClient {
  return new TextractClient({ region, maxAttempts: 5, retryMode: 'adaptive' });
}
