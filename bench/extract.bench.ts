/**
 * Extraction benchmark: for every fixture PDF and a generated 100-page document, the median of
 * warm runs of full extraction (extractDocument) in ms per page and in total, the text layer alone
 * (loadPdf) so that regressions can be attributed, peak RSS of the 100-page document in a fresh
 * process, and poppler's `pdftotext -layout` on the same file as a speed reference.
 * Prints figures only; a benchmark never fails on time.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import PDFDocument from 'pdfkit';
import { ExtractionError, extractDocument } from '../parsers/index.ts';
import { loadPdf } from '../parsers/pdf/load.ts';
import { inProcessWorker, loadPdfjs, TEXT_ONLY_OPTIONS } from '../parsers/pdf/pdfjs.ts';
import { median } from './stats.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const FIXTURES = join(ROOT, 'fixtures');
const SEEDS = join(ROOT, 'fixtures', 'seeds');
const WARMUPS = 2;
const RUNS = 5;
/** A pdfkit memo, a ruled table, a tagged Chromium table: where pdfjs's per-page time goes. */
const SHARE_FILES = [
  'seed-000-tjansteskrivelse.pdf',
  'seed-004-handlingsplan-ruled.pdf',
  'zoo/004-chromium-ruled.pdf',
];

interface Timing {
  /** Median wall-clock ms. */
  ms: number;
  /** Median CPU ms of this process (pdfjs's worker runs in-process): steadier than wall time on a busy machine. */
  cpuMs: number;
  error: string | null;
}

async function timed(task: () => Promise<unknown>): Promise<{ ms: number; cpuMs: number }> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  await task();
  const ms = performance.now() - started;
  const used = process.cpuUsage(cpu);
  return { ms, cpuMs: (used.user + used.system) / 1000 };
}

/** Medians over RUNS after WARMUPS; a typed extraction error is a result (edge fixtures), not a crash. */
async function measure(task: () => Promise<unknown>): Promise<Timing> {
  let error: string | null = null;
  const guarded = async (): Promise<void> => {
    try {
      await task();
    } catch (caught) {
      if (!(caught instanceof ExtractionError)) throw caught;
      error = caught.code;
    }
  };
  for (let i = 0; i < WARMUPS; i++) await guarded();
  const runs: Array<{ ms: number; cpuMs: number }> = [];
  for (let i = 0; i < RUNS; i++) runs.push(await timed(guarded));
  return { ms: median(runs.map((r) => r.ms)), cpuMs: median(runs.map((r) => r.cpuMs)), error };
}

function pdfFiles(dir: string): string[] {
  const found: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== 'src' && !name.startsWith('.')) found.push(...pdfFiles(path));
    } else if (name.endsWith('.pdf')) {
      found.push(path);
    }
  }
  return found;
}

/**
 * A 100-page board paper: seed prose in pages of running text, with a ruled measure table every
 * fifth page and a borderless one every fifth page after it, as the big annual reports have.
 */
async function hundredPages(): Promise<Uint8Array> {
  const fonts = join(ROOT, 'node_modules', 'dejavu-fonts-ttf', 'ttf');
  let prose = 'Hälso- och sjukvårdsnämnden redovisar en negativ budgetavvikelse på 973 miljoner kronor. ';
  try {
    prose = readdirSync(SEEDS)
      .filter((name) => name.endsWith('.txt'))
      .map((name) => readFileSync(join(SEEDS, name), 'utf8'))
      .join('\n');
  } catch {
    // The seeds live beside the repository; without them the filler sentence above is used.
  }
  const paragraphs = prose.split(/\n\s*\n/).filter((text) => text.trim().length > 40);
  const doc = new PDFDocument({ size: 'A4', margin: 60, autoFirstPage: false });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve) => doc.on('end', () => resolve()));
  doc.registerFont('regular', join(fonts, 'DejaVuSans.ttf'));
  doc.registerFont('bold', join(fonts, 'DejaVuSans-Bold.ttf'));
  let next = 0;
  for (let page = 1; page <= 100; page++) {
    doc.addPage();
    doc.font('regular').fontSize(9).text(`Region Dalarna – Årsrapport`, 60, 30, { lineBreak: false });
    doc.text(`${page} (100)`, 500, 800, { lineBreak: false });
    doc.font('bold').fontSize(14).text(`Avsnitt ${page}`, 60, 70);
    doc.font('regular').fontSize(10.5);
    const withTable = page % 5 === 0 ? 'ruled' : page % 5 === 3 ? 'borderless' : null;
    const bottom = withTable ? 520 : 760;
    while (doc.y < bottom - 60) {
      const paragraph = paragraphs[next++ % Math.max(1, paragraphs.length)] ?? prose;
      doc.text(paragraph.replace(/\s+/g, ' ').slice(0, 700), {
        width: 475,
        height: bottom - doc.y,
        ellipsis: true,
      });
      doc.moveDown(0.5);
    }
    if (withTable) {
      const rows = [
        ['Åtgärd', '2024', '2025', '2026'],
        ['Minskad hyrbemanning', '8,9', '12', '15'],
        ['Sjukresor (6 insatser)', '3,5', '8,9', '8,9'],
        ['Läkemedel', '', '4', '6,5'],
        ['Totalt', '12,4', '24,9', '30,4'],
      ];
      const columns = [60, 300, 380, 460, 535];
      rows.forEach((row, r) => {
        const y = 560 + r * 20;
        if (withTable === 'ruled') doc.moveTo(60, y).lineTo(535, y).stroke();
        row.forEach((text, c) => {
          const x = c === 0 ? 64 : (columns[c + 1] ?? 535) - 4 - doc.widthOfString(text);
          doc.text(text, x, y + 5, { lineBreak: false });
        });
      });
      if (withTable === 'ruled') {
        doc.moveTo(60, 660).lineTo(535, 660).stroke();
        for (const x of columns) doc.moveTo(x, 560).lineTo(x, 660).stroke();
      }
    }
  }
  doc.end();
  await ended;
  return new Uint8Array(Buffer.concat(chunks));
}

/** pdftotext -layout to stdout, median ms per page of whole runs (process start included). */
function pdftotextMsPerPage(file: string, pages: number): number | null {
  const probe = spawnSync('pdftotext', ['-v'], { encoding: 'utf8' });
  if (probe.error) return null;
  const once = (): number => {
    const started = performance.now();
    execFileSync('pdftotext', ['-layout', file, '-'], {
      stdio: ['ignore', 'ignore', 'ignore'],
      maxBuffer: 1 << 28,
    });
    return performance.now() - started;
  };
  try {
    once();
    const times = Array.from({ length: RUNS }, once);
    return median(times) / pages;
  } catch {
    return null;
  }
}

/** The child's job: load the module, extract the file twice, report peak RSS. */
const CHILD_SOURCE = (indexPath: string) => `
import { readFileSync } from 'node:fs';
const { extractDocument } = await import(${JSON.stringify(indexPath)});
const file = process.argv.at(-1);
const bytes = new Uint8Array(readFileSync(file));
let pages = 0;
for (let i = 0; i < 2; i++) {
  const doc = await extractDocument(bytes, { now: () => new Date(), fileName: 'bench.pdf' });
  pages = doc.source.pageCount;
}
process.stdout.write(JSON.stringify({ pages, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
`;

interface RssResult {
  label: string;
  maxRssMb: number | null;
  note: string;
}

/**
 * Peak RSS of a fresh process extracting the file: as the Lambda runs it (a bundle with
 * node_modules beside it, plain node), as the CLI and `npm start` run it (the project's minimal
 * loader, cli/register.mjs), and under tsx for comparison: tsx also transforms the pdfjs bundles
 * and their source maps, which costs a few hundred MB by itself.
 */
function peakRss(file: string): RssResult[] {
  const results: RssResult[] = [];
  // Inside node_modules so that the bundle's bare imports (pdf-parse, zod, …) resolve as in a deployment.
  const bundleDir = join(ROOT, 'node_modules', '.cache', 'namndkoll-bench');
  mkdirSync(bundleDir, { recursive: true });
  const entry = join(bundleDir, 'rss-entry.mjs');
  const bundle = join(bundleDir, 'rss-child.mjs');
  writeFileSync(entry, CHILD_SOURCE(join(ROOT, 'parsers', 'index.ts')));
  const esbuild = join(ROOT, 'node_modules', '.bin', 'esbuild');
  const built = spawnSync(
    esbuild,
    [
      entry,
      '--bundle',
      '--platform=node',
      '--format=esm',
      '--packages=external',
      `--outfile=${bundle}`,
      '--log-level=error',
    ],
    { encoding: 'utf8' },
  );
  const run = (args: string[], label: string): RssResult => {
    const child = spawnSync(process.execPath, args, { encoding: 'utf8', cwd: ROOT, maxBuffer: 1 << 24 });
    try {
      const parsed = JSON.parse(child.stdout) as { maxRssMb: number };
      return { label, maxRssMb: parsed.maxRssMb, note: '' };
    } catch {
      return {
        label,
        maxRssMb: null,
        note: (child.stderr || child.error?.message || 'no output').split('\n')[0] ?? '',
      };
    }
  };
  if (built.status === 0) results.push(run([bundle, file], 'bundled, plain node (as deployed)'));
  else
    results.push({
      label: 'bundled, plain node (as deployed)',
      maxRssMb: null,
      note: built.stderr.split('\n')[0] ?? '',
    });
  results.push(
    run(
      ['--import', join(ROOT, 'cli', 'register.mjs'), entry, file],
      'namndkoll CLI loader (cli/register.mjs)',
    ),
  );
  results.push(run(['--import', 'tsx', entry, file], 'node --import tsx'));
  return results;
}

/** The pdfjs calls loadPdf makes on every page, each timed alone (see pdfjsShare). */
const PDFJS_CALLS = ['text', 'text+marked', 'operators', 'structure'] as const;
/** The columns of pdfjsShare: per-page calls, then opening a document and reading its first page. */
const SHARE_COLUMNS = [...PDFJS_CALLS, 'open+page 1'] as const;
type ShareColumn = (typeof SHARE_COLUMNS)[number];

/**
 * CPU ms per page of each pdfjs call loadPdf makes (getTextContent with and without marked content,
 * getOperatorList, getStructTree), on a document opened afresh, its first page read beforehand so
 * that parsing the fonts (a per-document cost) is left out. Calls alternate in one process and
 * medians are taken, so the split holds on a busy machine: where extraction time goes inside pdfjs.
 * `open+page 1` is the CPU ms of opening the document and reading its first page (text content with
 * marked content, operator list), fonts parsed included: the per-document cost of a short file.
 */
async function pdfjsShare(bytes: Uint8Array): Promise<Record<ShareColumn, number>> {
  const pdfjs = await loadPdfjs();
  const samples = Object.fromEntries(SHARE_COLUMNS.map((column) => [column, [] as number[]])) as Record<
    ShareColumn,
    number[]
  >;
  const cpuMsSince = (start: NodeJS.CpuUsage): number => {
    const used = process.cpuUsage(start);
    return (used.user + used.system) / 1000;
  };
  for (let run = 0; run < WARMUPS + RUNS; run++) {
    for (const call of run % 2 === 0 ? PDFJS_CALLS : [...PDFJS_CALLS].reverse()) {
      const opened = process.cpuUsage();
      // The worker loadPdf uses (messages copied without structuredClone), so the split is loadPdf's.
      const worker = inProcessWorker(pdfjs);
      const task = pdfjs.getDocument({
        data: new Uint8Array(bytes),
        verbosity: 0,
        isEvalSupported: false,
        worker,
        ...TEXT_ONLY_OPTIONS,
      });
      try {
        const doc = await task.promise;
        const first = await doc.getPage(1);
        await first.getTextContent({ includeMarkedContent: true });
        await first.getOperatorList();
        if (run >= WARMUPS) samples['open+page 1'].push(cpuMsSince(opened));
        // Drops the page's cached operator list (as loadPdf does after each page); fonts stay parsed.
        first.cleanup();
        const cpu = process.cpuUsage();
        for (let number = 1; number <= doc.numPages; number++) {
          const page = await doc.getPage(number);
          if (call === 'text') await page.getTextContent();
          else if (call === 'text+marked') await page.getTextContent({ includeMarkedContent: true });
          else if (call === 'operators') await page.getOperatorList();
          else await page.getStructTree();
          page.cleanup();
        }
        if (run >= WARMUPS) samples[call].push(cpuMsSince(cpu) / doc.numPages);
      } finally {
        await task.destroy();
        worker.destroy();
      }
    }
  }
  return Object.fromEntries(SHARE_COLUMNS.map((column) => [column, median(samples[column])])) as Record<
    ShareColumn,
    number
  >;
}

function pad(text: string, width: number, right = false): string {
  return right ? text.padStart(width) : text.padEnd(width);
}

export async function run(): Promise<void> {
  const scratch = mkdtempSync(join(tmpdir(), 'namndkoll-bench-'));
  try {
    const generated = join(scratch, 'generated-100-pages.pdf');
    writeFileSync(generated, await hundredPages());
    // NAMNDKOLL_BENCH_EXTRACT_ONLY=seed-,zoo/,edge/large keeps the files whose path under fixtures/
    // contains one of the parts (the generated document is kept with "generated"): a quick re-measure.
    const only = (process.env['NAMNDKOLL_BENCH_EXTRACT_ONLY'] ?? '').split(',').filter(Boolean);
    const files = [...pdfFiles(FIXTURES), generated].filter((file) => {
      if (only.length === 0) return true;
      const name = file === generated ? 'generated' : relative(FIXTURES, file);
      return only.some((part) => name.includes(part));
    });
    const hasPdftotext = !spawnSync('pdftotext', ['-v']).error;
    console.log(
      `${RUNS} warm runs after ${WARMUPS} warm-ups, medians (wall and process CPU). full = extractDocument; text = loadPdf alone.` +
        (hasPdftotext ? '' : ' pdftotext not installed.'),
    );
    const header = [
      pad('file', 44),
      pad('pages', 6, true),
      pad('full ms/page', 13, true),
      pad('(cpu)', 7, true),
      pad('full ms', 9, true),
      pad('text ms/page', 13, true),
      pad('(cpu)', 7, true),
      pad('pdftotext ms/page', 18, true),
    ].join(' ');
    console.log(header);
    console.log('-'.repeat(header.length));
    for (const file of files) {
      const bytes = new Uint8Array(readFileSync(file));
      const name = file === generated ? 'generated 100-page document' : relative(FIXTURES, file);
      const full = await measure(() =>
        extractDocument(bytes, { now: () => new Date(), fileName: basename(file) }),
      );
      let pages = 0;
      const text = await measure(async () => {
        pages = (await loadPdf(bytes)).pageCount;
      });
      if (full.error !== null || pages === 0) {
        const code = full.error ?? text.error ?? 'no pages';
        console.log([pad(name, 44), pad('-', 6, true), `${code} in ${full.ms.toFixed(1)} ms`].join(' '));
        continue;
      }
      const poppler = hasPdftotext ? pdftotextMsPerPage(file, pages) : null;
      console.log(
        [
          pad(name, 44),
          pad(String(pages), 6, true),
          pad((full.ms / pages).toFixed(2), 13, true),
          pad((full.cpuMs / pages).toFixed(2), 7, true),
          pad(full.ms.toFixed(0), 9, true),
          pad((text.ms / pages).toFixed(2), 13, true),
          pad((text.cpuMs / pages).toFixed(2), 7, true),
          pad(poppler === null ? 'n/a' : poppler.toFixed(2), 18, true),
        ].join(' '),
      );
    }
    console.log(
      '\npdfjs calls alone, CPU ms per page (fonts of page 1 parsed beforehand; medians, calls alternating), and CPU ms of opening a document and reading page 1:',
    );
    console.log(`  ${pad('file', 44)} ${SHARE_COLUMNS.map((column) => pad(column, 12, true)).join(' ')}`);
    for (const file of SHARE_FILES) {
      const share = await pdfjsShare(new Uint8Array(readFileSync(join(FIXTURES, file))));
      console.log(
        `  ${pad(file, 44)} ${SHARE_COLUMNS.map((column) => pad(share[column].toFixed(2), 12, true)).join(' ')}`,
      );
    }
    console.log('\nPeak RSS, fresh process, full extraction of the generated 100-page document (twice):');
    for (const result of peakRss(generated)) {
      console.log(
        `  ${pad(result.label, 36)} ${result.maxRssMb === null ? `failed: ${result.note}` : `${result.maxRssMb.toFixed(0)} MB`}`,
      );
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
