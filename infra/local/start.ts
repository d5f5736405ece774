/**
 * The embedded local stack (`npm start`): an S3-compatible server (s3rver) on 127.0.0.1, the bucket, the
 * S3 → queue → ingest wiring of the AWS stack (same notification shape, keys encoded as AWS does, the same
 * handler code), and the HTTP API. No AWS account needed.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { type AddressInfo, createServer as createNetServer } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import S3rver from 's3rver';
import { createIngestHandler } from '../../functions/ingest/handler.ts';
import type { Extract } from '../../functions/ingest/service.ts';
import { encodeS3Key } from '../../functions/ingest/sqs-event.ts';
import { isIngestKey, UPLOADS_PREFIX } from '../../functions/lib/layout.ts';
import { createLogger, type Logger } from '../../functions/lib/logger.ts';
import { createOcrEngine } from '../../functions/lib/ocr-engine.ts';
import { createS3Client } from '../../functions/lib/s3-client.ts';
import { type DocumentStore, S3DocumentStore } from '../../functions/lib/store.ts';
import type { OcrEngine } from '../../parsers/ocr/port.ts';
import { type BatchHandler, LocalQueue, type QueueStats } from './queue.ts';

const root = resolve(import.meta.dirname, '..', '..');

export interface LocalStackOptions {
  /** S3 port; 0 picks a free one. */
  port?: number;
  /** HTTP API port; 0 picks a free one. */
  apiPort?: number;
  dataDir?: string;
  bucket?: string;
  /** Upload the fixture PDFs when the bucket has no uploads yet. */
  seed?: boolean;
  logLevel?: 'DEBUG' | 'INFO' | 'WARN' | 'ERROR' | 'SILENT';
  maxReceives?: number;
  retryDelayMs?: number;
  concurrency?: number;
  /** SQS's batching window: how long a partial batch waits for more messages. */
  batchWindowMs?: number;
  /** Replaces the extraction engine (tests inject faults here). */
  extract?: Extract;
  /**
   * OCR for scanned pages: 'tesseract' (the local default: tesseract.js with the Swedish data shipped in
   * npm, no downloads), 'none' (scans fail with NEEDS_OCR), or an engine of the caller's.
   */
  ocr?: OcrEngine | 'tesseract' | 'none';
}

export interface LocalStack {
  s3Endpoint: string;
  apiUrl: string;
  bucket: string;
  dataDir: string;
  deadLetterDir: string;
  s3: S3Client;
  store: DocumentStore;
  stats(): QueueStats;
  /** Resolves when every event so far has been processed (acknowledged or dead-lettered). */
  idle(): Promise<void>;
  stop(): Promise<void>;
}

interface ApiRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  body?: Uint8Array;
}
interface ApiResponse {
  status: number;
  headers?: Record<string, string>;
  body?: string | Uint8Array;
}
type ApiHandler = (request: ApiRequest) => Promise<ApiResponse>;

export const DEFAULT_S3_PORT = 4569;
export const DEFAULT_API_PORT = 4570;
export const DEFAULT_BUCKET = 'namndkoll-local';

export async function startLocalStack(options: LocalStackOptions = {}): Promise<LocalStack> {
  const dataDir = resolve(options.dataDir ?? join(root, '.local-data'));
  const bucket = options.bucket ?? DEFAULT_BUCKET;
  const s3Dir = join(dataDir, 's3');
  const deadLetterDir = join(dataDir, 'dead-letter');
  mkdirSync(s3Dir, { recursive: true });
  const logger = createLogger({ serviceName: 'namndkoll-local', logLevel: options.logLevel ?? 'INFO' });

  const server = new S3rver({
    address: '127.0.0.1',
    port: options.port ?? DEFAULT_S3_PORT,
    directory: s3Dir,
    silent: true,
    vhostBuckets: false,
    configureBuckets: [{ name: bucket }],
  });
  const address = (await server.run()) as AddressInfo;
  const s3Endpoint = `http://127.0.0.1:${address.port}`;
  const s3 = createS3Client({ endpoint: s3Endpoint, region: 'eu-north-1' });
  const store = new S3DocumentStore(s3, bucket);

  const ocrChoice = options.ocr ?? 'tesseract';
  const ocr =
    typeof ocrChoice === 'string'
      ? await createOcrEngine({ ocrEngine: ocrChoice, awsRegion: 'local' })
      : { engine: ocrChoice, dispose: async () => undefined };

  // The very handler the Lambda runs, with the local store in place of the environment's.
  const handler: BatchHandler = createIngestHandler({
    store,
    now: () => new Date(),
    logger,
    ...(options.extract ? { extract: options.extract } : {}),
    ...(ocr.engine ? { ocr: ocr.engine } : {}),
  });
  const queue = new LocalQueue({
    handler,
    queueDir: join(dataDir, 'queue'),
    deadLetterDir,
    maxReceives: options.maxReceives ?? 3,
    retryDelayMs: options.retryDelayMs ?? 500,
    concurrency: options.concurrency ?? 2,
    batchWindowMs: options.batchWindowMs ?? 0,
    onError: (error) => logger.error('ingest batch failed', { error: String(error) }),
  });

  // s3rver emits S3-shaped records with raw keys; S3's bucket notification filter (uploads/ + .pdf)
  // and its key encoding are applied here, so the handler sees exactly what SQS would hand it on AWS.
  server.on('event', (event: { Records: { eventName: string; s3: { object: { key: string } } }[] }) => {
    for (const record of event.Records) {
      if (!record.eventName.startsWith('ObjectCreated:') || !isIngestKey(record.s3.object.key)) continue;
      const encoded = {
        ...record,
        s3: { ...record.s3, object: { ...record.s3.object, key: encodeS3Key(record.s3.object.key) } },
      };
      queue.send(JSON.stringify({ Records: [encoded] }));
    }
  });
  const recovered = queue.recover();
  if (recovered > 0) logger.info('redelivering messages left by the last run', { count: recovered });

  const api = await loadApi({ store, s3, bucket, s3Endpoint, dataDir, logger });
  const httpServer = createServer((req, res) => {
    void serveHttp(req, res, { api, queue, bucket, s3Endpoint }).catch((error: unknown) => {
      logger.error('http request failed', { error: String(error) });
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: 'internal error' }));
    });
  });
  await new Promise<void>((resolveListen, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.apiPort ?? DEFAULT_API_PORT, '127.0.0.1', () => resolveListen());
  });
  const apiUrl = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;

  if (options.seed ?? true) {
    const seeded = await seedFixtures(store, s3, bucket);
    if (seeded.length > 0) logger.info('uploaded the fixture PDFs (first run)', { files: seeded });
  }

  let stopping: Promise<void> | undefined;
  return {
    s3Endpoint,
    apiUrl,
    bucket,
    dataDir,
    deadLetterDir,
    s3,
    store,
    stats: () => queue.stats(),
    idle: () => queue.idle(),
    stop: () => {
      stopping ??= (async () => {
        await closeServer(httpServer);
        await queue.close();
        await ocr.dispose();
        await server.close();
        s3.destroy();
      })();
      return stopping;
    },
  };
}

/** The query API (functions/api/router.ts) when it is present; /health works without it. */
async function loadApi(deps: {
  store: DocumentStore;
  s3: S3Client;
  bucket: string;
  s3Endpoint: string;
  dataDir: string;
  logger: Logger;
}): Promise<ApiHandler | null> {
  const routerPath = join(root, 'functions', 'api', 'router.ts');
  if (!existsSync(routerPath)) return null;
  const module = (await import(pathToFileURL(routerPath).href)) as {
    createApiHandler?: (deps: Record<string, unknown>) => ApiHandler;
  };
  if (typeof module.createApiHandler !== 'function') return null;
  return module.createApiHandler({ ...deps, now: () => new Date(), webDir: join(root, 'web') });
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

async function serveHttp(
  req: IncomingMessage,
  res: ServerResponse,
  ctx: { api: ApiHandler | null; queue: LocalQueue; bucket: string; s3Endpoint: string },
): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const method = req.method ?? 'GET';
  if (url.pathname === '/health' || url.pathname === '/api/health') {
    return sendJson(res, 200, {
      status: 'ok',
      bucket: ctx.bucket,
      s3Endpoint: ctx.s3Endpoint,
      queue: ctx.queue.stats(),
    });
  }
  if (ctx.api) {
    // The router takes paths with or without the /api prefix and serves the page (web/) itself, with its
    // security headers; everything but /health goes to it.
    const body = method === 'GET' || method === 'HEAD' ? undefined : await readBody(req);
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(req.headers)) {
      if (typeof value === 'string') headers[name] = value;
      else if (Array.isArray(value)) headers[name] = value.join(', ');
    }
    const response = await ctx.api({
      method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers,
      ...(body ? { body } : {}),
    });
    res.writeHead(response.status, response.headers ?? {});
    res.end(response.body ?? '');
    return;
  }
  // Without the query API (an early checkout), the page's files are still served.
  if (method === 'GET' || method === 'HEAD') {
    const file = staticFile(url.pathname);
    if (file) {
      res.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(method === 'HEAD' ? undefined : readFileSync(file));
      return;
    }
  }
  sendJson(res, 404, { error: `no route for ${method} ${url.pathname}` });
}

/** A file under web/ (index.html for /), never outside it. */
function staticFile(pathname: string): string | null {
  const webRoot = join(root, 'web');
  const relative = pathname === '/' ? 'index.html' : decodeURIComponent(pathname).replace(/^\/+/, '');
  const candidate = normalize(join(webRoot, relative));
  if (!candidate.startsWith(webRoot + sep)) return null;
  return existsSync(candidate) && statSync(candidate).isFile() ? candidate : null;
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(value));
}

async function readBody(req: IncomingMessage): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return new Uint8Array(Buffer.concat(chunks));
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolveClose) => {
    server.close(() => resolveClose());
    server.closeIdleConnections();
  });
}

/** The seed fixtures a newcomer should see extracted at once, uploaded only into an empty bucket. */
async function seedFixtures(store: DocumentStore, s3: S3Client, bucket: string): Promise<string[]> {
  if ((await store.list(UPLOADS_PREFIX)).length > 0) return [];
  const dir = join(root, 'fixtures');
  if (!existsSync(dir)) return [];
  const files = readdirSync(dir)
    .filter((name) => /^seed-.*\.pdf$/i.test(name))
    .sort();
  for (const name of files) {
    await s3.send(
      new PutObjectCommand({
        Bucket: bucket,
        Key: `${UPLOADS_PREFIX}${name}`,
        Body: readFileSync(join(dir, name)),
        ContentType: 'application/pdf',
      }),
    );
  }
  return files;
}

function localOcrChoice(value: string | undefined): 'tesseract' | 'none' {
  if (value === undefined || value === '' || value === 'tesseract') return 'tesseract';
  if (value === 'none') return 'none';
  throw new Error(`OCR_ENGINE=${value}: the local stack runs 'tesseract' or 'none' (Textract needs AWS)`);
}

function hasLegacyProvider(): boolean {
  return [...process.execArgv, ...(process.env['NODE_OPTIONS'] ?? '').split(/\s+/)].includes(
    '--openssl-legacy-provider',
  );
}

/** The port is taken (by a stack already running, most often): said before anything starts. */
class PortBusyError extends Error {
  override name = 'PortBusyError';
}

/** Try the port on 127.0.0.1 and let it go; s3rver's own listen error would escape as an unhandled event. */
async function ensurePortFree(port: number, what: string, variable: string): Promise<void> {
  if (port === 0) return;
  await new Promise<void>((resolvePort, reject) => {
    const probe = createNetServer();
    probe.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new PortBusyError(
              `port ${port} (${what}) används redan – kör Nämndkoll redan i en annan terminal? Stoppa den, eller välj en annan port med ${variable}=<port>.`,
            )
          : error,
      ),
    );
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolvePort()));
  });
}

async function main(): Promise<void> {
  const port = Number(process.env['NAMNDKOLL_S3_PORT'] ?? DEFAULT_S3_PORT);
  const apiPort = Number(process.env['NAMNDKOLL_API_PORT'] ?? DEFAULT_API_PORT);
  await ensurePortFree(port, 'S3', 'NAMNDKOLL_S3_PORT');
  await ensurePortFree(apiPort, 'webb och API', 'NAMNDKOLL_API_PORT');
  const stack = await startLocalStack({
    port,
    apiPort,
    ...(process.env['NAMNDKOLL_DATA_DIR'] ? { dataDir: process.env['NAMNDKOLL_DATA_DIR'] } : {}),
    logLevel: (process.env['POWERTOOLS_LOG_LEVEL']?.toUpperCase() as LocalStackOptions['logLevel']) ?? 'INFO',
    ocr: localOcrChoice(process.env['OCR_ENGINE']),
  });
  const lines = [
    '',
    'Nämndkoll local stack is up.',
    `  S3 endpoint : ${stack.s3Endpoint}  (bucket ${stack.bucket})`,
    `  web + API   : ${stack.apiUrl}/  (health: ${stack.apiUrl}/health)`,
    `  data dir    : ${stack.dataDir}`,
    `  dead letters: ${stack.deadLetterDir}`,
    '',
    'Upload a PDF from another terminal:',
    '  npx namndkoll upload fixtures/seed-004-handlingsplan-ruled.pdf --region SE-W',
    '',
    'Ctrl-C stops it.',
    '',
  ];
  if (!hasLegacyProvider()) {
    lines.push(
      'warning: node runs without --openssl-legacy-provider; s3rver fails listings of more than 1000 keys.',
    );
  }
  process.stderr.write(lines.join('\n'));

  const shutdown = (signal: string) => {
    process.stderr.write(`\n${signal}: finishing work in flight, then stopping…\n`);
    stack.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`stop failed: ${String(error)}\n`);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  main().catch((error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    const hint = /EADDRINUSE/.test(message)
      ? ' (välj andra portar med NAMNDKOLL_S3_PORT / NAMNDKOLL_API_PORT)'
      : '';
    process.stderr.write(`namndkoll: ${message}${hint}\n`);
    process.exit(1);
  });
}
