/**
 * Lambda entry of the query API (HTTP API, payload format 2.0, IAM authorization in front). Validates the
 * event, hands it to the router, maps the result back. The router and its catalog live as long as the
 * execution environment, so warm invocations answer from the in-memory index.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { GetObjectCommand } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { z } from 'zod';
import { config } from '../lib/config.ts';
import { createLogger } from '../lib/logger.ts';
import { createS3Client } from '../lib/s3-client.ts';
import { S3DocumentStore } from '../lib/store.ts';
import { createApiHandler } from './router.ts';

/** How long a PDF link stays valid: long enough to click, short enough not to be worth sharing. */
const PDF_LINK_SECONDS = 300;
const WEB_DIR = join(import.meta.dirname, 'web');

const HttpApiEventSchema = z.object({
  rawPath: z.string(),
  rawQueryString: z.string().default(''),
  headers: z.record(z.string(), z.string()).default({}),
  body: z.string().optional(),
  isBase64Encoded: z.boolean().default(false),
  requestContext: z.object({ http: z.object({ method: z.string() }) }),
});

const settings = config();
const client = createS3Client({ endpoint: settings.s3Endpoint, region: settings.awsRegion });
const logger = createLogger({ serviceName: `${settings.serviceName}-api`, logLevel: settings.logLevel });
const api = createApiHandler({
  store: new S3DocumentStore(client, settings.bucket),
  now: () => new Date(),
  signPdfUrl: (key) =>
    getSignedUrl(client, new GetObjectCommand({ Bucket: settings.bucket, Key: key }), {
      expiresIn: PDF_LINK_SECONDS,
    }),
  logger: { error: (message, details) => logger.error(message, details ?? {}) },
  catalog: { maxAgeMs: 10_000, refreshInBackground: true },
  // The page ships beside the bundle (web/ copied by the CDK bundling); absent, the API serves data only.
  ...(existsSync(WEB_DIR) ? { webDir: WEB_DIR } : {}),
});

/** What the HTTP API takes back: a structured payload 2.0 result. */
export interface HttpResult extends APIGatewayProxyStructuredResultV2 {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
  isBase64Encoded: boolean;
}

export async function handler(event: unknown): Promise<HttpResult> {
  const parsed = HttpApiEventSchema.safeParse(event);
  if (!parsed.success) {
    logger.error('not an HTTP API v2 event', { issues: parsed.error.issues.length });
    return {
      statusCode: 400,
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: '{"error":{"code":"BAD_REQUEST","message":"malformed request"}}',
      isBase64Encoded: false,
    };
  }
  const request = parsed.data;
  // rawQueryString keeps every value as sent; queryStringParameters would join repeated keys with commas.
  const query = Object.fromEntries(new URLSearchParams(request.rawQueryString));
  const body =
    request.body === undefined
      ? undefined
      : new Uint8Array(Buffer.from(request.body, request.isBase64Encoded ? 'base64' : 'utf8'));
  const response = await api({
    method: request.requestContext.http.method,
    path: request.rawPath,
    query,
    headers: request.headers,
    ...(body ? { body } : {}),
  });
  const binary = typeof response.body !== 'string';
  return {
    statusCode: response.status,
    headers: response.headers,
    body: binary ? Buffer.from(response.body).toString('base64') : (response.body as string),
    isBase64Encoded: binary,
  };
}
