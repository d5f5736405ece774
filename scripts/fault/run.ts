/**
 * `npm run fault` — the local stack under kill -9 (issue 11). Uploads N PDFs (distinct bytes, some under
 * a region prefix, some the same bytes under two keys, some marked to fail extraction) to a local stack
 * in a child process, kills it with SIGKILL at a random moment of each round — during uploads and during
 * processing — and restarts it on the same data folder. A final round runs to the end. Then every
 * acknowledged upload (its PUT answered 200) must have ended extracted or failed (none lost), and no
 * document may have fact rows in more than one region or beside a document of another region (none
 * counted twice).
 *
 *   npm run fault                                   300 uploads, 5 killed rounds, stub extraction
 *   npm run fault -- --uploads 1000 --rounds 20 --extract real --seed 7
 *
 * Prints its figures (the report as JSON, then one line: acknowledged, extracted, failed, lost,
 * duplicated); exits 1 when an upload was lost or counted twice. The CI form is tests/e2e/fault.test.ts
 * (300 uploads, 5 rounds, stub extraction).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createWriteStream, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { readLocalCredentials } from '../../functions/lib/s3-client.ts';
import { mulberry32 as random } from '../prng.ts';

const root = resolve(import.meta.dirname, '..', '..');
const BUCKET = 'namndkoll-local';

export interface FaultOptions {
  uploads: number;
  rounds: number;
  seed: number;
  extract: 'stub' | 'real';
  concurrency: number;
  /** Longest time before the kill in a round. */
  maxRoundMs: number;
  /** How long the final round may take to settle. */
  settleMs: number;
  dataDir?: string;
  log?: (line: string) => void;
}

export interface FaultReport {
  uploads: number;
  distinctDocuments: number;
  acknowledged: number;
  kills: number;
  extracted: number;
  failed: number;
  lost: string[];
  countedTwice: string[];
  deadLettered: number;
  quarantined: number;
  reuploadsAfterKill: number;
  /** Documents with fact files but no extracted document (invisible to SQL). */
  orphanFacts: number;
  finalQueue: Child['stats'];
  durationMs: number;
}

interface Planned {
  key: string;
  bytes: Uint8Array;
  documentId: string;
  acknowledged: boolean;
}

function plan(options: FaultOptions, rand: () => number): Planned[] {
  const base =
    options.extract === 'real'
      ? readFileSync(join(root, 'fixtures', 'seed-004-handlingsplan-ruled.pdf'))
      : Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');
  const out: Planned[] = [];
  for (let i = 0; out.length < options.uploads; i++) {
    const fail = rand() < 0.1 ? ' FAIL' : '';
    const bytes = new Uint8Array(
      Buffer.concat([base, Buffer.from(`\n%fault-${options.seed}-${i}${fail}\n`)]),
    );
    const documentId = `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
    const regional = rand() < 0.5;
    out.push({
      key: `uploads/${regional ? 'SE-W/' : ''}fault-${i}.pdf`,
      bytes,
      documentId,
      acknowledged: false,
    });
    // About one in ten: the same bytes under a second key (and the other region statement) at once.
    if (rand() < 0.1 && out.length < options.uploads) {
      out.push({
        key: `uploads/${regional ? '' : 'SE-W/'}fault-${i}-copy.pdf`,
        bytes,
        documentId,
        acknowledged: false,
      });
    }
  }
  return out;
}

interface Child {
  process: ChildProcess;
  s3: string;
  stats: {
    pending: number;
    inFlight: number;
    delayed: number;
    delivered: number;
    deadLettered: number;
  } | null;
  exited: Promise<void>;
}

function startChild(dataDir: string, extract: string, log: (line: string) => void): Promise<Child> {
  const child = spawn(
    process.execPath,
    ['--openssl-legacy-provider', '--import', './cli/register.mjs', 'scripts/fault/stack.ts'],
    {
      cwd: root,
      env: {
        ...process.env,
        FAULT_DATA_DIR: dataDir,
        FAULT_EXTRACT: extract,
        AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const stderr = createWriteStream(join(dataDir, 'fault-stack.log'), { flags: 'a' });
  child.stderr?.pipe(stderr);
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  return new Promise((resolveChild, reject) => {
    const state: Child = { process: child, s3: '', stats: null, exited };
    let buffer = '';
    let ready = false;
    child.stdout?.on('data', (data: Buffer) => {
      buffer += data.toString('utf8');
      let newline = buffer.indexOf('\n');
      while (newline !== -1) {
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + 1);
        if (line.startsWith('READY ')) {
          state.s3 = (JSON.parse(line.slice(6)) as { s3: string }).s3;
          ready = true;
          resolveChild(state);
        } else if (line.startsWith('STATS ')) {
          state.stats = JSON.parse(line.slice(6));
        } else if (line.trim()) log(`  stack: ${line}`);
        newline = buffer.indexOf('\n');
      }
    });
    void exited.then(() => {
      if (!ready)
        reject(new Error(`the stack exited before it was ready (see ${join(dataDir, 'fault-stack.log')})`));
    });
  });
}

async function kill(child: Child): Promise<void> {
  child.process.kill('SIGKILL');
  await child.exited;
}

/** Upload every not yet acknowledged item (concurrently) until done or `stop` is set. */
async function uploadPending(
  child: Child,
  items: Planned[],
  dataDir: string,
  concurrency: number,
  stop: { now: boolean },
): Promise<number> {
  const credentials = readLocalCredentials(dataDir);
  if (!credentials) throw new Error('the stack wrote no credentials');
  // One attempt per PUT: "acknowledged" means exactly that this PUT was answered 200.
  const s3 = new S3Client({
    region: 'eu-north-1',
    endpoint: child.s3,
    forcePathStyle: true,
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    credentials,
    maxAttempts: 1,
  });
  const queue = items.filter((item) => !item.acknowledged);
  let attempted = 0;
  const worker = async () => {
    for (;;) {
      if (stop.now) return;
      const item = queue.shift();
      if (!item) return;
      attempted += 1;
      try {
        await s3.send(
          new PutObjectCommand({
            Bucket: BUCKET,
            Key: item.key,
            Body: item.bytes,
            ContentType: 'application/pdf',
          }),
        );
        item.acknowledged = true;
      } catch (error) {
        if (!stop.now && process.env['FAULT_DEBUG'])
          process.stderr.write(`put ${item.key}: ${String(error)}\n`);
        // Killed mid-request (or refused): not acknowledged, uploaded again in a later round.
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  s3.destroy();
  return attempted;
}

function walk(dir: string, out: string[] = []): string[] {
  if (!existsSync(dir)) return out;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, out);
    else out.push(path);
  }
  return out;
}

const OBJECT = '._S3rver_object';

/** Outcome of every document, read from the stack's folder (the s3rver layout). */
function outcomes(dataDir: string) {
  const bucketDir = join(dataDir, 's3', BUCKET);
  const extracted = new Map<string, string>();
  const failed = new Set<string>();
  const factRegions = new Map<string, Set<string>>();
  for (const path of walk(bucketDir)) {
    if (!path.endsWith(OBJECT)) continue;
    const key = relative(bucketDir, path).slice(0, -OBJECT.length);
    if (key.startsWith('extracted/')) {
      const doc = JSON.parse(readFileSync(path, 'utf8')) as {
        documentId: string;
        document: { region: { code: string } | null };
      };
      extracted.set(doc.documentId, doc.document.region?.code ?? 'unknown');
    } else if (key.startsWith('failed/')) {
      failed.add(key.slice('failed/'.length, -'.json'.length));
    } else if (key.startsWith('facts/') && readFileSync(path).byteLength > 0) {
      const match = /region=([^/]+)\/year=\d+\/(sha256:[0-9a-f]{64})\.jsonl$/.exec(key);
      if (!match) continue;
      const regions = factRegions.get(match[2]!) ?? new Set<string>();
      regions.add(match[1]!);
      factRegions.set(match[2]!, regions);
    }
  }
  return { extracted, failed, factRegions };
}

export async function runFault(options: FaultOptions): Promise<FaultReport> {
  const started = Date.now();
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const rand = random(options.seed);
  const items = plan(options, rand);
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'namndkoll-fault-'));
  let kills = 0;
  let reuploads = 0;
  try {
    for (let round = 1; round <= options.rounds; round++) {
      const child = await startChild(dataDir, options.extract, log);
      const stop = { now: false };
      const before = items.filter((item) => item.acknowledged).length;
      const uploading = uploadPending(child, items, dataDir, options.concurrency, stop);
      const killAfter = 100 + Math.floor(rand() * options.maxRoundMs);
      await new Promise((resolveWait) => setTimeout(resolveWait, killAfter));
      await kill(child);
      kills += 1;
      stop.now = true;
      await uploading;
      const after = items.filter((item) => item.acknowledged).length;
      log(
        `round ${round}: killed after ${killAfter} ms; ${after - before} uploads acknowledged this round, ` +
          `${after}/${items.length} in all; queue at the kill: ${JSON.stringify(child.stats)}`,
      );
    }
    // The last run: everything not yet acknowledged is uploaded again, then the stack settles.
    const child = await startChild(dataDir, options.extract, log);
    reuploads = items.filter((item) => !item.acknowledged).length;
    await uploadPending(child, items, dataDir, options.concurrency, { now: false });
    const deadline = Date.now() + options.settleMs;
    for (;;) {
      await new Promise((resolveWait) => setTimeout(resolveWait, 500));
      const stats = child.stats;
      const idle = stats && stats.pending === 0 && stats.inFlight === 0 && stats.delayed === 0;
      const seen = outcomes(dataDir);
      const open = items.filter(
        (item) => !seen.extracted.has(item.documentId) && !seen.failed.has(item.documentId),
      ).length;
      if ((idle && open === 0) || Date.now() > deadline) break;
    }
    const queueStats = child.stats;
    await kill(child);

    const final = outcomes(dataDir);
    const lost = items
      .filter((item) => item.acknowledged)
      .filter((item) => !final.extracted.has(item.documentId) && !final.failed.has(item.documentId))
      .map((item) => `${item.key} (${item.documentId})`);
    // Strict: non-empty fact files outside the document's region (what Athena, which reads every file,
    // would count twice). Facts of a document that was never committed are invisible to SQL here but
    // reported.
    const countedTwice: string[] = [];
    let orphanFacts = 0;
    for (const [documentId, regions] of final.factRegions) {
      const region = final.extracted.get(documentId);
      if (region === undefined) orphanFacts += 1;
      else if (regions.size > 1 || !regions.has(region)) {
        countedTwice.push(`${documentId}: facts in ${[...regions].join(', ')}, document in ${region}`);
      }
    }
    const distinct = new Set(items.map((item) => item.documentId));
    const log2 = readFileSync(join(dataDir, 'fault-stack.log'), 'utf8');
    return {
      uploads: items.length,
      distinctDocuments: distinct.size,
      acknowledged: items.filter((item) => item.acknowledged).length,
      kills,
      extracted: [...distinct].filter((id) => final.extracted.has(id)).length,
      failed: [...distinct].filter((id) => !final.extracted.has(id) && final.failed.has(id)).length,
      lost,
      countedTwice,
      deadLettered: existsSync(join(dataDir, 'dead-letter'))
        ? readdirSync(join(dataDir, 'dead-letter')).length
        : 0,
      quarantined: (log2.match(/quarantine/g) ?? []).length,
      reuploadsAfterKill: reuploads,
      orphanFacts,
      finalQueue: queueStats,
      durationMs: Date.now() - started,
    };
  } finally {
    if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
  }
}

/**
 * The acceptance figures in one line: uploads acknowledged (PUT answered 200), documents extracted or
 * failed, acknowledged uploads lost, and documents duplicated (facts in another region than their
 * document, or in more than one).
 */
export function faultSummary(report: FaultReport): string {
  return (
    `fault run: ${report.uploads} uploads of ${report.distinctDocuments} documents, ${report.kills} kill -9 ` +
    `rounds: acknowledged ${report.acknowledged}, extracted ${report.extracted}, failed ${report.failed}, ` +
    `lost ${report.lost.length}, duplicated ${report.countedTwice.length}`
  );
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      uploads: { type: 'string', default: '300' },
      rounds: { type: 'string', default: '5' },
      seed: { type: 'string', default: '1' },
      extract: { type: 'string', default: 'stub' },
      concurrency: { type: 'string', default: '8' },
      'max-round-ms': { type: 'string', default: '6000' },
      'data-dir': { type: 'string' },
    },
  });
  const extract = values.extract === 'real' ? 'real' : 'stub';
  const report = await runFault({
    uploads: Number(values.uploads),
    rounds: Number(values.rounds),
    seed: Number(values.seed),
    extract,
    concurrency: Number(values.concurrency),
    maxRoundMs: Number(values['max-round-ms']),
    settleMs: extract === 'real' ? 30 * 60_000 : 5 * 60_000,
    ...(values['data-dir'] ? { dataDir: resolve(values['data-dir']) } : {}),
  });
  process.stdout.write(
    `${JSON.stringify({ ...report, lost: report.lost.length, countedTwice: report.countedTwice.length }, null, 2)}\n`,
  );
  process.stdout.write(`${faultSummary(report)}\n`);
  for (const line of [...report.lost, ...report.countedTwice]) process.stdout.write(`  ${line}\n`);
  process.exit(report.lost.length === 0 && report.countedTwice.length === 0 ? 0 : 1);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  main().catch((error: unknown) => {
    process.stderr.write(`fault run: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  });
}
