/**
 * `npm run fuzz [-- --count 10000 --seed 11]`: extracts generated hostile PDFs — mutations of the
 * fixtures and of a small hand-built paper (byte flips, truncations, xref damage, lying stream lengths,
 * decompression bombs, deep nesting, huge counts, junk after %%EOF, encrypted files, absurd boxes …) —
 * through the extraction pool, and prints the figures: cases, outcomes, untyped errors, runs past the
 * time budget, peak memory growth of a job against the ceiling, and the histogram of codes.
 * Seeded: the same seed gives the same files. Exits 1 when an untyped error or an overrun occurred.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { deflateSync } from 'node:zlib';
import { ExtractPool, type JobStats } from '../functions/lib/extract-pool.ts';
import { isExtractionError } from '../parsers/errors.ts';
import {
  buildPdf,
  concatBytes,
  contentBombPdf,
  deepNestingPdf,
  deflateBomb,
  manyItemsPdf,
  metadataBombPdf,
  randomSource,
  textContent,
  textPdf,
} from '../tests/helpers/hostile-pdfs.ts';

const root = resolve(import.meta.dirname, '..');

export interface FuzzOptions {
  count: number;
  seed: number;
  timeBudgetMs: number;
  memoryCeilingMb: number;
  /** Extra time past the budget before a run counts as an overrun (termination is not instant). */
  overrunSlackMs: number;
  /** Documents extracted at once (the pool's size). */
  concurrency: number;
  log?: (line: string) => void;
  /** Asked before each case: true ends the run early (its report covers the cases done). */
  stop?: () => boolean;
}

export interface FuzzReport {
  count: number;
  seed: number;
  concurrency: number;
  /** Cases run (fewer than count when stopped early). */
  done: number;
  extracted: number;
  typed: number;
  untyped: number;
  untypedSamples: string[];
  /** Runs whose wall time went past the time budget plus slack: the bound failed to stop them. */
  overruns: number;
  /** Runs the time budget stopped (typed PDF_TOO_COMPLEX). */
  budgetStops: number;
  ceilingStops: number;
  peakMemoryMb: number;
  memoryCeilingMb: number;
  timeBudgetMs: number;
  codes: Record<string, number>;
  mutations: Record<string, number>;
  slowestMs: number;
  elapsedMs: number;
}

type Random = () => number;
type Mutation = (base: Uint8Array, random: Random) => Uint8Array;

const int = (random: Random, max: number): number => Math.floor(random() * max);
const pick = <T>(random: Random, items: readonly T[]): T => items[int(random, items.length)] as T;
const latin1 = (text: string): Uint8Array => Uint8Array.from(Buffer.from(text, 'latin1'));
const text = (bytes: Uint8Array): string => Buffer.from(bytes).toString('latin1');

function replaceAll(bytes: Uint8Array, pattern: RegExp, replacer: (match: string) => string): Uint8Array {
  return latin1(text(bytes).replace(pattern, replacer));
}

const MUTATIONS: Record<string, Mutation> = {
  'byte-flips': (base, random) => {
    const out = new Uint8Array(base);
    const flips = 1 + int(random, 64);
    for (let i = 0; i < flips; i++) out[int(random, out.length)] = int(random, 256);
    return out;
  },
  truncation: (base, random) => base.subarray(0, int(random, base.length)),
  'xref-damage': (base, random) =>
    replaceAll(base, /(\d{10}) (\d{5}) ([nf])|startxref\s+\d+/g, (match) =>
      random() < 0.4 ? match.replace(/\d/g, () => String(int(random, 10))) : match,
    ),
  'stream-length-lie': (base, random) =>
    replaceAll(base, /\/Length \d+/g, () =>
      pick(random, [
        '/Length 0',
        '/Length -5',
        '/Length 99999999',
        `/Length ${int(random, 5000)}`,
        '/Length 7 0 R',
      ]),
    ),
  'junk-after-eof': (base, random) => {
    const junk = new Uint8Array(1 + int(random, 128 * 1024));
    for (let i = 0; i < junk.length; i++) junk[i] = int(random, 256);
    return concatBytes([base, junk]);
  },
  'junk-before-header': (base, random) => concatBytes([latin1('x'.repeat(int(random, 2000))), base]),
  'huge-count': (base, random) =>
    replaceAll(
      base,
      /\/Count \d+/g,
      () => `/Count ${pick(random, ['-1', '0', '999999999', '1e12', '/Name'])}`,
    ),
  'absurd-box': (base, random) =>
    replaceAll(base, /\/MediaBox\s*\[[^\]]*\]/g, () =>
      pick(random, [
        '/MediaBox [0 0 1e30 1e30]',
        '/MediaBox [0 0 0 0]',
        '/MediaBox [-1e9 -1e9 1e9 1e9]',
        '/MediaBox []',
        '/MediaBox [0 0 1 1]',
      ]),
    ),
  'deleted-range': (base, random) => {
    const from = int(random, base.length);
    return concatBytes([
      base.subarray(0, from),
      base.subarray(Math.min(base.length, from + 1 + int(random, 4096))),
    ]);
  },
  'duplicated-range': (base, random) => {
    const from = int(random, base.length);
    const piece = base.subarray(from, Math.min(base.length, from + 1 + int(random, 4096)));
    return concatBytes([base.subarray(0, from), piece, piece, base.subarray(from + piece.length)]);
  },
  splice: (base, random) => {
    const other = pick(random, bases()).bytes;
    const cut = int(random, base.length);
    return concatBytes([base.subarray(0, cut), other.subarray(int(random, other.length))]);
  },
  'content-bomb': (_base, random) => contentBombPdf((1 + int(random, 1024)) * 1024 * 1024),
  'metadata-bomb': (_base, random) => metadataBombPdf((1 + int(random, 512)) * 1024 * 1024),
  'double-flate-bomb': (_base, random) => {
    const inner = deflateBomb((64 + int(random, 900)) * 1024 * 1024);
    const outer = new Uint8Array(deflateSync(inner));
    return textPdf({
      extra: [{ body: '<< /Filter [/FlateDecode /FlateDecode] >>', stream: outer }],
      pageExtra: '/PieceInfo 6 0 R',
    });
  },
  'deep-nesting': (_base, random) => deepNestingPdf(500 + int(random, 200_000)),
  'nested-content': (_base, random) => {
    const depth = 500 + int(random, 100_000);
    return textPdf({
      content: latin1(
        `${'['.repeat(depth)}${']'.repeat(depth)} pop\n${text(textContent(['Minskad kostnad 12 mkr 2025']))}`,
      ),
      compress: random() < 0.5,
    });
  },
  'many-items': (_base, random) => manyItemsPdf(pick(random, [5_000, 30_000, 150_000])),
  'many-pages': (_base, random) => {
    const count = pick(random, [3000, 100_000]);
    return textPdf({ count: String(count) });
  },
  'lying-image': (_base, random) =>
    textPdf({
      pageExtra: '/Resources << /XObject << /Im1 6 0 R >> /Font << /F1 4 0 R >> >>',
      content: latin1(`q 500 0 0 700 40 60 cm /Im1 Do Q\n${text(textContent(['Bilaga 12 mkr']))}`),
      extra: [
        {
          body: `<< /Type /XObject /Subtype /Image /Width ${pick(random, [60000, 100000, 1])} /Height ${pick(random, [60000, 100000, 1])} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /FlateDecode >>`,
          stream: deflateBomb((1 + int(random, 200)) * 1024 * 1024, 0),
        },
      ],
    }),
  'garbage-objects': (base, random) => {
    const garbage = Array.from(
      { length: 1 + int(random, 20) },
      (_, i) =>
        `${9000 + i} 0 obj\n${pick(random, ['<<', '[', '(', '<< /Type /Page /Contents 5 0 R >>', 'stream\nxx', '/', 'endobj'])}\nendobj\n`,
    ).join('');
    const cut = int(random, base.length);
    return concatBytes([base.subarray(0, cut), latin1(garbage), base.subarray(cut)]);
  },
  'encrypted-mutated': (_base, random) => MUTATIONS['byte-flips']!(encrypted(), random),
  'object-stream-bomb': (_base, random) =>
    buildPdf([
      { body: '<< /Type /Catalog /Pages 2 0 R >>' },
      { body: '<< /Type /Pages /Kids [3 0 R] /Count 1 >>' },
      { body: '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>' },
      { body: '<< >>', stream: textContent(['Objektstrom 12 mkr']) },
      {
        body: '<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode >>',
        stream: deflateBomb((16 + int(random, 512)) * 1024 * 1024),
      },
    ]),
};

interface Base {
  name: string;
  bytes: Uint8Array;
}
let baseCache: Base[] | undefined;
function bases(): Base[] {
  if (baseCache) return baseCache;
  const fixtures: Base[] = [];
  for (const dir of ['fixtures', 'fixtures/edge']) {
    for (const name of readdirSync(join(root, dir)).filter((f) => f.endsWith('.pdf'))) {
      if (name.startsWith('large-') || name.startsWith('scanned')) continue; // slow, not more hostile
      fixtures.push({ name: `${dir}/${name}`, bytes: new Uint8Array(readFileSync(join(root, dir, name))) });
    }
  }
  baseCache = [
    ...fixtures,
    { name: 'synthetic/plain', bytes: textPdf() },
    { name: 'synthetic/compressed', bytes: textPdf({ compress: true }) },
  ];
  return baseCache;
}
function encrypted(): Uint8Array {
  return (bases().find((base) => base.name.endsWith('encrypted.pdf')) ?? (bases()[0] as Base)).bytes;
}

/** Most cases mutate the small synthetic paper (fast), one in sixteen a fixture (slow); some build a bomb. */
export function generateCase(
  index: number,
  seed: number,
): { mutation: string; base: string; bytes: Uint8Array } {
  const random = randomSource(seed * 1_000_003 + index);
  const names = Object.keys(MUTATIONS);
  let mutation = pick(random, names);
  // A page of 150,000 items costs the whole time budget: drawn a third as often as the rest.
  if (mutation === 'many-items' && random() < 0.67) mutation = pick(random, names);
  const all = bases();
  const synthetic = all.filter((base) => base.name.startsWith('synthetic/'));
  const base = random() < 0.06 ? pick(random, all) : pick(random, synthetic);
  let bytes = (MUTATIONS[mutation] as Mutation)(base.bytes, random);
  // A second mutation on a fifth of the cases: damage rarely comes alone.
  if (random() < 0.2)
    bytes = (
      MUTATIONS[
        pick(random, ['byte-flips', 'junk-after-eof', 'stream-length-lie', 'xref-damage'])
      ] as Mutation
    )(bytes, random);
  return { mutation, base: base.name, bytes };
}

export async function fuzz(options: FuzzOptions): Promise<FuzzReport> {
  const log = options.log ?? (() => undefined);
  const pool = new ExtractPool({
    timeBudgetMs: options.timeBudgetMs,
    memoryCeilingMb: options.memoryCeilingMb,
  });
  const report: FuzzReport = {
    count: options.count,
    seed: options.seed,
    concurrency: options.concurrency,
    done: 0,
    extracted: 0,
    typed: 0,
    untyped: 0,
    untypedSamples: [],
    overruns: 0,
    budgetStops: 0,
    ceilingStops: 0,
    peakMemoryMb: 0,
    memoryCeilingMb: options.memoryCeilingMb,
    timeBudgetMs: options.timeBudgetMs,
    codes: {},
    mutations: {},
    slowestMs: 0,
    elapsedMs: 0,
  };
  const started = performance.now();
  let next = 0;
  const runCases = async (): Promise<void> => {
    for (let index = next++; index < options.count && !options.stop?.(); index = next++) {
      report.done++;
      const { mutation, base, bytes } = generateCase(index, options.seed);
      report.mutations[mutation] = (report.mutations[mutation] ?? 0) + 1;
      const caseStart = performance.now();
      let stats: JobStats | undefined;
      let code: string;
      try {
        const result = await pool.run({
          bytes,
          options: { now: () => new Date(), fileName: `case-${index}.pdf` },
        });
        stats = result.stats;
        code = 'EXTRACTED';
        report.extracted++;
      } catch (error) {
        stats = (error as { stats?: JobStats }).stats;
        if (isExtractionError(error)) {
          code = error.code;
          report.typed++;
        } else {
          code = 'UNTYPED';
          report.untyped++;
          if (report.untypedSamples.length < 10) {
            report.untypedSamples.push(
              `case ${index} (${mutation} of ${base}): ${String((error as Error).message).slice(0, 300)}`,
            );
          }
        }
      }
      const wall = performance.now() - caseStart;
      report.slowestMs = Math.max(report.slowestMs, stats?.durationMs ?? wall);
      if ((stats?.durationMs ?? 0) > options.timeBudgetMs + options.overrunSlackMs) report.overruns++;
      if (stats?.outcome === 'time-budget') report.budgetStops++;
      if (stats?.outcome === 'memory-ceiling') report.ceilingStops++;
      report.peakMemoryMb = Math.max(report.peakMemoryMb, stats?.peakMemoryMb ?? 0);
      report.codes[code] = (report.codes[code] ?? 0) + 1;
      if (report.done % 250 === 0) {
        log(
          `${report.done}/${options.count} cases, ${report.extracted} extracted, ${report.typed} typed, ${report.untyped} untyped, ${report.overruns} past the budget (${report.budgetStops} stopped), peak ${report.peakMemoryMb} MB, ${Math.round((performance.now() - started) / 1000)} s`,
        );
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: options.concurrency }, () => runCases()));
  } finally {
    await pool.close();
  }
  report.elapsedMs = Math.round(performance.now() - started);
  return report;
}

export function formatReport(report: FuzzReport): string {
  const sorted = (record: Record<string, number>) =>
    Object.entries(record)
      .sort((a, b) => b[1] - a[1])
      .map(([name, n]) => `  ${name.padEnd(22)} ${n}`)
      .join('\n');
  return [
    `fuzz: ${report.done}${report.done < report.count ? ` of ${report.count}` : ''} hostile PDFs, seed ${report.seed}, ${(report.elapsedMs / 1000).toFixed(0)} s, ${report.concurrency} at once`,
    `  extracted              ${report.extracted}`,
    `  typed failures         ${report.typed}`,
    `  untyped errors         ${report.untyped}`,
    `  past the time budget   ${report.overruns} (budget ${report.timeBudgetMs / 1000} s; ${report.budgetStops} stopped by it, typed)`,
    `  peak memory of a job   ${report.peakMemoryMb} MB of the ${report.memoryCeilingMb} MB ceiling (${report.ceilingStops} stopped by it, typed)`,
    `  slowest job            ${(report.slowestMs / 1000).toFixed(1)} s`,
    'codes:',
    sorted(report.codes),
    'mutations:',
    sorted(report.mutations),
    ...(report.untypedSamples.length > 0 ? ['untyped:', ...report.untypedSamples.map((s) => `  ${s}`)] : []),
  ].join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const { values } = parseArgs({
    options: {
      count: { type: 'string', default: '300' },
      seed: { type: 'string', default: '11' },
      budget: { type: 'string', default: '10000' },
      ceiling: { type: 'string', default: '512' },
      concurrency: { type: 'string', default: '2' },
    },
  });
  // SIGINT/SIGTERM end the run after the cases under way, and the figures of the cases done print.
  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => (stopping = true));
  const report = await fuzz({
    stop: () => stopping,
    count: Number(values.count),
    seed: Number(values.seed),
    timeBudgetMs: Number(values.budget),
    memoryCeilingMb: Number(values.ceiling),
    overrunSlackMs: 2_000,
    concurrency: Number(values.concurrency),
    log: (line) => process.stderr.write(`${line}\n`),
  });
  process.stdout.write(`${formatReport(report)}\n`);
  process.exitCode =
    report.untyped > 0 || report.overruns > 0 || report.peakMemoryMb > report.memoryCeilingMb ? 1 : 0;
}
