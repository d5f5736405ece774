/**
 * Configuration of the handlers, read from the environment once, validated, frozen. Services never read
 * process.env; handlers pass the pieces they need.
 */
import { z } from 'zod';
import { ConfigError } from './errors.ts';

const ConfigSchema = z.object({
  /** The one bucket of the storage layout (uploads/, extracted/, facts/, failed/). */
  bucket: z.string().min(3),
  /** Set only for the local S3 server (s3rver); on AWS the SDK finds the regional endpoint itself. */
  s3Endpoint: z.url().optional(),
  awsRegion: z.string().min(1).default('eu-north-1'),
  /** Uploads larger than this are refused without being downloaded (PDF_TOO_LARGE). */
  maxUploadBytes: z.coerce
    .number()
    .int()
    .positive()
    .default(100 * 1024 * 1024),
  /**
   * Bounds on one document's extraction in its worker (functions/lib/extract-pool.ts): on Lambda the
   * stack sets them below the function's timeout (per document of a batch) and memory size.
   */
  extractTimeBudgetMs: z.coerce.number().int().positive().default(60_000),
  extractMemoryCeilingMb: z.coerce.number().int().positive().default(768),
  serviceName: z.string().default('namndkoll'),
  logLevel: z.enum(['DEBUG', 'INFO', 'WARN', 'ERROR', 'SILENT', 'CRITICAL']).default('INFO'),
  /** OCR for scanned pages: tesseract.js in-process (the local default), Amazon Textract (the AWS default), or none. */
  ocrEngine: z.enum(['tesseract', 'textract', 'none']),
  /** For OCR_ENGINE=textract: the SNS topic Textract notifies and the role it assumes to publish there. */
  textractTopicArn: z.string().startsWith('arn:').optional(),
  textractRoleArn: z.string().startsWith('arn:').optional(),
});
export type Config = Readonly<z.infer<typeof ConfigSchema>>;

export function readConfig(env: Record<string, string | undefined>): Config {
  const parsed = ConfigSchema.safeParse({
    bucket: env['NAMNDKOLL_BUCKET'],
    s3Endpoint: env['NAMNDKOLL_S3_ENDPOINT'] || undefined,
    awsRegion: env['AWS_REGION'] || env['AWS_DEFAULT_REGION'] || undefined,
    maxUploadBytes: env['NAMNDKOLL_MAX_UPLOAD_BYTES'] || undefined,
    extractTimeBudgetMs: env['EXTRACT_TIME_BUDGET_MS'] || undefined,
    extractMemoryCeilingMb: env['EXTRACT_MEMORY_CEILING_MB'] || undefined,
    serviceName: env['POWERTOOLS_SERVICE_NAME'] || undefined,
    logLevel: env['POWERTOOLS_LOG_LEVEL']?.toUpperCase() || undefined,
    // Inside Lambda the default is Textract (tesseract's workers and data do not fit a bundle well).
    ocrEngine: env['OCR_ENGINE'] || (env['AWS_LAMBDA_FUNCTION_NAME'] ? 'textract' : 'tesseract'),
    textractTopicArn: env['TEXTRACT_TOPIC_ARN'] || undefined,
    textractRoleArn: env['TEXTRACT_ROLE_ARN'] || undefined,
  });
  if (!parsed.success) {
    throw new ConfigError(`invalid configuration: ${z.prettifyError(parsed.error)}`, { cause: parsed.error });
  }
  return Object.freeze(parsed.data);
}

let cached: Config | undefined;

/** The process's configuration, read on first use (a Lambda reads it once per cold start). */
export function config(): Config {
  cached ??= readConfig(process.env);
  return cached;
}
