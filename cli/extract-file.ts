/**
 * Extract one PDF file as `namndkoll extract` does: the same size check, clock and options whether the file
 * is extracted alone or by a worker of a batch (so both give the same document).
 */
import { readFile, stat } from 'node:fs/promises';
import { ExtractionError } from '../parsers/errors.ts';
import type { ExtractOptions } from '../parsers/index.ts';
import { MAX_PDF_BYTES } from '../parsers/pdf/limits.ts';
import type { ExtractedDocument, RegionCode } from '../parsers/schema.ts';

export class FileNotFoundError extends Error {
  override readonly name = 'FileNotFoundError';
  readonly code = 'FILE_NOT_FOUND';
  /** The path as the user gave it. */
  readonly file: string;

  constructor(file: string) {
    super(`${file} does not exist or is not a file`);
    this.file = file;
  }
}

export interface ExtractFileOptions {
  path: string;
  /** The name recorded in the document (the file's base name). */
  fileName: string;
  /** The path as the user wrote it, for messages (default: `path`). */
  displayPath?: string;
  region?: RegionCode;
  ocr?: ExtractOptions['ocr'];
  onProgress?: ExtractOptions['onProgress'];
  /** The extraction engine: a worker pool's `extract` (cli/extract-pool.ts), or in-process by default. */
  extract?: (bytes: Uint8Array, options: ExtractOptions) => Promise<ExtractedDocument>;
}

export async function extractFile(options: ExtractFileOptions): Promise<ExtractedDocument> {
  const info = await stat(options.path).catch(() => null);
  if (!info?.isFile()) {
    throw new FileNotFoundError(options.displayPath ?? options.path);
  }
  // Refuse absurd sizes before reading them into memory.
  if (info.size > MAX_PDF_BYTES) {
    throw new ExtractionError(
      'PDF_TOO_LARGE',
      `${options.fileName}: ${(info.size / 1e6).toFixed(0)} MB is over the ${(MAX_PDF_BYTES / 1e6).toFixed(0)} MB limit`,
    );
  }
  const bytes = new Uint8Array(await readFile(options.path));
  // In-process only when no pool is given (tests): the command itself never loads the extraction engine.
  const extract = options.extract ?? (await import('../parsers/index.ts')).extractDocument;
  return extract(bytes, {
    now: () => new Date(),
    fileName: options.fileName,
    ...(options.region ? { region: options.region } : {}),
    ...(options.ocr ? { ocr: options.ocr } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
}
