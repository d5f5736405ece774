/**
 * The CLI's extraction worker: the pipeline's worker (functions/lib/extract-worker.ts), started without
 * loading the native canvas package. Built into one CommonJS file with pdfjs and zod
 * (dist/cli/extract-worker.cjs) that cli/extract-worker-loader.ts compiles with V8's code cache.
 *
 * pdfjs-dist's legacy build requires @napi-rs/canvas as it loads, wherever the package is installed, to
 * polyfill DOMMatrix, ImageData and Path2D: about 110 ms of every `namndkoll extract`, in every worker,
 * for a package that only draws pages. The worker never draws a page: OCR renders in the main thread
 * (cli/ocr.ts), and reading text needs only DOMMatrix, which parsers/pdf/dom-matrix.ts gives with the same
 * arithmetic, as the Lambda functions (which ship no canvas) already use. So before pdfjs loads, DOMMatrix
 * is that class, and the canvas package and the two drawing globals are stand-ins that load the real
 * package the first time anything uses them: nothing changes for code that does draw, it only pays then.
 */
import { createRequire, Module } from 'node:module';
import { DomMatrix2d } from '../parsers/pdf/dom-matrix.ts';

installLazyCanvas();
// Not a top-level await: the bundle is CommonJS. The worker serves its port once the module has run.
void import('../functions/lib/extract-worker.ts');

function installLazyCanvas(): void {
  const global = globalThis as Record<string, unknown>;
  // The same `require` pdfjs uses: resolved from pdfjs-dist's own folder.
  const require = createRequire(createRequire(import.meta.url).resolve('pdfjs-dist/legacy/build/pdf.mjs'));
  let id: string;
  try {
    id = require.resolve('@napi-rs/canvas');
  } catch {
    return; // not installed: parsers/pdf/pdfjs.ts already loads pdfjs without it
  }
  if (require.cache[id]) return; // already loaded in this thread: nothing left to save
  let real: Record<string, unknown> | undefined;
  const load = (): Record<string, unknown> => {
    if (!real) {
      delete require.cache[id];
      real = require(id) as Record<string, unknown>;
    }
    return real;
  };
  const stand = new Proxy({} as Record<string, unknown>, { get: (_target, key: string) => load()[key] });
  require.cache[id] = Object.assign(new Module(id), { filename: id, loaded: true, exports: stand });
  global.DOMMatrix ??= DomMatrix2d;
  for (const name of ['ImageData', 'Path2D']) {
    global[name] ??= function LazyCanvasClass(...args: unknown[]) {
      return Reflect.construct(load()[name] as new (...a: unknown[]) => object, args);
    };
  }
}
