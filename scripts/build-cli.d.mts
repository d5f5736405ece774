import type { BuildOptions } from 'esbuild';

export function buildCli(options?: { quiet?: boolean }): Promise<{ inputs: number }>;
/** The text with every non-ASCII character written as a \u escape (see build-cli.mjs). */
export function asciiOnly(text: string): string;
/** esbuild's options for the extraction worker's bundle, without its output file. */
export const WORKER_BUILD: Readonly<BuildOptions>;
export const WORKER_WRAPPER: string;
