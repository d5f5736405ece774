/**
 * `namndkoll upload <files…|dir> [--region SE-W] [--bucket name] [--endpoint url] [--no-wait]`
 *
 * Uploads PDFs through the S3 API — to the local stack by default, to AWS with `--bucket` (default
 * credential chain) — then waits for the pipeline and reports each document's outcome. The outcome is
 * found where the pipeline writes it: extracted/<documentId>.json or failed/<documentId>.json, the
 * documentId being the sha256 of the bytes, computed here too.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { z } from 'zod';
import { extractedKey, failedKey, UPLOADS_PREFIX, uploadKeyHash } from '../../functions/lib/layout.ts';
import { createS3Client } from '../../functions/lib/s3-client.ts';
import { S3DocumentStore } from '../../functions/lib/store.ts';
import { documentIdOf } from '../../parsers/index.ts';
import { regionCodeOf } from '../../parsers/swedish/regions.ts';
import { documentTypeNameSv, REGION_NAMES } from '../../query/swedish.ts';
import { describeSv } from '../../web/messages-sv.js';

const LOCAL_ENDPOINT = 'http://127.0.0.1:4569';
const LOCAL_BUCKET = 'namndkoll-local';

const EXIT = { ok: 0, unexpected: 1, usage: 2, extractionFailed: 3, timedOut: 4 } as const;

const USAGE = `Usage: namndkoll upload <files…|dir> [options]

Uploads PDFs to the bucket's uploads/ and reports each document's outcome.

Options:
  --region <code>    the region the papers are from (SE-W, W …); wins over detection
  --bucket <name>    upload to this bucket on AWS (default credential chain)
  --endpoint <url>   S3 endpoint (default: the local stack, ${LOCAL_ENDPOINT})
  --no-wait          upload only, do not wait for the outcome
  --timeout <s>      seconds to wait for outcomes (default 120)
  -h, --help         this text

Exit codes: 0 all extracted, 2 usage, 3 some failed extraction, 4 timed out, 1 other error.`;

const OutcomeDocSchema = z.object({
  measures: z.array(z.unknown()),
  decisions: z.array(z.unknown()),
  document: z.object({ region: z.object({ code: z.string() }).nullable(), documentType: z.string() }),
});
const OutcomeFailureSchema = z.object({ code: z.string(), message: z.string(), failedAt: z.string() });

interface Upload {
  path: string;
  key: string;
  bytes: Uint8Array;
  documentId: string;
}

type Outcome =
  | { status: 'extracted'; measures: number; decisions: number; region: string | null; documentType: string }
  | { status: 'failed'; code: string; message: string }
  | { status: 'uploaded' }
  | { status: 'timeout' };

export async function run(argv: string[]): Promise<number> {
  let args: ReturnType<typeof parse>;
  try {
    args = parse(argv);
  } catch (error) {
    process.stderr.write(`namndkoll upload: ${(error as Error).message}\n\n${USAGE}\n`);
    return EXIT.usage;
  }
  if (args.values.help) {
    process.stdout.write(`${USAGE}\n`);
    return EXIT.ok;
  }

  let region: string | undefined;
  if (args.values.region !== undefined) {
    const parsed = regionCodeOf(args.values.region);
    if (parsed === null) {
      process.stderr.write(
        `namndkoll upload: --region ${args.values.region} is not an ISO 3166-2:SE code (e.g. SE-W)\n`,
      );
      return EXIT.usage;
    }
    region = parsed;
  }
  const timeoutSeconds = Number(args.values.timeout ?? '120');
  if (!Number.isFinite(timeoutSeconds) || timeoutSeconds <= 0) {
    process.stderr.write(`namndkoll upload: --timeout must be a positive number of seconds\n`);
    return EXIT.usage;
  }

  let uploads: Upload[];
  try {
    uploads = collectFiles(args.positionals).map((path) => {
      const bytes = new Uint8Array(readFileSync(path));
      return {
        path,
        key: `${UPLOADS_PREFIX}${basename(path)}`,
        bytes,
        documentId: documentIdOf(bytes).documentId,
      };
    });
  } catch (error) {
    process.stderr.write(`namndkoll upload: ${(error as Error).message}\n`);
    return EXIT.usage;
  }
  if (uploads.length === 0) {
    process.stderr.write(`namndkoll upload: no PDF files given\n\n${USAGE}\n`);
    return EXIT.usage;
  }

  const onAws = args.values.bucket !== undefined && args.values.endpoint === undefined;
  const endpoint = onAws
    ? undefined
    : (args.values.endpoint ?? process.env['NAMNDKOLL_S3_ENDPOINT'] ?? LOCAL_ENDPOINT);
  const bucket = args.values.bucket ?? process.env['NAMNDKOLL_BUCKET'] ?? LOCAL_BUCKET;
  const s3 = createS3Client({
    endpoint,
    region: process.env['AWS_REGION'] ?? process.env['AWS_DEFAULT_REGION'],
  });
  const target = endpoint ? `${endpoint} (bucket ${bucket})` : `s3://${bucket}`;

  try {
    const startedAt = Date.now();
    await uploadAll(s3, bucket, uploads, region);
    if (args.values['no-wait']) {
      printTable(uploads, new Map(uploads.map((upload) => [upload.path, { status: 'uploaded' } as Outcome])));
      return EXIT.ok;
    }
    const outcomes = await waitForOutcomes(
      new S3DocumentStore(s3, bucket),
      bucket,
      uploads,
      startedAt,
      timeoutSeconds,
    );
    printTable(uploads, outcomes);
    const statuses = [...outcomes.values()].map((outcome) => outcome.status);
    if (statuses.includes('timeout')) return EXIT.timedOut;
    if (statuses.includes('failed')) return EXIT.extractionFailed;
    return EXIT.ok;
  } catch (error) {
    process.stderr.write(`namndkoll upload: ${describeS3Error(error, target, !onAws)}\n`);
    return EXIT.unexpected;
  } finally {
    s3.destroy();
  }
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      region: { type: 'string' },
      bucket: { type: 'string' },
      endpoint: { type: 'string' },
      'no-wait': { type: 'boolean' },
      timeout: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

/** Files as given, and the PDFs inside directories (recursively). */
function collectFiles(paths: string[]): string[] {
  const files: string[] = [];
  for (const path of paths) {
    let info: ReturnType<typeof statSync>;
    try {
      info = statSync(path);
    } catch {
      throw new Error(`${path}: no such file or directory`);
    }
    if (info.isDirectory()) {
      const inside = readdirSync(path, { recursive: true })
        .map(String)
        .filter((name) => name.toLowerCase().endsWith('.pdf'))
        .sort();
      files.push(...inside.map((name) => join(path, name)));
    } else if (path.toLowerCase().endsWith('.pdf')) {
      files.push(path);
    } else {
      // The bucket only triggers extraction for *.pdf keys: anything else would never get an outcome.
      throw new Error(`${path}: not a .pdf file`);
    }
  }
  return files;
}

async function uploadAll(
  s3: S3Client,
  bucket: string,
  uploads: Upload[],
  region: string | undefined,
): Promise<void> {
  const total = uploads.reduce((sum, upload) => sum + upload.bytes.byteLength, 0);
  const progress = new ProgressBar(total, uploads.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < uploads.length) {
      const upload = uploads[next++]!;
      await s3.send(
        new PutObjectCommand({
          Bucket: bucket,
          Key: upload.key,
          Body: upload.bytes,
          ContentType: 'application/pdf',
          ...(region ? { Metadata: { region } } : {}),
        }),
      );
      progress.advance(upload.bytes.byteLength, basename(upload.path));
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(4, uploads.length) }, worker));
  } finally {
    progress.done();
  }
}

async function waitForOutcomes(
  store: S3DocumentStore,
  bucket: string,
  uploads: Upload[],
  startedAt: number,
  timeoutSeconds: number,
): Promise<Map<string, Outcome>> {
  const outcomes = new Map<string, Outcome>();
  const deadline = Date.now() + timeoutSeconds * 1000;
  const interactive = process.stderr.isTTY;
  while (outcomes.size < uploads.length && Date.now() < deadline) {
    for (const upload of uploads) {
      if (outcomes.has(upload.path)) continue;
      const outcome = await outcomeOf(store, bucket, upload, startedAt);
      if (outcome) outcomes.set(upload.path, outcome);
    }
    if (interactive)
      process.stderr.write(`\rwaiting for the pipeline: ${outcomes.size}/${uploads.length} done`);
    if (outcomes.size < uploads.length) await new Promise((resolve) => setTimeout(resolve, 400));
  }
  if (interactive) process.stderr.write('\n');
  for (const upload of uploads)
    if (!outcomes.has(upload.path)) outcomes.set(upload.path, { status: 'timeout' });
  return outcomes;
}

async function outcomeOf(
  store: S3DocumentStore,
  bucket: string,
  upload: Upload,
  startedAt: number,
): Promise<Outcome | null> {
  if (await store.exists(extractedKey(upload.documentId))) {
    const doc = OutcomeDocSchema.parse(await readJson(store, extractedKey(upload.documentId)));
    return {
      status: 'extracted',
      measures: doc.measures.length,
      decisions: doc.decisions.length,
      region: doc.document.region?.code ?? null,
      documentType: doc.document.documentType,
    };
  }
  for (const key of [failedKey(upload.documentId), failedKey(uploadKeyHash(bucket, upload.key))]) {
    if (!(await store.exists(key))) continue;
    const failure = OutcomeFailureSchema.parse(await readJson(store, key));
    // A failure record from an earlier upload of the same bytes is not this upload's outcome; failures
    // are never skipped, so a fresh one follows. Two seconds of tolerance for clock skew.
    if (Date.parse(failure.failedAt) < startedAt - 2000) continue;
    return { status: 'failed', code: failure.code, message: failure.message };
  }
  return null;
}

async function readJson(store: S3DocumentStore, key: string): Promise<unknown> {
  const object = await store.getObject(key);
  return JSON.parse(new TextDecoder().decode(object.bytes));
}

const STATUS_SV: Record<Outcome['status'], string> = {
  extracted: 'extraherad',
  failed: 'misslyckad',
  uploaded: 'uppladdad',
  timeout: 'väntar',
};

function printTable(uploads: Upload[], outcomes: Map<string, Outcome>): void {
  const rows = uploads.map((upload) => {
    const outcome = outcomes.get(upload.path) ?? { status: 'timeout' as const };
    const shortId = upload.documentId.replace('sha256:', '').slice(0, 12);
    let detail: string;
    switch (outcome.status) {
      case 'extracted': {
        const region = outcome.region ? (REGION_NAMES as Record<string, string>)[outcome.region] : undefined;
        detail = `${outcome.measures} åtgärder, ${outcome.decisions} beslutspunkter, ${documentTypeNameSv(outcome.documentType)}, ${region ?? 'okänd region'}`;
        break;
      }
      case 'failed':
        // Swedish for people; the stable code last, in brackets, for scripts.
        detail = `${describeSv({ code: outcome.code }, { kind: 'error' })} [${outcome.code}]`;
        break;
      case 'uploaded':
        detail = upload.key;
        break;
      case 'timeout':
        detail = 'inget resultat än (bearbetas fortfarande, eller så körs inte flödet)';
        break;
    }
    return [basename(upload.path), shortId, STATUS_SV[outcome.status], detail];
  });
  const header = ['fil', 'dokument', 'status', 'resultat'];
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (column < 3 ? row[column]!.length : 0))),
  );
  const line = (cells: string[]) =>
    cells.map((cell, column) => (column < 3 ? cell.padEnd(widths[column]!) : cell)).join('  ');
  process.stdout.write(`${[line(header), ...rows.map(line)].join('\n')}\n`);
}

function describeS3Error(error: unknown, target: string, local: boolean): string {
  const message = error instanceof Error ? error.message : String(error);
  const code =
    (error as { code?: string; name?: string } | null)?.code ?? (error as { name?: string } | null)?.name;
  if (local && (code === 'ECONNREFUSED' || /ECONNREFUSED/.test(message))) {
    return `cannot reach the local S3 server at ${target}: is \`npm start\` running?`;
  }
  if (code === 'NoSuchBucket') return `bucket not found at ${target}`;
  if (code === 'CredentialsProviderError') return `no AWS credentials found for ${target}: ${message}`;
  return `${code ? `${code}: ` : ''}${message} (${target})`;
}

/** Bytes and files uploaded, on stderr; one line per file when stderr is not a terminal. */
class ProgressBar {
  private bytes = 0;
  private files = 0;

  constructor(
    private readonly totalBytes: number,
    private readonly totalFiles: number,
  ) {
    this.render('');
  }

  advance(bytes: number, name: string): void {
    this.bytes += bytes;
    this.files += 1;
    this.render(name);
  }

  done(): void {
    if (process.stderr.isTTY) process.stderr.write('\n');
  }

  private render(name: string): void {
    const ratio = this.totalBytes === 0 ? 1 : this.bytes / this.totalBytes;
    const text = `${this.files}/${this.totalFiles} files, ${formatBytes(this.bytes)}/${formatBytes(this.totalBytes)}`;
    if (!process.stderr.isTTY) {
      if (name) process.stderr.write(`uploaded ${name} (${text})\n`);
      return;
    }
    const width = 28;
    const filled = Math.round(ratio * width);
    process.stderr.write(
      `\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${text} ${name}`.padEnd(100),
    );
  }
}

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} kB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
