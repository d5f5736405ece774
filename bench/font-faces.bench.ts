/**
 * A/B of how pdfjs hands its fonts over (parsers/pdf/pdfjs.ts): the Font Loading API path (FontFaceSink,
 * the font program's bytes as they are) against the @font-face rule path (the program base64-encoded by
 * pdfjs into a CSS rule, decoded back by us), in one process, alternating on the same files. The rule
 * path is what pdfjs takes when the global FontFace is not FontFaceSink, so each run picks its path by
 * setting the global before opening the document. Figures: median process CPU ms of full extraction
 * (extractDocument) per file over RUNS rounds after a warm-up, summed over all fixture PDFs and for a
 * few single files, with the ratio new/old. Prints figures only; a benchmark never fails on time.
 * `npm run bench -- font-faces`; NAMNDKOLL_BENCH_FONT_ONLY=seed-000,zoo/ keeps files whose path contains one.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ExtractionError, extractDocument } from '../parsers/index.ts';
import { inProcessWorker, loadPdfjs, TEXT_ONLY_OPTIONS } from '../parsers/pdf/pdfjs.ts';
import { median } from './stats.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const FIXTURES = join(ROOT, 'fixtures');
const RUNS = Number(process.env['NAMNDKOLL_BENCH_FONT_RUNS'] ?? 7);
const SINGLES = ['seed-000-tjansteskrivelse.pdf', 'zoo/004-chromium-ruled.pdf', 'zoo/'];

function pdfFiles(dir: string): string[] {
  const found: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== 'node_modules' && !name.startsWith('.')) found.push(...pdfFiles(path));
    } else if (name.endsWith('.pdf')) {
      found.push(path);
    }
  }
  return found;
}

const NOW = new Date('2026-01-01T00:00:00.000Z');

type Variant = 'rule' | 'fontface';

/**
 * NAMNDKOLL_BENCH_FONT_TASK=open measures only opening the document and reading its first page's text
 * and operator list (where every font of the page is loaded), instead of full extraction: the part of
 * the work the font path is in, so that its share is not lost in the noise of a busy machine.
 */
const OPEN_ONLY = process.env['NAMNDKOLL_BENCH_FONT_TASK'] === 'open';

async function openFirstPage(bytes: Uint8Array): Promise<void> {
  const pdfjs = await loadPdfjs();
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
    const page = await doc.getPage(1);
    await page.getTextContent({ includeMarkedContent: true });
    await page.getOperatorList();
  } catch {
    // Edge fixtures pdfjs refuses: the same work on both paths.
  } finally {
    await task.destroy();
    worker.destroy();
  }
}

async function cpuMs(bytes: Uint8Array): Promise<number> {
  const start = process.cpuUsage();
  try {
    if (OPEN_ONLY) await openFirstPage(bytes);
    else await extractDocument(bytes, { now: () => NOW, fileName: 'bench.pdf' });
  } catch (error) {
    // Edge fixtures end in a typed error: the time spent up to it is still the same work on both paths.
    if (!(error instanceof ExtractionError)) throw error;
  }
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

export async function run(): Promise<void> {
  await loadPdfjs();
  const global = globalThis as { FontFace?: unknown };
  const only = (process.env['NAMNDKOLL_BENCH_FONT_ONLY'] ?? '').split(',').filter(Boolean);
  const files = pdfFiles(FIXTURES)
    .map((file) => relative(FIXTURES, file))
    .filter((name) => only.length === 0 || only.some((part) => name.includes(part)));
  const bytes = new Map(files.map((name) => [name, new Uint8Array(readFileSync(join(FIXTURES, name)))]));
  // Installs FontFaceSink as the global FontFace (pdfjs.ts does at the first document).
  await cpuMs(bytes.get(files[0] as string) as Uint8Array);
  const sink = global.FontFace;
  const use = (variant: Variant): void => {
    global.FontFace = variant === 'fontface' ? sink : null;
  };
  const samples = new Map<string, Record<Variant, number[]>>(
    files.map((name) => [name, { rule: [], fontface: [] }]),
  );
  for (let round = -1; round < RUNS; round++) {
    for (const [index, name] of files.entries()) {
      const order: Variant[] = (round + index) % 2 === 0 ? ['rule', 'fontface'] : ['fontface', 'rule'];
      for (const variant of order) {
        use(variant);
        const ms = await cpuMs(bytes.get(name) as Uint8Array);
        if (round >= 0) samples.get(name)?.[variant].push(ms);
      }
    }
  }
  use('fontface');
  const sum = (names: string[], variant: Variant): number =>
    names.reduce((total, name) => total + median(samples.get(name)?.[variant] ?? []), 0);
  const line = (label: string, names: string[]): void => {
    if (names.length === 0) return;
    const rule = sum(names, 'rule');
    const fontface = sum(names, 'fontface');
    console.log(
      `${label.padEnd(44)} ${String(names.length).padStart(4)} files  rule ${rule.toFixed(1).padStart(9)} ms` +
        `  fontface ${fontface.toFixed(1).padStart(9)} ms  new/old ${(fontface / rule).toFixed(3)}`,
    );
  };
  const measured = OPEN_ONLY ? 'opening + first page (text, operators)' : 'extractDocument';
  console.log(
    `${RUNS} rounds after a warm-up, alternating; median process CPU ms of ${measured} per file, summed.`,
  );
  line('all fixture PDFs', files);
  for (const part of SINGLES)
    line(
      part,
      files.filter((name) => name.includes(part)),
    );
}
