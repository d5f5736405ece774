/**
 * Array.prototype.push as the JavaScript engine ships it, captured before pdfjs-dist loads.
 *
 * pdfjs-dist's legacy build (the one pdf-parse loads) bundles core-js, which on Node 20 replaces
 * Array.prototype.push for every array in the process with a JavaScript version two to three
 * times slower (V8 fails core-js's check for array-likes of length ≥ 2^32, an edge no one here
 * meets). pdfjs.ts loads pdfjs lazily, after this module has recorded the engine's push, and puts
 * it back. A static import of pdfjs anywhere in a bundle runs before this module and the engine's
 * push is lost for good (another realm's push is not optimised by V8): load pdfjs through pdfjs.ts.
 */
export const ENGINE_ARRAY_PUSH: typeof Array.prototype.push = Array.prototype.push;

/** Puts the engine's push back if a polyfill replaced it since this module was evaluated. */
export function restoreEngineArrayPush(): void {
  if (Array.prototype.push !== ENGINE_ARRAY_PUSH) {
    Object.defineProperty(Array.prototype, 'push', {
      value: ENGINE_ARRAY_PUSH,
      writable: true,
      configurable: true,
      enumerable: false,
    });
  }
}
