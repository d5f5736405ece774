/**
 * The one way to load pdfjs-dist (the engine under pdf-parse) in this project: lazily, then
 * putting back the engine's Array.prototype.push that pdfjs's bundled core-js replaces (see
 * engine-builtins.ts). Never import 'pdfjs-dist/legacy/build/pdf.mjs' or 'pdf-parse' statically
 * (type-only imports are fine): a bundler hoists static imports of external packages above all
 * bundled code, so pdfjs would load before the engine's push is recorded, in every Lambda that
 * bundles the module, even behind a dynamic import of it.
 */
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import type * as Pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { WorkerMessageHandler } from 'pdfjs-dist/legacy/build/pdf.worker.mjs';
import { DomMatrix2d } from './dom-matrix.ts';
import { restoreEngineArrayPush } from './engine-builtins.ts';
import { type GlyphBox, glyphBoxReader } from './glyph-shapes.ts';
import { InProcessPort } from './in-process-port.ts';

export type PdfjsModule = typeof Pdfjs;

let pdfjs: Promise<PdfjsModule> | undefined;
/** pdfjs's worker side, in this thread: set once loadPdfjs has resolved. */
let workerSide: typeof WorkerMessageHandler | undefined;

/** pdfjs-dist's legacy build (the one pdf-parse pins, and Node needs), loaded once. */
export function loadPdfjs(): Promise<PdfjsModule> {
  pdfjs ??= withoutCanvasPackage(() =>
    Promise.all([
      import('pdfjs-dist/legacy/build/pdf.mjs'),
      // pdfjs would import its worker (a second copy of core-js) at the first document; import it
      // now (the very module it would load) so that the push is put back once, before any work.
      import('pdfjs-dist/legacy/build/pdf.worker.mjs'),
    ]),
  ).then(([module, worker]) => {
    restoreEngineArrayPush();
    installFontFaceSink();
    workerSide = worker.WorkerMessageHandler;
    return module;
  });
  return pdfjs;
}

/**
 * A pdfjs worker for one document, on an InProcessPort (see there why: messages are copied without
 * structuredClone). Pass it as getDocument's `worker` and destroy it after the loading task: a worker
 * given to getDocument outlives the document. Only after loadPdfjs has resolved.
 */
export function inProcessWorker(module: PdfjsModule): InstanceType<PdfjsModule['PDFWorker']> {
  if (!workerSide) throw new Error('inProcessWorker: pdfjs is not loaded (await loadPdfjs() first)');
  const port = new InProcessPort();
  // The worker side listens before the API side's first message ("configure") is delivered.
  workerSide.initializeFromPort(port);
  // pdfjs's declarations type `port` as null; its code and documentation take a Worker-like port. The
  // worker side takes its verbosity from the PDFWorker ("configure"), not from getDocument's: without 0
  // here it printed warnings such as "UnknownErrorException: Ensure that the `standardFontDataUrl` API
  // parameter is provided." (a non-embedded standard font, whose widths pdfjs has built in) on stderr.
  const params = { port, verbosity: 0 } as unknown as ConstructorParameters<PdfjsModule['PDFWorker']>[0];
  return new module.PDFWorker(params);
}

/** What pdfjs prints while loading when it finds no canvas package: expected where none is shipped. */
const CANVAS_WARNING = /^Warning: Cannot (load "@napi-rs\/canvas"|polyfill `(ImageData|Path2D)`)/;

/**
 * Where pdfjs can load the native @napi-rs/canvas (this project's install, for OCR rendering) it
 * takes DOMMatrix from there, as before. Where it cannot (the Lambda assets ship no native binary),
 * DOMMatrix comes from dom-matrix.ts — pdfjs cannot load without one — and the warnings about the
 * missing package, which says nothing wrong about reading text, stay out of the logs.
 */
async function withoutCanvasPackage<T>(load: () => Promise<T>): Promise<T> {
  const global = globalThis as { DOMMatrix?: unknown };
  if (global.DOMMatrix !== undefined || canvasPackageReachable()) return load();
  global.DOMMatrix = DomMatrix2d;
  const warn = console.warn;
  console.warn = (...args: unknown[]) => {
    if (typeof args[0] === 'string' && CANVAS_WARNING.test(args[0])) return;
    warn(...args);
  };
  try {
    return await load();
  } finally {
    console.warn = warn;
  }
}

/** Whether pdfjs's own `require('@napi-rs/canvas')` (from its folder) would find the package. */
function canvasPackageReachable(): boolean {
  const require = createRequire(import.meta.url);
  try {
    const pdfjsFolder = dirname(require.resolve('pdfjs-dist/package.json'));
    require.resolve('@napi-rs/canvas', { paths: [pdfjsFolder] });
    return true;
  } catch {
    return false;
  }
}

/**
 * getDocument options for reading text only, never rendering. In Node pdfjs defaults to
 * `disableFontFace: true`, and then, for every embedded font, compiles the outline of every glyph a
 * page's operator list shows into path commands and posts each to the main thread as its own object
 * (for drawing glyphs on a canvas without font faces). Nothing here draws: that was ~15 % of the CPU
 * time of reading a text PDF (compileGlyph, buildFontPaths, structured clones of the paths). With font
 * faces enabled pdfjs instead hands each font to its FontLoader once per document, which needs a
 * document to load it into: FONT_FACE_SINK is that document (see there). Text content, font names and
 * flags (bold, black) and operator lists are the same either way; `useSystemFonts` stays false (Node's
 * default), so widths of non-embedded fonts do too (and no font comes with system-font information).
 */
export const TEXT_ONLY_OPTIONS = Object.freeze({
  disableFontFace: false,
  useSystemFonts: false,
  // Typed as the HTMLDocument pdfjs declares; only the members fontFaceSink has are ever used in Node.
  ownerDocument: fontFaceSink() as DocumentParams['ownerDocument'],
});

type DocumentParams = Extract<Parameters<PdfjsModule['getDocument']>[0], { ownerDocument?: unknown }>;

/**
 * The Font Loading API's FontFace as far as pdfjs's FontLoader uses it (`family`, `loaded`), installed
 * as the global FontFace where there is none (Node has none) when pdfjs is loaded. pdfjs constructs
 * one per embedded font with the font program's bytes (`new FontFace(loadedName, data, {})`): a font
 * face that loads nothing and only notes the program (noteFontProgram). The other way, an @font-face
 * rule, costs a base64 encoding of every program in pdfjs (core-js's polyfill) and a decoding of it
 * back here. The bytes are copied: pdfjs zeroes its own once the font is loaded.
 */
class FontFaceSink {
  readonly family: string;
  readonly loaded: Promise<FontFaceSink>;
  constructor(family: string, source: unknown, descriptors?: object) {
    this.family = family;
    // pdfjs passes descriptors only for XFA fonts (cssFontInfo), named by CSS family: not a loaded name.
    const plain = descriptors === undefined || Object.keys(descriptors).length === 0;
    if (plain && source instanceof Uint8Array && source.length > 0) noteFontProgram(family, source.slice());
    this.loaded = Promise.resolve(this);
  }
  load(): Promise<FontFaceSink> {
    return this.loaded;
  }
}

/** Installs FontFaceSink as the global FontFace where there is none (at loadPdfjs). */
function installFontFaceSink(): void {
  if ((globalThis as { FontFace?: unknown }).FontFace !== undefined) return;
  Object.defineProperty(globalThis, 'FontFace', { value: FontFaceSink, writable: true, configurable: true });
}

/** The document's FontFaceSet: FontLoader adds each font face, and deletes them when the document goes. */
const FONT_FACE_SET = Object.freeze({ add: () => undefined, delete: () => true });

/**
 * The least of a DOM document pdfjs's FontLoader uses in Node. With `fonts` (a FontFaceSet) it takes
 * the Font Loading API path (FontFaceSink above). Where the global FontFace is something else, `fonts`
 * is absent and it takes the @font-face rule path: `createElement('style')`, a `<head>` to append it
 * to, and the style element's sheet to insert rules into, whose rules are noted the same way
 * (noteFontFaceRule). Either way pdfjs waits on nothing: a FontFaceSink is loaded when made, and rules
 * count as loaded at once in Node.
 */
function fontFaceSink(): object {
  const styleElement = () => ({
    sheet: {
      cssRules: { length: 0 },
      insertRule: (rule: string) => {
        noteFontFaceRule(rule);
        return 0;
      },
    },
    remove: () => undefined,
  });
  return {
    // Read once per document (pdfjs's FontLoader keeps the answer).
    get fonts() {
      return (globalThis as { FontFace?: unknown }).FontFace === FontFaceSink ? FONT_FACE_SET : undefined;
    },
    createElement: styleElement,
    documentElement: { getElementsByTagName: () => [{ append: () => undefined }] },
  };
}

/**
 * Bold as the embedded font program itself says, by the font's loaded name (the key of getTextContent's
 * `styles` and of `page.commonObjs`). Some producers name every font anonymously (cairo's
 * "ABCDEF+CairoFont-1-0", "F1", "TT2"), so the name cannot tell a bold title from body text; the program
 * can: bit 0 of the `head` table's macStyle is the bold flag of TrueType and OpenType fonts, and pdfjs
 * keeps the original `head` when it sanitises a font (it rewrites OS/2, whose weight therefore says
 * nothing). Fonts without that table (Type 1, Type 3, CFF converted by pdfjs) give no answer here.
 * Loaded names are unique per document in a process (g_d<doc>_f<n>), so one bounded map serves all.
 */
const boldByLoadedName = new Map<string, boolean>();
const BOLD_MEMORY = 4096;
const RULE_RE = /font-family:"([^"]+)";src:url\(data:[^;]*;base64,([A-Za-z0-9+/=]+)\)/;

/**
 * Font programs by loaded name, for reading glyph outlines when a text layer may lie (glyph-shapes.ts):
 * a document's fonts are loaded while its pages are read, so a short memory serves the document at hand.
 */
const programByLoadedName = new Map<string, Uint8Array>();
const PROGRAM_MEMORY = 256;
const boxReaders = new Map<string, ((fontChar: string) => GlyphBox | undefined) | undefined>();

/** Outline box of a glyph, by the font's loaded name and the glyph's pdfjs `fontChar` (undefined: unknown). */
export function glyphBox(loadedName: string, fontChar: string): GlyphBox | undefined {
  if (!boxReaders.has(loadedName)) {
    const program = programByLoadedName.get(loadedName);
    if (program === undefined) return undefined;
    if (boxReaders.size >= PROGRAM_MEMORY) boxReaders.clear();
    boxReaders.set(loadedName, glyphBoxReader(program));
  }
  return boxReaders.get(loadedName)?.(fontChar);
}

function noteFontFaceRule(rule: string): void {
  const match = RULE_RE.exec(rule);
  if (match) noteFontProgram(match[1] as string, Buffer.from(match[2] as string, 'base64'));
}

/** Keeps a font program pdfjs loaded (for glyphBox) and its bold flag (for embeddedBold). */
function noteFontProgram(loadedName: string, program: Uint8Array): void {
  if (programByLoadedName.size >= PROGRAM_MEMORY) programByLoadedName.clear();
  programByLoadedName.set(loadedName, program);
  const bold = macStyleBold(program);
  if (bold === undefined) return;
  if (boldByLoadedName.size >= BOLD_MEMORY) boldByLoadedName.clear();
  boldByLoadedName.set(loadedName, bold);
}

/** The bold bit of an sfnt font's `head` table, or undefined when there is no readable one. */
export function macStyleBold(font: Uint8Array): boolean | undefined {
  if (font.length < 12) return undefined;
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const tables = view.getUint16(4);
  for (let i = 0; i < tables; i++) {
    const entry = 12 + i * 16;
    if (entry + 16 > font.length) return undefined;
    if (view.getUint32(entry) !== 0x68656164) continue; // 'head'
    const offset = view.getUint32(entry + 8);
    if (offset + 46 > font.length) return undefined;
    return (view.getUint16(offset + 44) & 1) === 1;
  }
  return undefined;
}

/** Whether the font pdfjs loaded under `loadedName` is bold by its own program (undefined: unknown). */
export function embeddedBold(loadedName: string): boolean | undefined {
  return boldByLoadedName.get(loadedName);
}
