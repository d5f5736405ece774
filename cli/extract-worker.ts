/**
 * One worker thread of `namndkoll extract <files…> --out-dir DIR`: takes one file at a time from the main
 * thread, extracts it exactly as the single-file command does (extract-file.ts), writes the JSON and answers
 * with what the progress line and the summary need.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import type { RegionCode } from '../parsers/schema.ts';
import { extractFile } from './extract-file.ts';
import { type ClosableOcrEngine, lazyOcrEngine } from './ocr.ts';

export interface BatchJob {
  index: number;
  path: string;
  fileName: string;
  /** Where the document's JSON goes. */
  out: string;
}

export type BatchResult =
  | { index: number; ok: true; pages: number; measures: number; warnings: number; method: string }
  | { index: number; ok: false; code: string; message: string };

export interface BatchWorkerData {
  region?: RegionCode;
  ocr: string;
  pretty: boolean;
}

const port = parentPort;
if (!port) throw new Error('extract-worker must run in a worker thread');
const settings = workerData as BatchWorkerData;
let engine: ClosableOcrEngine | undefined;

port.on('message', async (job: BatchJob | 'close') => {
  if (job === 'close') {
    await engine?.terminate();
    port.close();
    return;
  }
  engine ??= lazyOcrEngine(settings.ocr);
  let result: BatchResult;
  try {
    const doc = await extractFile({
      path: job.path,
      fileName: job.fileName,
      ...(settings.region ? { region: settings.region } : {}),
      ...(engine ? { ocr: engine } : {}),
    });
    await mkdir(dirname(job.out), { recursive: true });
    await writeFile(job.out, `${JSON.stringify(doc, null, settings.pretty ? 2 : undefined)}\n`);
    result = {
      index: job.index,
      ok: true,
      pages: doc.source.pageCount,
      measures: doc.measures.length,
      warnings: doc.extraction.warnings.length,
      method: doc.extraction.method,
    };
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    result = {
      index: job.index,
      ok: false,
      code: typeof code === 'string' ? code : 'EXTRACTION_FAILED',
      message: error instanceof Error ? error.message : String(error),
    };
  }
  port.postMessage(result);
});
