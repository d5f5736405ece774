/**
 * The embedded local stack (`npm start`): an S3-compatible server (s3rver) on 127.0.0.1, the bucket, the
 * S3 → queue → ingest wiring of the AWS stack (same notification shape, keys encoded as AWS does, the same
 * handler code), and the HTTP API. No AWS account needed.
 */
import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { type AddressInfo, createServer as createNetServer } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import S3rver from 's3rver';
import { checkRequest, type RequestPolicy } from '../../functions/api/request-guard.ts';
import { MAX_UPLOAD_BYTES } from '../../functions/api/uploads.ts';
import { createIngestHandler } from '../../functions/ingest/handler.ts';
import {
  type Extract,
  type IngestDeps,
  recordDeadLetter,
  type UploadRef,
} from '../../functions/ingest/service.ts';
import { encodeS3Key, uploadsOf } from '../../functions/ingest/sqs-event.ts';
import { ExtractPool, type ExtractPoolOptions, pooledExtract } from '../../functions/lib/extract-pool.ts';
import { isIngestKey, UPLOADS_PREFIX } from '../../functions/lib/layout.ts';
import { createLogger, type Logger } from '../../functions/lib/logger.ts';
import { createOcrEngine } from '../../functions/lib/ocr-engine.ts';
import {
  createS3Client,
  LOCAL_CREDENTIALS_FILE,
  readLocalCredentials,
  type S3Credentials,
} from '../../functions/lib/s3-client.ts';
import { type DocumentStore, S3DocumentStore } from '../../functions/lib/store.ts';
import type { OcrEngine } from '../../parsers/ocr/port.ts';
import { type CompactAfterIngest, compactAfterIngest } from './compact-after-ingest.ts';
import { freeBytes, isDiskFull, makeStoreAtomic, recoverObjectFolder, type SyncFs } from './disk.ts';
import { type BatchHandler, LocalQueue, type QueueStats } from './queue.ts';
import { createS3Guard } from './s3-guard.ts';

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
  /** Time budget and memory ceiling of one document's extraction (defaults: extract-pool.ts). */
  extractLimits?: Pick<ExtractPoolOptions, 'timeBudgetMs' | 'memoryCeilingMb'>;
  /**
   * OCR for scanned pages: 'tesseract' (the local default: tesseract.js with the Swedish data shipped in
   * npm, no downloads), 'none' (scans fail with NEEDS_OCR), or an engine of the caller's.
   */
  ocr?: OcrEngine | 'tesseract' | 'none';
  /** Largest object the S3 endpoint accepts in one PUT (default 100 MB, the ingest's limit). */
  maxObjectBytes?: number;
  /** Largest upload body the API reads (default the API's MAX_UPLOAD_BYTES). */
  maxApiBodyBytes?: number;
  /** Free bytes on the data folder's disk (tests replace it to simulate a full disk). */
  freeBytes?: () => number;
  /** The queue's file operations (tests inject ENOSPC here, with `freeBytes`). */
  queueFs?: SyncFs;
  /**
   * Quiet period after the last ingest batch before the facts are compacted into Parquet
   * (infra/local/compact-after-ingest.ts). Default null: never (then `namndkoll compact`); `npm start`
   * sets 30 s (NAMNDKOLL_COMPACT_AFTER_MS), tests that read facts/ keep the landing zone as written.
   */
  compactAfterMs?: number | null;
}

export interface LocalStack {
  s3Endpoint: string;
  apiUrl: string;
  bucket: string;
  dataDir: string;
  deadLetterDir: string;
  s3: S3Client;
  /** The key pair the S3 endpoint accepts (also in <dataDir>/credentials.json, mode 0600). */
  credentials: S3Credentials;
  /** The token the API wants on writes (the page reads it from its index.html). */
  apiToken: string;
  store: DocumentStore;
  stats(): QueueStats;
  /** Resolves when every object write begun so far has ended and every event so far has been processed
   * (acknowledged or dead-lettered). */
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
  const credentials = ensureCredentials(dataDir);
  const diskFree = options.freeBytes ?? (() => freeBytes(dataDir));

  // What a crash left: temporary files of interrupted writes, unreadable side files of s3rver's.
  const recovery = recoverObjectFolder(s3Dir, join(dataDir, 'quarantine', 's3'));
  if (recovery.quarantined.length > 0) {
    logger.warn('moved damaged object side files to quarantine', { files: recovery.quarantined });
  }

  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    directory: s3Dir,
    silent: true,
    vhostBuckets: false,
    configureBuckets: [{ name: bucket }],
  });
  const objectWrites = makeStoreAtomic(server.store);
  await server.configureBuckets();
  // s3rver is never listening itself: its request handler runs behind the guard, on the guard's socket.
  const s3Http = createServer(
    createS3Guard(server.callback(), {
      bucket,
      credentials,
      maxObjectBytes: options.maxObjectBytes ?? 100 * 1024 * 1024,
      currentEtag: async (key) => {
        try {
          return (await server.store.getMetadata(bucket, key)).etag;
        } catch {
          return null;
        }
      },
      freeBytes: diskFree,
      onRefused: (details) => logger.warn('S3 request refused', details),
    }),
  );
  await listen(s3Http, options.port ?? DEFAULT_S3_PORT);
  const s3Endpoint = `http://127.0.0.1:${(s3Http.address() as AddressInfo).port}`;
  const s3 = createS3Client({ endpoint: s3Endpoint, region: 'eu-north-1', credentials });
  const store = new S3DocumentStore(s3, bucket);

  const ocrChoice = options.ocr ?? 'tesseract';
  const ocr =
    typeof ocrChoice === 'string'
      ? await createOcrEngine({ ocrEngine: ocrChoice, awsRegion: 'local' })
      : { engine: ocrChoice, dispose: async () => undefined };

  // Extraction in worker threads with a time budget and a memory ceiling, as on Lambda: a hostile
  // upload fails typed while the S3 server, the API and the queue keep serving.
  const concurrency = options.concurrency ?? 2;
  const pool = options.extract ? undefined : new ExtractPool({ size: concurrency, ...options.extractLimits });
  // The very handler the Lambda runs, with the local store in place of the environment's.
  const ingestDeps: IngestDeps = {
    store,
    now: () => new Date(),
    logger,
    // A crashed holder's own message takes the lease back at once; another key waits at most this long.
    lease: { ttlMs: 5 * 60 * 1000, waitMs: 60 * 1000 },
    extract: options.extract ?? pooledExtract(pool as ExtractPool),
    ...(ocr.engine ? { ocr: ocr.engine } : {}),
  };
  const ingestBatch: BatchHandler = createIngestHandler(ingestDeps);
  const compactAfterMs = options.compactAfterMs ?? null;
  let compaction: CompactAfterIngest | undefined;
  const handler: BatchHandler = async (...args) => {
    try {
      return await ingestBatch(...args);
    } finally {
      compaction?.touch();
    }
  };
  const queue = new LocalQueue({
    handler,
    queueDir: join(dataDir, 'queue'),
    deadLetterDir,
    maxReceives: options.maxReceives ?? 3,
    retryDelayMs: options.retryDelayMs ?? 500,
    concurrency,
    batchWindowMs: options.batchWindowMs ?? 0,
    onError: (error) => logger.error('ingest batch failed', { error: String(error) }),
    freeBytes: diskFree,
    ...(options.queueFs ? { fs: options.queueFs } : {}),
    onDiskFull: (message) => logger.error(message),
    onDiskRecovered: () => logger.info('disk space is back: processing resumes'),
    onQuarantine: (file, reason) =>
      logger.warn('queue file unreadable, moved to quarantine', { file, reason }),
    onDeadLetter: async (body, receiveCount) => {
      for (const upload of uploadsInBody(body)) {
        await recordDeadLetter(ingestDeps, upload, `processing failed ${receiveCount} times`);
      }
    },
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
      // Throws when the message cannot be saved (full disk): s3rver then answers 500 and the upload is
      // not acknowledged, so the uploader knows to try again.
      queue.send(JSON.stringify({ Records: [encoded] }));
    }
  });
  if (compactAfterMs !== null) {
    compaction = compactAfterIngest({
      dataDir: s3Dir,
      bucket,
      quietMs: compactAfterMs,
      idle: () => queue.idle(),
      logger,
    });
  }
  const recovered = queue.recover();
  if (recovered > 0) logger.info('redelivering messages left by the last run', { count: recovered });

  const apiToken = randomBytes(24).toString('base64url');
  const maxBody = options.maxApiBodyBytes ?? MAX_UPLOAD_BYTES;
  let apiPort = 0;
  let api: ApiHandler | null = null;
  const httpServer = createServer((req, res) => {
    void serveHttp(req, res, { api, queue, bucket, s3Endpoint, maxBody, port: apiPort, apiToken }).catch(
      (error: unknown) => {
        logger.error('http request failed', { error: String(error) });
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: 'internal error' }));
      },
    );
  });
  await listen(httpServer, options.apiPort ?? DEFAULT_API_PORT);
  apiPort = (httpServer.address() as AddressInfo).port;
  const apiUrl = `http://127.0.0.1:${apiPort}`;
  api = await loadApi({
    store,
    s3,
    bucket,
    s3Endpoint,
    dataDir,
    logger,
    requestPolicy: { port: apiPort, writeToken: apiToken },
  });

  if (options.seed ?? true) {
    // A full disk (or a store that cannot be reached) must not stop the stack from starting: the
    // fixtures are a convenience, and the next start with an empty bucket tries again.
    try {
      const seeded = await seedFixtures(store, s3, bucket);
      if (seeded.length > 0) logger.info('uploaded the fixture PDFs (first run)', { files: seeded });
    } catch (error) {
      logger.warn('could not upload the fixture PDFs; the stack runs without them', {
        error: error instanceof Error ? error.message : String(error),
      });
    }
  }

  let stopping: Promise<void> | undefined;
  return {
    s3Endpoint,
    apiUrl,
    bucket,
    dataDir,
    deadLetterDir,
    s3,
    credentials,
    apiToken,
    store,
    stats: () => queue.stats(),
    idle: async () => {
      await objectWrites.settled();
      await queue.idle();
    },
    stop: () => {
      stopping ??= (async () => {
        await closeServer(httpServer);
        await queue.close();
        await compaction?.close();
        await pool?.close();
        await ocr.dispose();
        await closeServer(s3Http);
        server.logger.exceptions.unhandle();
        server.logger.close();
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
  requestPolicy: RequestPolicy;
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
  ctx: {
    api: ApiHandler | null;
    queue: LocalQueue;
    bucket: string;
    s3Endpoint: string;
    maxBody: number;
    port: number;
    apiToken: string;
  },
): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const method = req.method ?? 'GET';
  // Host and Origin before anything is read or answered (the router checks them again, with the token).
  const headerMap: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (typeof value === 'string') headerMap[name] = value;
    else if (Array.isArray(value)) headerMap[name] = value.join(', ');
  }
  const verdict = checkRequest({ method, headers: headerMap }, { port: ctx.port, writeToken: ctx.apiToken });
  if (!verdict.ok)
    return refuseRequest(req, res, verdict.status, { code: verdict.code, message: verdict.message });
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
    let body: Uint8Array | undefined;
    if (method !== 'GET' && method !== 'HEAD') {
      const read = await readBodyWithin(req, ctx.maxBody);
      if (read === null) {
        return refuseRequest(req, res, 413, {
          code: 'PAYLOAD_TOO_LARGE',
          message: `the upload is larger than ${Math.round(ctx.maxBody / 1024 / 1024)} MB`,
        });
      }
      body = read;
    }
    const response = await ctx.api({
      method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers: headerMap,
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

/**
 * The body, or null as soon as it would pass `limit` bytes: a Content-Length above the limit is refused
 * before a byte is read, a chunked body is stopped at the limit. Memory stays at most `limit`.
 */
export async function readBodyWithin(req: IncomingMessage, limit: number): Promise<Uint8Array | null> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) return null;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) return null;
    chunks.push(chunk as Buffer);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

/**
 * Answer an error at once and close the connection. The rest of a refused body is discarded unread (memory
 * stays flat) for a short linger, so the client sees the answer instead of a reset; then the socket goes.
 */
function refuseRequest(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  error: { code: string; message: string },
): void {
  const body = JSON.stringify({ error });
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(body),
    'cache-control': 'no-store',
  });
  // No `connection: close`: node would close at once and the client, still sending, would get a reset
  // instead of the answer. The socket is destroyed after the linger instead.
  res.end(body);
  req.resume();
  const socket = req.socket as typeof req.socket | null;
  if (socket) setTimeout(() => socket.destroy(), LINGER_MS).unref();
}

const LINGER_MS = 2000;

function listen(server: Server, port: number): Promise<void> {
  return new Promise((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolveListen();
    });
  });
}

/**
 * The S3 key pair of this data folder: read when it exists, generated (random, 0600) when not. Printed by
 * `npm start`; the CLI and the handlers read it from here.
 */
function ensureCredentials(dataDir: string): S3Credentials {
  const path = join(dataDir, LOCAL_CREDENTIALS_FILE);
  const existing = readLocalCredentials(dataDir);
  if (existing) {
    chmodSync(path, 0o600);
    return existing;
  }
  const credentials: S3Credentials = {
    accessKeyId: `NK${randomBytes(9).toString('hex').toUpperCase()}`,
    secretAccessKey: randomBytes(30).toString('base64url'),
  };
  try {
    writeFileSync(path, `${JSON.stringify(credentials, null, 2)}\n`, { mode: 0o600 });
  } catch (error) {
    if (!isDiskFull(error)) throw error;
    rmSync(path, { force: true });
    throw new Error(`the disk is full: cannot write the key pair to ${path}; free space and start again`, {
      cause: error,
    });
  }
  chmodSync(path, 0o600);
  return credentials;
}

/** The uploads an S3 notification message announces (for the dead-letter failure record). */
function uploadsInBody(body: string): UploadRef[] {
  try {
    return uploadsOf({ messageId: 'dead-letter', body } as Parameters<typeof uploadsOf>[0]);
  } catch {
    return [];
  }
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
    compactAfterMs: Number(process.env['NAMNDKOLL_COMPACT_AFTER_MS'] ?? 30_000),
  });
  const lines = [
    '',
    'Nämndkoll local stack is up.',
    `  S3 endpoint : ${stack.s3Endpoint}  (bucket ${stack.bucket}, SigV4 with the key pair below)`,
    `  access key  : ${stack.credentials.accessKeyId}  (secret in ${join(stack.dataDir, LOCAL_CREDENTIALS_FILE)}, mode 0600)`,
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
