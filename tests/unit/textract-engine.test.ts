import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type {
  GetDocumentAnalysisCommand,
  GetDocumentAnalysisCommandOutput,
  StartDocumentAnalysisCommand,
  StartDocumentAnalysisCommandOutput,
} from '@aws-sdk/client-textract';
import { describe, expect, it } from 'vitest';
import { readConfig } from '../../functions/lib/config.ts';
import { createOcrEngine } from '../../functions/lib/ocr-engine.ts';
import {
  backoffDelay,
  clientRequestToken,
  documentIdFromJobTag,
  fetchAnalysis,
  jobTag,
  type RetryPolicy,
  startAnalysis,
  TextractStartEngine,
  withThrottlingRetry,
} from '../../functions/lib/textract-engine.ts';
import { documentIdOf } from '../../parsers/index.ts';
import { isOcrDeferred, type OcrDeferredError } from '../../parsers/ocr/port.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const gib = JSON.parse(
  readFileSync(resolve(repoRoot, 'fixtures/textract/gib_multi_page_tables.json'), 'utf8'),
) as {
  Blocks: GetDocumentAnalysisCommandOutput['Blocks'];
};

function awsError(name: string): Error {
  const error = new Error(`${name}: slow down`);
  error.name = name;
  return error;
}

/** A Textract client without network: answers from a script and records what it was sent. */
class FakeTextract {
  readonly sent: Array<StartDocumentAnalysisCommand | GetDocumentAnalysisCommand> = [];
  constructor(private readonly answers: Array<(command: unknown) => unknown>) {}

  send(command: StartDocumentAnalysisCommand): Promise<StartDocumentAnalysisCommandOutput>;
  send(command: GetDocumentAnalysisCommand): Promise<GetDocumentAnalysisCommandOutput>;
  async send(command: StartDocumentAnalysisCommand | GetDocumentAnalysisCommand): Promise<never> {
    this.sent.push(command);
    const answer = this.answers.shift();
    if (!answer) throw new Error('the fake has no more answers');
    return answer(command) as never;
  }
}

function policy(delays: number[]): RetryPolicy {
  return {
    maxAttempts: 5,
    baseDelayMs: 100,
    maxDelayMs: 1000,
    random: () => 0.5,
    sleep: async (ms) => {
      delays.push(ms);
    },
  };
}

const documentId = `sha256:${'ab'.repeat(32)}`;
const settings = {
  topicArn: 'arn:aws:sns:eu-north-1:123456789012:textract',
  roleArn: 'arn:aws:iam::123456789012:role/textract',
};

describe('clientRequestToken (issue 11, case 10)', () => {
  const request = { documentId, bucket: 'b', key: 'uploads/x.pdf', region: 'eu-north-1', ...settings };

  it("is unique per request and within Textract's limits; the job tag names the document", () => {
    const token = clientRequestToken(request);
    expect(token).toMatch(/^[a-zA-Z0-9-_]{1,64}$/);
    expect(clientRequestToken({ ...request })).toBe(token);
    // The same bytes under another key, in another region, uploaded again, or for a new job: new tokens.
    const others = [
      clientRequestToken({ ...request, key: 'uploads/SE-W/y.pdf' }),
      clientRequestToken({ ...request, region: 'eu-west-1' }),
      clientRequestToken({ ...request, uploadedAt: '2026-02-01T00:00:00.000Z' }),
      clientRequestToken({ ...request, topicArn: `${settings.topicArn}-2` }),
      clientRequestToken(request, 1),
    ];
    expect(new Set([token, ...others]).size).toBe(others.length + 1);
    expect(jobTag(documentId)).toBe('ab'.repeat(32));
    expect(documentIdFromJobTag(jobTag(documentId))).toBe(documentId);
    expect(documentIdFromJobTag('not-a-tag')).toBeNull();
  });
});

describe('startAnalysis', () => {
  it('asks for TABLES with the document location, notification channel, token and tag', async () => {
    const fake = new FakeTextract([() => ({ JobId: 'job-1' })]);
    const job = await startAnalysis(
      fake,
      { documentId, bucket: 'b', key: 'uploads/x.pdf', ...settings },
      policy([]),
    );
    expect(job.jobId).toBe('job-1');
    const input = (fake.sent[0] as StartDocumentAnalysisCommand).input;
    expect(input.FeatureTypes).toEqual(['TABLES']);
    expect(input.DocumentLocation).toEqual({ S3Object: { Bucket: 'b', Name: 'uploads/x.pdf' } });
    expect(input.NotificationChannel).toEqual({ SNSTopicArn: settings.topicArn, RoleArn: settings.roleArn });
    expect(input.ClientRequestToken).toBe(
      clientRequestToken({ documentId, bucket: 'b', key: 'uploads/x.pdf', ...settings }),
    );
    expect(input.JobTag).toBe('ab'.repeat(32));
  });

  it('answers IdempotentParameterMismatchException with a job under a new token', async () => {
    const fake = new FakeTextract([
      () => Promise.reject(awsError('IdempotentParameterMismatchException')),
      () => ({ JobId: 'job-new' }),
    ]);
    const request = { documentId, bucket: 'b', key: 'uploads/x.pdf', ...settings };
    const job = await startAnalysis(fake, request, policy([]));
    expect(job.jobId).toBe('job-new');
    const tokens = fake.sent.map(
      (command) => (command as StartDocumentAnalysisCommand).input.ClientRequestToken,
    );
    expect(tokens).toEqual([clientRequestToken(request), clientRequestToken(request, 1)]);
  });

  it('a second mismatch is a typed OCR_FAILED (a failed/ record), not an error for the dead-letter queue', async () => {
    const fake = new FakeTextract([
      () => Promise.reject(awsError('IdempotentParameterMismatchException')),
      () => Promise.reject(awsError('IdempotentParameterMismatchException')),
    ]);
    await expect(
      startAnalysis(fake, { documentId, bucket: 'b', key: 'k.pdf', ...settings }, policy([])),
    ).rejects.toMatchObject({ code: 'OCR_FAILED', name: 'ExtractionError' });
  });

  it('backs off on throttling and keeps the same token on every retry', async () => {
    const delays: number[] = [];
    const fake = new FakeTextract([
      () => Promise.reject(awsError('ThrottlingException')),
      () => Promise.reject(awsError('ProvisionedThroughputExceededException')),
      () => Promise.reject(awsError('LimitExceededException')),
      () => ({ JobId: 'job-2' }),
    ]);
    const job = await startAnalysis(
      fake,
      { documentId, bucket: 'b', key: 'k.pdf', ...settings },
      policy(delays),
    );
    expect(job.jobId).toBe('job-2');
    expect(fake.sent).toHaveLength(4);
    const tokens = fake.sent.map(
      (command) => (command as StartDocumentAnalysisCommand).input.ClientRequestToken,
    );
    expect(new Set(tokens).size).toBe(1);
    // Full jitter with random() = 0.5: half of 100·2^n.
    expect(delays).toEqual([50, 100, 200]);
  });

  it('gives up after the last attempt and does not retry other errors', async () => {
    const always = new FakeTextract(
      Array.from({ length: 5 }, () => () => Promise.reject(awsError('ThrottlingException'))),
    );
    await expect(
      startAnalysis(always, { documentId, bucket: 'b', key: 'k.pdf', ...settings }, policy([])),
    ).rejects.toThrow('ThrottlingException');
    expect(always.sent).toHaveLength(5);
    const denied = new FakeTextract([() => Promise.reject(awsError('AccessDeniedException'))]);
    await expect(
      startAnalysis(denied, { documentId, bucket: 'b', key: 'k.pdf', ...settings }, policy([])),
    ).rejects.toThrow('AccessDenied');
    expect(denied.sent).toHaveLength(1);
  });

  it('caps the backoff', () => {
    expect(backoffDelay(20, { baseDelayMs: 100, maxDelayMs: 1000, random: () => 0.999 })).toBeLessThan(1000);
    expect(backoffDelay(0, { baseDelayMs: 100, maxDelayMs: 1000, random: () => 0 })).toBe(0);
  });
});

describe('fetchAnalysis', () => {
  it('pages through NextToken and concatenates the blocks', async () => {
    const blocks = gib.Blocks ?? [];
    const half = Math.floor(blocks.length / 2);
    const fake = new FakeTextract([
      () => ({
        JobStatus: 'SUCCEEDED',
        DocumentMetadata: { Pages: 2 },
        Blocks: blocks.slice(0, half),
        NextToken: 't1',
      }),
      () => Promise.reject(awsError('ThrottlingException')),
      () => ({ JobStatus: 'SUCCEEDED', Blocks: blocks.slice(half) }),
    ]);
    const result = await fetchAnalysis(fake, 'job-3', policy([]));
    expect(result.status).toBe('SUCCEEDED');
    expect(result.pages).toBe(2);
    expect(result.blocks).toHaveLength(blocks.length);
    const inputs = fake.sent.map((command) => (command as GetDocumentAnalysisCommand).input);
    expect(inputs.map((input) => input.NextToken)).toEqual([undefined, 't1', 't1']);
    expect(inputs.every((input) => input.JobId === 'job-3')).toBe(true);
  });

  it('reports a failed job without blocks', async () => {
    const fake = new FakeTextract([() => ({ JobStatus: 'FAILED', StatusMessage: 'unsupported document' })]);
    const result = await fetchAnalysis(fake, 'job-4', policy([]));
    expect(result).toMatchObject({ status: 'FAILED', blocks: [], warnings: ['unsupported document'] });
  });
});

describe('TextractStartEngine', () => {
  it('starts a job for the stored object and defers with its id', async () => {
    const pdf = new TextEncoder().encode('%PDF-1.4 not really');
    const fake = new FakeTextract([() => ({ JobId: 'job-5' })]);
    const engine = new TextractStartEngine(fake, settings, policy([]));
    const error = await engine
      .recognize({ pdf, pageNumbers: [2, 3], source: { bucket: 'b', key: 'uploads/s.pdf' } })
      .catch((e) => e);
    expect(isOcrDeferred(error)).toBe(true);
    expect((error as OcrDeferredError).jobId).toBe('job-5');
    expect((error as OcrDeferredError).pageNumbers).toEqual([2, 3]);
    const input = (fake.sent[0] as StartDocumentAnalysisCommand).input;
    expect(`sha256:${input.JobTag}`).toBe(documentIdOf(pdf).documentId);
  });

  it('a re-upload of the same bytes after a finished job starts a new job (a new token)', async () => {
    const pdf = new TextEncoder().encode('%PDF-1.4 not really');
    const fake = new FakeTextract([() => ({ JobId: 'job-a' }), () => ({ JobId: 'job-b' })]);
    const engine = new TextractStartEngine(fake, { ...settings, region: 'eu-north-1' }, policy([]));
    for (const uploadedAt of ['2026-01-01T10:00:00.000Z', '2026-01-02T10:00:00.000Z']) {
      await engine
        .recognize({ pdf, pageNumbers: [1], source: { bucket: 'b', key: 'uploads/s.pdf', uploadedAt } })
        .catch(() => undefined);
    }
    const tokens = fake.sent.map(
      (command) => (command as StartDocumentAnalysisCommand).input.ClientRequestToken,
    );
    expect(tokens[0]).not.toBe(tokens[1]);
  });

  it('refuses to run without the stored location', async () => {
    const engine = new TextractStartEngine(new FakeTextract([]), settings, policy([]));
    await expect(engine.recognize({ pdf: new Uint8Array([1]), pageNumbers: [1] })).rejects.toMatchObject({
      code: 'OCR_FAILED',
    });
  });

  it('retries a generic call only on throttling', async () => {
    let calls = 0;
    const value = await withThrottlingRetry(async () => {
      calls++;
      if (calls < 3) throw awsError('ThrottlingException');
      return 'ok';
    }, policy([]));
    expect(value).toBe('ok');
    expect(calls).toBe(3);
  });
});

describe('OCR engine configuration', () => {
  it('defaults to tesseract locally and textract inside Lambda', () => {
    expect(readConfig({ NAMNDKOLL_BUCKET: 'bucket' }).ocrEngine).toBe('tesseract');
    expect(readConfig({ NAMNDKOLL_BUCKET: 'bucket', AWS_LAMBDA_FUNCTION_NAME: 'ingest' }).ocrEngine).toBe(
      'textract',
    );
    expect(readConfig({ NAMNDKOLL_BUCKET: 'bucket', OCR_ENGINE: 'none' }).ocrEngine).toBe('none');
    expect(() => readConfig({ NAMNDKOLL_BUCKET: 'bucket', OCR_ENGINE: 'abbyy' })).toThrow();
  });

  it('builds the configured engine', async () => {
    const none = await createOcrEngine({ ocrEngine: 'none', awsRegion: 'eu-north-1' });
    expect(none.engine).toBeUndefined();
    const textract = await createOcrEngine(
      {
        ocrEngine: 'textract',
        awsRegion: 'eu-north-1',
        textractTopicArn: settings.topicArn,
        textractRoleArn: settings.roleArn,
      },
      { textract: new FakeTextract([]) },
    );
    expect(textract.engine?.method).toBe('textract');
    await expect(createOcrEngine({ ocrEngine: 'textract', awsRegion: 'eu-north-1' })).rejects.toThrow(
      'TEXTRACT_TOPIC_ARN',
    );
    const tesseract = await createOcrEngine({ ocrEngine: 'tesseract', awsRegion: 'eu-north-1' });
    expect(tesseract.engine?.method).toBe('ocr');
    await tesseract.dispose();
  });
});
