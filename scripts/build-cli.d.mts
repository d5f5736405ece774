import type { BuildOptions } from 'esbuild';

export function buildCli(options?: {
  quiet?: boolean;
  /** Whether to build extract's startup snapshot too (default true). */
  snapshot?: boolean;
}): Promise<{ inputs: number; snapshot: boolean }>;
/** The text with every non-ASCII character written as a \u escape (see build-cli.mjs). */
export function asciiOnly(text: string): string;
/** esbuild's options for the extraction worker's bundle, without its output file. */
export const WORKER_BUILD: Readonly<BuildOptions>;
export const WORKER_WRAPPER: string;
/** esbuild's options for the startup snapshot's entry (cli/extract-snapshot.ts), without its output file. */
export const SNAPSHOT_BUILD: Readonly<BuildOptions>;
/** The V8 flags the snapshot is built with, and cli/namndkoll starts node with. */
export const SNAPSHOT_FLAGS: readonly string[];
