/**
 * Local OCR with tesseract.js and its Swedish data from the npm package @tesseract.js-data/swe:
 * pages rendered by pdfjs (the build pdf-parse pins, drawing on the canvas package it ships),
 * recognized by a pool of tesseract workers, turned into the page model (words with boxes and
 * confidences, lines through the shared reading order).
 *
 * Parsers stay free of I/O in what they decide; this engine is the one place where the installed
 * language data is read from node_modules, through tesseract's own `langPath` (nothing is fetched,
 * nothing is cached to disk: `cacheMethod: 'none'`). Callers (CLI, handlers) construct it, pass it
 * to extractDocument, and `terminate()` it when done: its worker threads keep a process alive.
 */
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist';
import Tesseract from 'tesseract.js';
import { ExtractionError } from '../errors.ts';
import type { Page, TableBox, TextItem } from '../page-model.ts';
import { loadPdfjs } from '../pdf/pdfjs.ts';
import {
  adoptReread,
  type Bbox,
  dropDoubleReadings,
  lineStrip,
  type OcrLine,
  type OcrWord,
  shiftLine,
  splitAtBaselines,
  unreadBands,
} from './baselines.ts';
import { turnedReadsBetter } from './orientation.ts';
import { shiftedPage } from './pictures.ts';
import type { OcrEngine, PictureInput } from './port.ts';
import {
  binarize,
  deskew,
  estimateSkew,
  flattenBackground,
  type GreyImage,
  removeIsolatedSpecks,
  removeRulingLines,
  removeSmallComponents,
  rgbaToGrey,
  rotateQuarter,
  toPgm,
  uprightTurns,
} from './preprocess.ts';
import { linesInReadingOrder, type RecognizedUnit } from './reading-order.ts';
import { repairAgendaSign, repairSectionSigns, repairUnitWords, repairYearHeads } from './repair.ts';
import {
  applySecondReadings,
  cropWord,
  FIGURE_WHITELIST,
  figureWords,
  type Reading,
} from './second-reading.ts';

const require = createRequire(import.meta.url);

export interface TesseractEngineOptions {
  /** Render resolution. Tesseract reads body text best at ~300 dpi. */
  dpi?: number;
  /** Upper bound of parallel workers; default: the machine's available parallelism. */
  maxWorkers?: number;
  /** `langPath` of the traineddata; default: the installed @tesseract.js-data/swe package. */
  langPath?: string;
  /** Words without letters or digits below this confidence (0..1) are specks of noise, not text. */
  noiseConfidence?: number;
  /**
   * Read every figure again, cut out of the page, with tesseract's legacy engine (second-reading.ts).
   * Default true; false leaves the LSTM's reading alone (and loads no second engine).
   */
  secondReading?: boolean;
}

interface SweData {
  langPath: string;
  gzip: boolean;
}

function installedSwedish(): SweData {
  const data = require('@tesseract.js-data/swe') as SweData;
  return data;
}

/** Where pdfjs finds the 14 standard fonts a page may use without embedding them. */
function standardFontDataUrl(): string {
  return `${join(dirname(require.resolve('pdfjs-dist/package.json')), 'standard_fonts')}/`;
}

interface CanvasAndContext {
  canvas: { width: number; height: number };
  context: { getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray } };
}
interface CanvasFactoryLike {
  create(width: number, height: number): CanvasAndContext;
  destroy(canvasAndContext: CanvasAndContext): void;
}

interface RenderedPage {
  number: number;
  /** Page size in points. */
  width: number;
  height: number;
  /** Pixels per point. */
  scale: number;
  image: Buffer;
  /** The cleaned page the image encodes, for cutting figures out of it. */
  grey: GreyImage;
  /** The page turned as the geometric orientation tests say, when they say so. */
  turned?: RenderedPage;
}

/**
 * The page straightened and cleaned for tesseract. Straighten a skewed scan first: rules then run
 * along pixel rows and columns (and are found whole), and tesseract reads upright glyphs instead of
 * resampling them itself. Binarize then so that paper grain and JPEG halos do not count as ink, drop
 * the table rules, then specks and leftover pieces of rules. `probe` is `rendered` binarized.
 */
function cleanPage(rendered: GreyImage, probe: GreyImage, dpi: number): GreyImage {
  const grey = deskew(rendered, estimateSkew(probe));
  binarize(grey);
  removeRulingLines(grey, dpi);
  removeSmallComponents(grey, Math.round(8 * (dpi / 300) ** 2), dpi);
  removeIsolatedSpecks(grey, dpi);
  return grey;
}

/**
 * A page drawn through `viewport` onto a canvas of width × height: its grey image, and a binarized copy
 * that the clean-up and the orientation test probe.
 */
async function drawGrey(
  pdf: PDFDocumentProxy,
  page: PDFPageProxy,
  viewport: ReturnType<PDFPageProxy['getViewport']>,
  width: number,
  height: number,
): Promise<{ rendered: GreyImage; probe: GreyImage }> {
  const factory = (pdf as unknown as { canvasFactory: CanvasFactoryLike }).canvasFactory;
  const target = factory.create(width, height);
  try {
    await page.render({
      canvas: target.canvas as unknown as HTMLCanvasElement,
      canvasContext: target.context as unknown as CanvasRenderingContext2D,
      viewport,
    }).promise;
    const rendered = rgbaToGrey(target.context.getImageData(0, 0, width, height).data, width, height);
    // A photographed or unevenly lit page: paper one level everywhere before any threshold.
    flattenBackground(rendered, viewport.scale * 72);
    const probe: GreyImage = { ...rendered, pixels: new Uint8Array(rendered.pixels) };
    binarize(probe);
    return { rendered, probe };
  } finally {
    factory.destroy(target);
  }
}

async function renderPage(pdf: PDFDocumentProxy, number: number, dpi: number): Promise<RenderedPage> {
  const page = await pdf.getPage(number);
  try {
    const base = page.getViewport({ scale: 1 });
    const scale = dpi / 72;
    const viewport = page.getViewport({ scale });
    const { rendered, probe } = await drawGrey(
      pdf,
      page,
      viewport,
      Math.ceil(viewport.width),
      Math.ceil(viewport.height),
    );
    const upright = cleanPage(rendered, probe, dpi);
    const result: RenderedPage = {
      number,
      width: base.width,
      height: base.height,
      scale,
      image: toPgm(upright),
      grey: upright,
    };
    // A page fed on its side or upside down (preprocess.ts uprightTurns) is turned only if the
    // recognizer agrees (orientation.ts): the geometric tests alone also fire on slides in large
    // type and on long table pages, so the turned page is kept beside the page as it lies.
    const turns = uprightTurns(probe);
    if (turns !== 0) {
      const turned = rotateQuarter(rendered, turns);
      const turnedProbe = rotateQuarter(probe, turns);
      const grey = cleanPage(turned, turnedProbe, dpi);
      // The page model describes the page as it reads: a page turned a quarter swaps its sides.
      const [pageWidth, pageHeight] = turns % 2 === 1 ? [base.height, base.width] : [base.width, base.height];
      result.turned = { number, width: pageWidth, height: pageHeight, scale, image: toPgm(grey), grey };
    }
    return result;
  } finally {
    page.cleanup();
  }
}

/**
 * One box of a page rendered alone (a picture on a text page): the viewport shifted so the box's corner
 * is the canvas's, the canvas the box's size. Cleaned as a scanned page is; not turned (a picture set
 * sideways is rare, and its page reads upright).
 */
async function renderBox(
  pdf: PDFDocumentProxy,
  number: number,
  box: TableBox,
  dpi: number,
): Promise<RenderedPage> {
  const page = await pdf.getPage(number);
  try {
    const scale = dpi / 72;
    const viewport = page.getViewport({ scale, offsetX: -box.x * scale, offsetY: -box.y * scale });
    const width = Math.max(1, Math.ceil(box.width * scale));
    const height = Math.max(1, Math.ceil(box.height * scale));
    const { rendered, probe } = await drawGrey(pdf, page, viewport, width, height);
    const grey = cleanPage(rendered, probe, dpi);
    return { number, width: box.width, height: box.height, scale, image: toPgm(grey), grey };
  } finally {
    page.cleanup();
  }
}

export function linesOf(result: Tesseract.Page): OcrLine[] {
  const lines: OcrLine[] = [];
  for (const block of result.blocks ?? []) {
    for (const paragraph of block.paragraphs)
      for (const line of paragraph.lines) lines.push(...splitAtBaselines(line as unknown as OcrLine));
  }
  return dropDoubleReadings(lines);
}

const ALNUM = /[A-Za-zªµºÀ-ÖØ-öø-ɏ\p{N}]/u;

/** The number of pixel columns of a box of the cleaned page that hold ink (a dark pixel). */
function inkColumns(grey: GreyImage, box: Bbox): number {
  const x0 = Math.max(0, Math.floor(box.x0));
  const x1 = Math.min(grey.width, Math.ceil(box.x1));
  const y0 = Math.max(0, Math.floor(box.y0));
  const y1 = Math.min(grey.height, Math.ceil(box.y1));
  if (x1 <= x0 || y1 <= y0) return 0;
  let columns = 0;
  for (let x = x0; x < x1; x++) {
    for (let y = y0; y < y1; y++) {
      if ((grey.pixels[y * grey.width + x] as number) < 128) {
        columns++;
        break;
      }
    }
  }
  return columns;
}
/** What is left of a table's vertical rules after clean-up reads as bars and brackets. */
const RULE_GLYPHS = /^(?:[|¦[\]]+|['"‘’`´,.:;!])$/;
const RULE_AT_EDGES = /^[|¦[\]]+|[|¦[\]]+$/g;
const RULE_AROUND_NUMBER = /^[|¦[\]]*([-−–+]?\d[\d,.]*)[|¦[\]!]*$/;
const BULLET = '•';

/**
 * A list bullet (• ◦ ▪) that tesseract read as a character ("«", "o", "2", "»"): a lone glyph
 * opening the line, about as wide as tall, small (under 0.4 of the font size) and floating
 * clearly above the baseline. A letter "o" sits on the baseline, a digit is cap-height tall, and
 * a dash is flat, so none of those is taken for a bullet; a bullet must not pass for a list
 * number ("2 Arbeta utifrån …").
 */
function isBulletGlyph(word: OcrWord, baseY: number, fontPx: number): boolean {
  if ([...word.text.trim()].length !== 1) return false;
  const width = word.bbox.x1 - word.bbox.x0;
  const height = word.bbox.y1 - word.bbox.y0;
  if (height <= 0 || height >= 0.4 * fontPx) return false;
  if (width / height < 0.6 || width / height > 1.6) return false;
  return baseY - word.bbox.y1 >= 0.15 * fontPx;
}

/** Characters that reach cap height: capitals, digits, letters with ascenders. */
const TALL = /[\p{Lu}\p{N}bdfhklt]/u;
/** Cap height and digit height as a share of the font size (the em), for common text faces. */
const CAP_HEIGHT_EM = 0.72;

/**
 * The line's font size in pixels from the words that reach cap height: their height above the
 * baseline is ~0.72 em whatever the line holds. Tesseract's own row height is thrown off by lines
 * of digits only (table rows) and by leftover rule fragments, by up to half again.
 */
function lineFontPx(line: OcrLine, baselineAt: (x: number, fallback: number) => number): number {
  const heights: number[] = [];
  for (const word of line.words) {
    if (!TALL.test(word.text) || word.confidence < 50) continue;
    const rise = baselineAt((word.bbox.x0 + word.bbox.x1) / 2, word.bbox.y1) - word.bbox.y0;
    if (rise > 0) heights.push(rise);
  }
  if (heights.length > 0) {
    heights.sort((a, b) => a - b);
    return (heights[Math.floor(heights.length / 2)] as number) / CAP_HEIGHT_EM;
  }
  const rowHeight = line.rowAttributes?.rowHeight ?? line.rowAttributes?.row_height ?? 0;
  const boxHeight = line.bbox.y1 - line.bbox.y0;
  return rowHeight > 0.5 * boxHeight && rowHeight < 1.5 * boxHeight ? rowHeight : boxHeight / 1.15;
}

/**
 * A recognized line as the page model's items. Each word keeps its horizontal box; its vertical
 * box is the text layer's convention (top = baseline − font size, height = font size) taken from
 * tesseract's baseline and the cap height of its words, so items on one line share a band even when a word has no
 * ascenders and the scan is slightly skewed.
 */
function lineItems(line: OcrLine, scale: number, noiseConfidence: number): TextItem[] {
  const baseline = line.baseline;
  const baselineAt = (x: number, fallback: number): number =>
    baseline && baseline.x1 !== baseline.x0
      ? baseline.y0 + ((baseline.y1 - baseline.y0) * (x - baseline.x0)) / (baseline.x1 - baseline.x0)
      : fallback;
  const fontPx = lineFontPx(line, baselineAt);
  const items: TextItem[] = [];
  // The word the first item comes from (words before it may be dropped as rules or noise).
  let firstWord: OcrLine['words'][number] | undefined;
  for (const [index, word] of line.words.entries()) {
    let text = word.text.trim();
    if (text === '') continue;
    let confidence = Math.min(1, Math.max(0, word.confidence / 100));
    const middle = (word.bbox.x0 + word.bbox.x1) / 2;
    let baseY = word.bbox.y1;
    if (baseline && baseline.x1 !== baseline.x0) {
      baseY =
        baseline.y0 + ((baseline.y1 - baseline.y0) * (middle - baseline.x0)) / (baseline.x1 - baseline.x0);
    }
    if (index === 0 && isBulletGlyph(word, baseY, fontPx)) {
      // The shape, not the recognizer's guess, says what it is.
      text = BULLET;
      confidence = 1;
    } else if (RULE_GLYPHS.test(text) || (!ALNUM.test(text) && confidence < noiseConfidence)) {
      continue;
    } else {
      // A rule glued to a cell's number ("8,9]") is not part of it; the word keeps its (low)
      // confidence, so the trust checks still flag the number.
      text = text.replace(RULE_AROUND_NUMBER, '$1').replace(RULE_AT_EDGES, '');
      if (text === '') continue;
    }
    firstWord ??= word;
    items.push({
      text,
      x: word.bbox.x0 / scale,
      y: (baseY - fontPx) / scale,
      width: (word.bbox.x1 - word.bbox.x0) / scale,
      height: fontPx / scale,
      confidence,
      spaceAfter: true,
    });
  }
  // A first item whose word reaches well below the baseline is no digit (a § read as "8").
  const first = firstWord;
  const firstDescends =
    first !== undefined &&
    first.bbox.y1 - baselineAt((first.bbox.x0 + first.bbox.x1) / 2, first.bbox.y1) > 0.07 * fontPx;
  return repairSectionSigns(repairAgendaSign(repairYearHeads(repairUnitWords(items)), firstDescends));
}

/** Turns tesseract's answer for one rendered page into a page of the model. */
export function ocrPageFromTesseract(
  result: Tesseract.Page,
  page: { number: number; width: number; height: number; scale: number },
  noiseConfidence = 0.6,
  secondReadings: Map<OcrWord, Reading> = new Map(),
): Page {
  return ocrPageFromLines(applySecondReadings(linesOf(result), secondReadings), page, noiseConfidence);
}

/** The page of the model from tesseract's lines (split at baselines, words settled). */
export function ocrPageFromLines(
  lines: OcrLine[],
  page: { number: number; width: number; height: number; scale: number },
  noiseConfidence = 0.6,
): Page {
  const units: RecognizedUnit[] = lines.map((line) => ({
    items: lineItems(line, page.scale, noiseConfidence),
  }));
  const items = units.flatMap((unit) => unit.items);
  return {
    number: page.number,
    width: page.width,
    height: page.height,
    source: 'ocr',
    items,
    lines: linesInReadingOrder(units, page.width, page.height),
    tables: [],
  };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The local OCR engine. Workers are created on first use, up to `maxWorkers` (never more than
 * there are pages to read), and reused across documents; pages are rendered one after another
 * while the workers recognize the previous ones.
 */
export class TesseractOcrEngine implements OcrEngine {
  readonly method = 'ocr' as const;
  private readonly dpi: number;
  private readonly maxWorkers: number;
  private readonly langPath: string;
  private readonly gzip: boolean;
  private readonly noiseConfidence: number;
  private readonly secondReading: boolean;
  private figureReader: Promise<Tesseract.Worker | undefined> | undefined;
  private scheduler: Tesseract.Scheduler | undefined;
  private workers = 0;
  private growing: Promise<void> = Promise.resolve();

  constructor(options: TesseractEngineOptions = {}) {
    const swe = options.langPath ? { langPath: options.langPath, gzip: true } : installedSwedish();
    this.dpi = options.dpi ?? 300;
    this.maxWorkers = Math.max(1, options.maxWorkers ?? availableParallelism());
    this.langPath = swe.langPath;
    this.gzip = swe.gzip;
    this.noiseConfidence = options.noiseConfidence ?? 0.6;
    this.secondReading = options.secondReading ?? true;
  }

  /**
   * The worker that reads figures a second time: tesseract's legacy engine (the Swedish data
   * carries its model), one text line per crop, digits and number punctuation only. Started on
   * the first page with figures; if it cannot start, figures keep their first reading.
   */
  private figureWorker(): Promise<Tesseract.Worker | undefined> {
    this.figureReader ??= (async () => {
      try {
        const worker = await Tesseract.createWorker('swe', Tesseract.OEM.TESSERACT_ONLY, {
          langPath: this.langPath,
          gzip: this.gzip,
          cacheMethod: 'none',
          legacyCore: true,
          legacyLang: true,
        });
        await worker.setParameters({
          user_defined_dpi: String(this.dpi),
          tessedit_pageseg_mode: Tesseract.PSM.SINGLE_LINE,
          tessedit_char_whitelist: FIGURE_WHITELIST,
          // The legacy engine adapts its classifier to what it has read before, so a figure's
          // reading would depend on the pages and papers read earlier by this worker (a batch, the
          // accuracy run): off, each crop reads the same whatever came before.
          classify_enable_learning: '0',
        });
        return worker;
      } catch {
        return undefined;
      }
    })();
    return this.figureReader;
  }

  /**
   * Lines cut out of a merged tesseract line, each read again alone (adoptReread); others as they
   * are. Uses the page workers, which are free once the page's own reading is done.
   */
  private async rereadSplitLines(lines: OcrLine[], grey: GreyImage): Promise<OcrLine[]> {
    if (!this.secondReading || !lines.some((line) => line.split)) return lines;
    const scheduler = this.scheduler;
    if (!scheduler) return lines;
    const margin = Math.round(this.dpi / 30);
    const border = Math.round(this.dpi / 15);
    return Promise.all(
      lines.map(async (line) => {
        if (!line.split) return line;
        try {
          const answer = await scheduler.addJob(
            'recognize',
            cropWord(grey, lineStrip(line), margin, border),
            {},
            { blocks: true, text: false },
          );
          const words = linesOf(answer.data).flatMap((read) => read.words);
          return adoptReread(line, words);
        } catch {
          return line;
        }
      }),
    );
  }

  /**
   * Ink inside a tesseract line's box that none of its words cover (unreadBands: the years of a header
   * cell over the units tesseract did read), cut out and read alone. Only confident words with a letter
   * or digit are kept, as a line of their own beside the line they were found in; a band without ink, or
   * one that reads as nothing sure, adds nothing.
   */
  private async readUnreadBands(lines: OcrLine[], grey: GreyImage): Promise<OcrLine[]> {
    if (!this.secondReading) return lines;
    const scheduler = this.scheduler;
    if (!scheduler) return lines;
    // Ink across at least a band's height of columns: a word's worth, not an accent over a capital.
    const bands = unreadBands(lines).filter(({ band }) => inkColumns(grey, band) >= band.y1 - band.y0);
    if (bands.length === 0) return lines;
    const margin = Math.round(this.dpi / 75);
    const border = Math.round(this.dpi / 15);
    const found = new Map<number, { above: OcrLine[]; below: OcrLine[] }>();
    for (const { line, band, above } of bands) {
      try {
        const answer = await scheduler.addJob(
          'recognize',
          cropWord(grey, band, margin, border),
          {},
          { blocks: true, text: false },
        );
        const dx = Math.max(0, Math.floor(band.x0 - margin)) - border;
        const dy = Math.max(0, Math.floor(band.y0 - margin)) - border;
        const read = linesOf(answer.data)
          .map((l) => ({
            ...l,
            // A word, not a lone glyph: a speck or an accent reads as "a" or "i" with confidence.
            words: l.words.filter(
              (w) => w.confidence >= 80 && (w.text.match(/[A-Za-zªµºÀ-ÖØ-öø-ɏ\p{N}]/gu) ?? []).length >= 2,
            ),
          }))
          .filter((l) => l.words.length > 0)
          .map((l) => shiftLine(l, dx, dy));
        if (read.length === 0) continue;
        const entry = found.get(line) ?? { above: [], below: [] };
        entry[above ? 'above' : 'below'].push(...read);
        found.set(line, entry);
      } catch {
        // A band the engine cannot read adds nothing.
      }
    }
    if (found.size === 0) return lines;
    return lines.flatMap((line, i) => {
      const extra = found.get(i);
      return extra ? [...extra.above, line, ...extra.below] : [line];
    });
  }

  /** Second readings of the page's figure words (empty when the figure reader is off or absent). */
  private async readFiguresAgain(lines: OcrLine[], grey: GreyImage): Promise<Map<OcrWord, Reading>> {
    const readings = new Map<OcrWord, Reading>();
    if (!this.secondReading) return readings;
    const words = figureWords(lines);
    if (words.length === 0) return readings;
    const worker = await this.figureWorker();
    if (!worker) return readings;
    const margin = Math.round(this.dpi / 75);
    const border = Math.round(this.dpi / 15);
    for (const word of words) {
      try {
        const answer = await worker.recognize(cropWord(grey, word.bbox, margin, border), {}, { text: true });
        readings.set(word, { text: answer.data.text.trim(), confidence: answer.data.confidence });
      } catch {
        // A crop the second engine cannot read leaves the word's first reading.
      }
    }
    return readings;
  }

  /**
   * The page's lines, read as it lies and, when the geometric tests flagged it, also turned: the
   * turned reading wins only when it is clearly the readable one (orientation.ts).
   */
  private async readOriented(
    scheduler: Tesseract.Scheduler,
    rendered: RenderedPage,
  ): Promise<[RenderedPage, OcrLine[]]> {
    const read = (page: RenderedPage) =>
      scheduler
        .addJob('recognize', page.image, {}, { blocks: true, text: false })
        .then((result) => linesOf(result.data));
    const turned = rendered.turned;
    if (!turned) return [rendered, await read(rendered)];
    const [asItLies, turnedLines] = await Promise.all([read(rendered), read(turned)]);
    return turnedReadsBetter(asItLies, turnedLines) ? [turned, turnedLines] : [rendered, asItLies];
  }

  /** Number of workers started so far. */
  get workerCount(): number {
    return this.workers;
  }

  private ensureWorkers(wanted: number): Promise<void> {
    this.growing = this.growing.then(async () => {
      this.scheduler ??= Tesseract.createScheduler();
      const scheduler = this.scheduler;
      const target = Math.min(this.maxWorkers, Math.max(1, wanted));
      const missing = target - this.workers;
      if (missing <= 0) return;
      const created = await Promise.all(
        Array.from({ length: missing }, () =>
          Tesseract.createWorker('swe', Tesseract.OEM.LSTM_ONLY, {
            langPath: this.langPath,
            gzip: this.gzip,
            // Never read or write a cached copy in the working directory.
            cacheMethod: 'none',
          }),
        ),
      );
      for (const worker of created) {
        // The page is rendered at a known resolution; tesseract would otherwise guess it.
        await worker.setParameters({ user_defined_dpi: String(this.dpi) });
        scheduler.addWorker(worker);
      }
      this.workers += created.length;
    });
    return this.growing;
  }

  async recognize(input: {
    pdf: Uint8Array;
    pageNumbers: number[];
    onPage?: (pageNumber: number) => void;
  }): Promise<Page[]> {
    const numbers = [...new Set(input.pageNumbers)].sort((a, b) => a - b);
    if (numbers.length === 0) return [];
    const workers = this.ensureWorkers(numbers.length);
    let pdf: PDFDocumentProxy;
    try {
      const { getDocument } = await loadPdfjs();
      pdf = await getDocument({
        data: new Uint8Array(input.pdf),
        verbosity: 0,
        isEvalSupported: false,
        standardFontDataUrl: standardFontDataUrl(),
      }).promise;
    } catch (error) {
      throw new ExtractionError(
        'OCR_FAILED',
        `could not open the PDF to render it for OCR: ${messageOf(error)}`,
        {
          cause: error,
        },
      );
    }
    const jobs: Array<Promise<Page>> = [];
    try {
      await workers;
      const scheduler = this.scheduler as Tesseract.Scheduler;
      // Rendered pages wait in memory (~9 MB each at 300 dpi) until a worker takes them; keep the
      // queue short so a 100-page scan does not hold every image at once.
      const inFlight = new Set<Promise<unknown>>();
      const queueLimit = 2 * this.workers;
      for (const number of numbers) {
        while (inFlight.size >= queueLimit) await Promise.race(inFlight);
        let rendered: RenderedPage;
        try {
          rendered = await renderPage(pdf, number, this.dpi);
        } catch (error) {
          throw new ExtractionError(
            'OCR_FAILED',
            `could not render page ${number} for OCR: ${messageOf(error)}`,
            {
              cause: error,
              page: number,
            },
          );
        }
        const job = this.readOriented(scheduler, rendered).then(
          async ([read, lines0]) => {
            const lines = await this.readUnreadBands(
              await this.rereadSplitLines(lines0, read.grey),
              read.grey,
            );
            const second = await this.readFiguresAgain(lines, read.grey);
            const page = ocrPageFromLines(applySecondReadings(lines, second), read, this.noiseConfidence);
            input.onPage?.(number);
            return page;
          },
          (error: unknown) => {
            throw new ExtractionError('OCR_FAILED', `OCR of page ${number} failed: ${messageOf(error)}`, {
              cause: error,
              page: number,
            });
          },
        );
        const tracked: Promise<unknown> = job.then(
          () => inFlight.delete(tracked),
          () => inFlight.delete(tracked),
        );
        inFlight.add(tracked);
        jobs.push(job);
      }
      return await Promise.all(jobs);
    } catch (error) {
      // Jobs already queued still settle; their failures are this one's consequences.
      for (const job of jobs) job.catch(() => undefined);
      throw error;
    } finally {
      await pdf.destroy().catch(() => undefined);
    }
  }

  /**
   * Pictures on text pages, each rendered alone at the engine's resolution and read as a page of its
   * own (second readings included); a picture that fails to render or read gives an empty page, so
   * the caller warns instead of failing the document.
   */
  async recognizePictures(input: PictureInput): Promise<Page[]> {
    if (input.pictures.length === 0) return [];
    await this.ensureWorkers(1);
    const scheduler = this.scheduler as Tesseract.Scheduler;
    const { getDocument } = await loadPdfjs();
    const pdf = await getDocument({
      data: new Uint8Array(input.pdf),
      verbosity: 0,
      isEvalSupported: false,
      standardFontDataUrl: standardFontDataUrl(),
    }).promise;
    try {
      const out: Page[] = [];
      for (const { page: number, box } of input.pictures) {
        const size = await pdf.getPage(number).then((p) => p.getViewport({ scale: 1 }));
        const empty: Page = {
          number,
          width: size.width,
          height: size.height,
          source: 'ocr',
          items: [],
          lines: [],
          tables: [],
        };
        try {
          const rendered = await renderBox(pdf, number, box, this.dpi);
          const answer = await scheduler.addJob(
            'recognize',
            rendered.image,
            {},
            { blocks: true, text: false },
          );
          const lines = await this.readUnreadBands(
            await this.rereadSplitLines(linesOf(answer.data), rendered.grey),
            rendered.grey,
          );
          const second = await this.readFiguresAgain(lines, rendered.grey);
          const read = ocrPageFromLines(applySecondReadings(lines, second), rendered, this.noiseConfidence);
          out.push(shiftedPage(read, box, size));
        } catch {
          out.push(empty);
        }
      }
      return out;
    } finally {
      await pdf.destroy().catch(() => undefined);
    }
  }

  /** Stops the workers; the engine starts new ones if used again. */
  async terminate(): Promise<void> {
    await this.growing.catch(() => undefined);
    const scheduler = this.scheduler;
    const figureReader = this.figureReader;
    this.scheduler = undefined;
    this.figureReader = undefined;
    this.workers = 0;
    if (scheduler) await scheduler.terminate();
    await (await figureReader)?.terminate();
  }
}

export function createTesseractEngine(options: TesseractEngineOptions = {}): TesseractOcrEngine {
  return new TesseractOcrEngine(options);
}
