/**
 * `namndkoll extract <file.pdf> [--region SE-W] [--pretty] [--ocr tesseract|none] [--out file.json]`
 * Extracts one PDF and prints its ExtractedDocument as JSON.
 */
import { writeFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { ExtractPool } from '../../functions/lib/extract-pool.ts';
import type { OcrEngine } from '../../parsers/ocr/port.ts';
import { describeSv } from '../../web/messages-sv.js';
import { EXIT, reportError, UsageError } from '../errors.ts';
import { extractFile } from '../extract-file.ts';
import { cliExtractPool } from '../extract-pool.ts';
import { lazyOcrEngine } from '../ocr.ts';
import { runBatch } from './extract-batch.ts';

const HELP = `Usage: namndkoll extract <file.pdf> [options]
       namndkoll extract <files or folders…> --out-dir <dir> [options]

Extracts measures, mkr figures, totals, decision points and references from board papers.
One file: prints its ExtractedDocument (JSON, see docs/contract.md). Many files or folders (searched
for *.pdf) with --out-dir: extracts them in parallel worker threads and writes one JSON per PDF under
<dir> (a folder's structure kept), <name>.failed.json for each failure and summary.json; a progress
line shows files, pages and pages per second.

Options:
  --region <code>   the region the papers are from (SE-W, W, Dalarna …); wins over detection
  --pretty          indent the JSON
  --ocr <engine>    tesseract (default: scanned pages are read by local OCR) or none
                    (a scan then fails with NEEDS_OCR)
  --out <file>      one file: write the JSON to a file instead of standard output
  --out-dir <dir>   many files: where the JSON files go
  --jobs <n>        many files: worker threads (default: one per core)
  --timeout <s>     many files: seconds one file may take (default 300), then PDF_TOO_COMPLEX
  -h, --help        show this help

Exit status: 0 extracted (all of them), 1 a PDF could not be extracted (the line says why),
2 usage error.`;

function positiveInteger(flag: string, raw: string): number {
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1)
    throw new UsageError(`${flag} must be a whole number ≥ 1, not '${raw}'`);
  return value;
}

/** What extracts the one file: the CLI's worker pool, or the snapshot's own thread (cli/extract-snapshot.ts). */
export type OneFileEngine = Pick<ExtractPool, 'extract' | 'close'>;

export async function run(argv: string[], oneFileEngine?: OneFileEngine): Promise<number> {
  let engine: (OcrEngine & { terminate?: () => Promise<void> }) | undefined;
  let pool: OneFileEngine | undefined;
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        region: { type: 'string' },
        pretty: { type: 'boolean', default: false },
        ocr: { type: 'string', default: 'tesseract' },
        out: { type: 'string' },
        'out-dir': { type: 'string' },
        jobs: { type: 'string' },
        timeout: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
    if (values.help) {
      process.stdout.write(`${HELP}\n`);
      return EXIT.ok;
    }
    // Loaded only for --region: the region table builds its name index as it loads (~10 ms).
    const region =
      values.region === undefined
        ? undefined
        : (await import('../../parsers/swedish/regions.ts')).parseRegionCode(values.region);
    if (region === null) {
      throw new UsageError(
        `unknown region '${values.region}': use an ISO code such as SE-W or a name such as Dalarna`,
      );
    }
    if (values['out-dir'] !== undefined) {
      if (positionals.length === 0)
        throw new UsageError(`give the PDF files or folders to extract\n\n${HELP}`);
      if (values.out !== undefined) throw new UsageError('--out is for one file; --out-dir takes many');
      const summary = await runBatch({
        inputs: positionals,
        outDir: resolve(values['out-dir']),
        ...(values.jobs === undefined ? {} : { jobs: positiveInteger('--jobs', values.jobs) }),
        ...(region ? { region } : {}),
        ocr: values.ocr,
        pretty: values.pretty,
        timeoutSeconds: values.timeout === undefined ? 300 : positiveInteger('--timeout', values.timeout),
        log: (text) => process.stderr.write(text),
        interactive: process.stderr.isTTY === true,
      });
      return summary.failed > 0 ? EXIT.failed : EXIT.ok;
    }
    const [file, ...extra] = positionals;
    if (!file || extra.length > 0) {
      throw new UsageError(`extract takes one PDF file, or many with --out-dir DIR\n\n${HELP}`);
    }
    const name = basename(file);
    engine = lazyOcrEngine(values.ocr);
    // In a worker with a time budget and a memory ceiling: a hostile file ends as PDF_TOO_COMPLEX.
    pool = oneFileEngine ?? cliExtractPool();
    const activePool = pool;
    const doc = await extractFile({
      extract: (bytes, options) => activePool.extract(bytes, options),
      path: resolve(file),
      displayPath: file,
      fileName: name,
      ...(region ? { region } : {}),
      ...(engine ? { ocr: engine } : {}),
      onProgress: ({ pages, done }) => {
        if (done > 0) return;
        process.stderr.write(
          `${name}: läser ${pages.length} skannade sidor med OCR (några sekunder per sida) …\n`,
        );
      },
    });
    const json = `${JSON.stringify(doc, null, values.pretty ? 2 : undefined)}\n`;
    if (values.out) {
      await writeFile(values.out, json);
      process.stderr.write(
        `${name}: ${doc.measures.length} åtgärder, ${doc.totals.length} totaler, ${doc.amounts.length} belopp, ${doc.decisions.length} beslutspunkter → ${values.out}\n`,
      );
    } else {
      process.stdout.write(json);
    }
    // Each warning once, in Swedish (the JSON keeps the codes and the English record).
    const said = new Set<string>();
    for (const warning of doc.extraction.warnings) {
      const text = `varning: ${describeSv(warning, { regionName: (code) => code })}`;
      if (said.has(text)) continue;
      said.add(text);
      process.stderr.write(`${text}\n`);
    }
    return EXIT.ok;
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      return reportError(new UsageError(`${(error as Error).message}\n\n${HELP}`));
    }
    return reportError(error);
  } finally {
    // Not awaited: the command's output is written, and the process ends as soon as it is flushed
    // (cli/main.ts); ending the worker thread and freeing its heap is then left to the exit.
    void pool?.close().catch(() => undefined);
    await engine?.terminate?.();
  }
}
