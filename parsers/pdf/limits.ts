/**
 * The largest PDF the extractor reads, apart from parsers/pdf/load.ts so that the CLI can refuse an
 * absurd file before reading it without loading the PDF engine's modules in its main thread.
 */
export const MAX_PDF_BYTES = 100 * 1024 * 1024;
