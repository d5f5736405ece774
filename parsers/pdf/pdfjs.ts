/**
 * The one way to load pdfjs-dist (the engine under pdf-parse) in this project: lazily, then
 * putting back the engine's Array.prototype.push that pdfjs's bundled core-js replaces (see
 * engine-builtins.ts). Never import 'pdfjs-dist/legacy/build/pdf.mjs' or 'pdf-parse' statically
 * (type-only imports are fine): a bundler hoists static imports of external packages above all
 * bundled code, so pdfjs would load before the engine's push is recorded, in every Lambda that
 * bundles the module, even behind a dynamic import of it.
 */
import type * as Pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { restoreEngineArrayPush } from './engine-builtins.ts';

export type PdfjsModule = typeof Pdfjs;

let pdfjs: Promise<PdfjsModule> | undefined;

/** pdfjs-dist's legacy build (the one pdf-parse pins, and Node needs), loaded once. */
export function loadPdfjs(): Promise<PdfjsModule> {
  pdfjs ??= Promise.all([
    import('pdfjs-dist/legacy/build/pdf.mjs'),
    // pdfjs would import its worker (a second copy of core-js) at the first document; import it
    // now (the very module it would load) so that the push is put back once, before any work.
    import('pdfjs-dist/legacy/build/pdf.worker.mjs'),
  ]).then(([module]) => {
    restoreEngineArrayPush();
    return module;
  });
  return pdfjs;
}
