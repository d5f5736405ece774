/**
 * Extraction in worker threads, each document with a time budget and a memory ceiling. A hostile PDF
 * (a decompression bomb, a million text items, an encrypted stream no pre-scan can read) can only stop
 * its own worker: the worker is terminated, the job fails with PDF_TOO_COMPLEX naming the bound, and
 * the caller writes its failed/ record while the rest of the process — the local S3 server, the API,
 * the queue, the Lambda's batch — keeps running.
 *
 * Two bounds, because a worker's `resourceLimits` cover only its JavaScript heap: pdf.js decodes
 * streams and images into ArrayBuffers, which live outside that heap. So the main thread also samples
 * the process's resident memory while a job runs, and terminates the job when it grows by more than
 * the ceiling. With several jobs at once the growth cannot be told apart: all of them are stopped and
 * run again one at a time, so only the document that alone exceeds the ceiling fails. OCR runs in this
 * thread's engine (rendered pages, tesseract's workers and their language data, kept for the next
 * scan): what resident memory grows while any OCR is under way is the engine's, not a document's, and
 * is taken off every job's growth (`ocrGrowth`). Without that a batch with scans in it failed them, and
 * the text papers read beside them, as PDF_TOO_COMPLEX once the engine had loaded.
 *
 * The pool is the unit a batch extractor reuses: `extract()` many documents, `size` workers at once.
 */
import { Worker, type WorkerOptions } from 'node:worker_threads';
import { ExtractionError } from '../../parsers/errors.ts';
import type { ExtractOptions } from '../../parsers/index.ts';
import type { ExtractedDocument } from '../../parsers/schema.ts';
import type { Extract } from '../ingest/service.ts';
import { type FromWorker, fromWire, type ToWorker, toWire } from './extract-protocol.ts';
import { tuneV8ForExtraction, v8Tuned } from './v8-tiering.ts';

export interface ExtractPoolOptions {
  /** Documents extracted at once (workers). */
  size?: number;
  /** Wall-clock time one document may take in its worker (OCR by the main thread's engine excluded). */
  timeBudgetMs?: number;
  /** Growth of the process's resident memory one document may cause (heap, buffers, images). */
  memoryCeilingMb?: number;
  /** The worker's JavaScript heap (old generation); below the ceiling, so that it trips first. */
  heapMb?: number;
  youngHeapMb?: number;
  /** How often resident memory is sampled while a job runs. */
  sampleEveryMs?: number;
  /** The worker's entry; by default extract-worker.mjs beside this module (or beside the bundle). */
  workerUrl?: URL;
  /**
   * Whether the workers run with V8's extraction tiering (functions/lib/v8-tiering.ts; default true): a
   * trade of one document's latency for throughput, worth it when the workers keep every core busy.
   */
  v8Tiering?: boolean;
  /** Starts a worker (`new Worker(url, options)` by default): the CLI hands over one it started early. */
  startWorker?: (url: URL, options: WorkerOptions) => Worker;
  /**
   * Whether this thread checks each document against the contract instead of the worker (default false).
   * The schema (zod) then loads here, beside the worker's reading, instead of in the worker before it:
   * worth it where this thread is otherwise idle and has a core of its own (the CLI). Same documents and
   * the same SCHEMA_VIOLATION either way (parsers/validate.ts).
   */
  validateHere?: boolean;
}

export const DEFAULT_POOL_OPTIONS = Object.freeze({
  size: 1,
  timeBudgetMs: 60_000,
  memoryCeilingMb: 768,
  // The young generation (V8's nursery) of each worker. Extraction allocates short-lived objects at a
  // high rate (pdf.js's operator lists and text items, our line and token arrays): at 32 MB the worker spent
  // ~10 % of its CPU in scavenges; at 64 MB a batch over the fixtures took ~15 % less CPU (user time of
  // `namndkoll extract fixtures… --out-dir --jobs 1`, 14.6–15.1 s → 11.2–12.4 s), and more gave no more.
  youngHeapMb: 64,
  sampleEveryMs: 20,
});

/** What one job cost, for logs and the fuzz run's figures. */
export interface JobStats {
  fileName: string;
  /** Time in the worker, OCR excluded. */
  durationMs: number;
  /** Largest growth of resident memory over the job's start, as sampled. */
  peakMemoryMb: number;
  outcome: 'extracted' | 'failed' | 'deferred' | 'time-budget' | 'memory-ceiling' | 'crashed';
}

export interface PoolJob {
  bytes: Uint8Array;
  options: ExtractOptions;
  /** A tighter time budget for this job (e.g. what is left of a Lambda invocation). */
  timeBudgetMs?: number;
}

interface Queued extends PoolJob {
  id: number;
  alone: boolean;
  resolve: (value: { document: ExtractedDocument; stats: JobStats }) => void;
  reject: (error: Error & { stats?: JobStats }) => void;
}

interface Running {
  job: Queued;
  baselineRss: number;
  /** The pool's OCR growth (`ocrGrowth`) when the job started: only what came after is not the job's. */
  ocrGrowthAtStart: number;
  /** Whether this job's OCR is under way in the main thread's engine. */
  inOcr: boolean;
  peakRss: number;
  remainingMs: number;
  /** When the budget clock last (re)started; undefined while OCR runs in the main thread. */
  clockFrom: number | undefined;
  timer: NodeJS.Timeout | undefined;
  workMs: number;
}

interface Slot {
  worker: Worker;
  ready: Promise<void>;
  running?: Running | undefined;
  dead: boolean;
}

const MB = 1024 * 1024;

/** parsers/validate.ts, loaded on first use (it loads zod). */
function loadValidate(): Promise<typeof import('../../parsers/validate.ts').validated> {
  return import('../../parsers/validate.ts').then((module) => module.validated);
}

function defaultWorkerUrl(): URL {
  return new URL('./extract-worker.mjs', import.meta.url);
}

export class ExtractPool {
  readonly options: Required<Omit<ExtractPoolOptions, 'workerUrl' | 'startWorker'>> &
    Pick<ExtractPoolOptions, 'startWorker'> & { workerUrl: URL };
  private readonly slots: Slot[] = [];
  private readonly queue: Queued[] = [];
  private nextId = 1;
  private sampler: NodeJS.Timeout | undefined;
  private closed = false;
  private peakMemoryMb = 0;
  /** Resident memory grown while OCR was under way, summed over the OCR windows that have ended. */
  private ocrGrowthEnded = 0;
  /** Resident memory when the current OCR window opened (the first of overlapping OCRs started). */
  private ocrWindowRss: number | undefined;

  constructor(options: ExtractPoolOptions = {}) {
    const merged = { ...DEFAULT_POOL_OPTIONS, ...options };
    this.options = {
      ...merged,
      heapMb: options.heapMb ?? Math.max(64, Math.floor(merged.memoryCeilingMb * 0.6)),
      workerUrl: options.workerUrl ?? defaultWorkerUrl(),
      v8Tiering: options.v8Tiering ?? true,
      validateHere: options.validateHere ?? false,
    };
    // Before any worker starts: V8's flags hold for every isolate of the process (v8-tiering.ts).
    if (this.options.v8Tiering) tuneV8ForExtraction();
  }

  /** The largest memory growth any job caused so far. */
  get peakMemory(): number {
    return this.peakMemoryMb;
  }

  extract(bytes: Uint8Array, options: ExtractOptions): Promise<ExtractedDocument> {
    return this.run({ bytes, options }).then((result) => result.document);
  }

  /** Extracts one document; failures carry `stats` too. */
  run(job: PoolJob): Promise<{ document: ExtractedDocument; stats: JobStats }> {
    if (this.closed) return Promise.reject(new Error('the extraction pool is closed'));
    return new Promise((resolve, reject) => {
      this.queue.push({ ...job, id: this.nextId++, alone: false, resolve, reject });
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new Error('the extraction pool was closed'));
    const slots = this.slots.splice(0);
    for (const slot of slots) {
      slot.dead = true;
      slot.running?.job.reject(new Error('the extraction pool was closed'));
      if (slot.running) this.stopClock(slot.running);
    }
    this.updateSampler();
    await Promise.all(slots.map((slot) => slot.worker.terminate()));
  }

  private pump(): void {
    while (this.queue.length > 0) {
      const busy = this.slots.filter((slot) => slot.running);
      const next = this.queue[0] as Queued;
      // A job that exceeded the ceiling alongside others runs alone, and nothing runs beside it.
      if (busy.some((slot) => slot.running?.job.alone)) return;
      if (next.alone && busy.length > 0) return;
      let slot = this.slots.find((candidate) => !candidate.running && !candidate.dead);
      if (!slot) {
        if (this.slots.length >= this.options.size) return;
        slot = this.spawn();
      }
      this.queue.shift();
      this.start(slot, next);
    }
  }

  private spawn(): Slot {
    const workerOptions: WorkerOptions = {
      // The worker keeps its code cache per tiering setting (cli/extract-worker-loader.ts).
      workerData: { v8Tiering: v8Tuned() },
      resourceLimits: {
        maxOldGenerationSizeMb: this.options.heapMb,
        maxYoungGenerationSizeMb: this.options.youngHeapMb,
      },
    };
    const { startWorker } = this.options;
    const worker = startWorker
      ? startWorker(this.options.workerUrl, workerOptions)
      : new Worker(this.options.workerUrl, workerOptions);
    let markReady: () => void = () => undefined;
    const slot: Slot = { worker, ready: new Promise((resolve) => (markReady = resolve)), dead: false };
    worker.unref();
    worker.on('message', (message: FromWorker) => {
      if (message.type === 'ready') markReady();
      else this.onMessage(slot, message);
    });
    worker.on('error', (error: Error & { code?: string }) => {
      if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') {
        this.fail(
          slot,
          'memory-ceiling',
          `its extraction ran out of the ${this.options.heapMb} MB heap allowed for one document`,
        );
      } else {
        this.fail(slot, 'crashed', undefined, error);
      }
    });
    worker.on('exit', (code) => {
      if (!slot.dead)
        this.fail(slot, 'crashed', undefined, new Error(`the extraction worker exited (${code})`));
    });
    this.slots.push(slot);
    return slot;
  }

  private start(slot: Slot, job: Queued): void {
    const budget = Math.min(this.options.timeBudgetMs, job.timeBudgetMs ?? Number.POSITIVE_INFINITY);
    const running: Running = {
      job,
      baselineRss: 0,
      ocrGrowthAtStart: 0,
      inOcr: false,
      peakRss: 0,
      remainingMs: Math.max(1, budget),
      clockFrom: undefined,
      timer: undefined,
      workMs: 0,
    };
    slot.running = running;
    slot.worker.ref();
    void slot.ready.then(() => {
      if (slot.running !== running || slot.dead) return;
      running.baselineRss = process.memoryUsage.rss();
      running.ocrGrowthAtStart = this.ocrGrowth(running.baselineRss);
      running.peakRss = running.baselineRss;
      const bytes = new Uint8Array(job.bytes); // a copy, transferred: the caller keeps its own
      const { options } = job;
      const message: ToWorker = {
        type: 'extract',
        id: job.id,
        bytes,
        options: {
          fileName: options.fileName,
          startedAt: options.now().getTime(),
          ...(options.source ? { source: options.source } : {}),
          ...(options.region ? { region: options.region } : {}),
          ...(options.limits ? { limits: options.limits } : {}),
          ...(options.ocr ? { ocrMethod: options.ocr.method } : {}),
          ...(this.options.validateHere ? { callerValidates: true } : {}),
        },
      };
      slot.worker.postMessage(message, [bytes.buffer as ArrayBuffer]);
      // The schema loads now, while the worker reads the document (a module loads once per thread).
      if (this.options.validateHere) void loadValidate();
      this.startClock(slot, running);
      this.updateSampler();
    });
  }

  private startClock(slot: Slot, running: Running): void {
    running.clockFrom = performance.now();
    running.timer = setTimeout(() => {
      this.fail(
        slot,
        'time-budget',
        `its extraction took longer than the time budget of ${Math.round(this.budgetOf(running) / 1000)} s for one document`,
      );
    }, running.remainingMs);
  }

  private stopClock(running: Running): void {
    if (running.timer) clearTimeout(running.timer);
    running.timer = undefined;
    if (running.clockFrom !== undefined) {
      const spent = performance.now() - running.clockFrom;
      running.workMs += spent;
      running.remainingMs = Math.max(1, running.remainingMs - spent);
      running.clockFrom = undefined;
    }
  }

  private budgetOf(running: Running): number {
    return Math.min(this.options.timeBudgetMs, running.job.timeBudgetMs ?? Number.POSITIVE_INFINITY);
  }

  private stats(running: Running, outcome: JobStats['outcome']): JobStats {
    const peakMemoryMb = Math.max(0, running.peakRss - running.baselineRss) / MB;
    this.peakMemoryMb = Math.max(this.peakMemoryMb, peakMemoryMb);
    return {
      fileName: running.job.options.fileName,
      durationMs: Math.round(running.workMs),
      peakMemoryMb: Math.round(peakMemoryMb),
      outcome,
    };
  }

  private onMessage(slot: Slot, message: Exclude<FromWorker, { type: 'ready' }>): void {
    const running = slot.running;
    if (!running || running.job.id !== message.id) return;
    const { job } = running;
    if (message.type === 'progress') {
      job.options.onProgress?.({ stage: 'ocr', pages: message.pages, done: message.done });
      return;
    }
    if (message.type === 'ocr') {
      // OCR runs in the main thread's engine (tesseract's own workers, or a Textract job): not the
      // worker's time, nor its memory.
      this.stopClock(running);
      this.ocrStarted(running);
      const engine = job.options.ocr;
      const recognized = engine
        ? engine.recognize({
            pdf: message.pdf,
            pageNumbers: message.pageNumbers,
            ...(message.source ? { source: message.source } : {}),
            // OCR runs here, in the main thread: count its pages here for the caller's progress.
            onPage: (() => {
              let done = 0;
              const onProgress = job.options.onProgress;
              return () => onProgress?.({ stage: 'ocr', pages: message.pageNumbers, done: ++done });
            })(),
          })
        : Promise.reject(new Error('the worker asked for OCR, but no engine was given'));
      recognized.then(
        (pages) => {
          this.ocrEnded(running);
          if (slot.running !== running) return;
          slot.worker.postMessage({ type: 'ocr-result', id: job.id, pages } satisfies ToWorker);
          this.startClock(slot, running);
        },
        (error: unknown) => {
          this.ocrEnded(running);
          if (slot.running !== running) return;
          slot.worker.postMessage({ type: 'ocr-error', id: job.id, error: toWire(error) } satisfies ToWorker);
          this.startClock(slot, running);
        },
      );
      return;
    }
    this.stopClock(running);
    this.sample();
    slot.running = undefined;
    slot.worker.unref();
    const heavy = running.peakRss - running.baselineRss > (this.options.memoryCeilingMb * MB) / 2;
    if (message.type === 'done') {
      const stats = this.stats(running, 'extracted');
      // Not validated again here: the worker's extractDocument returns only a document that passed
      // ExtractedDocumentSchema (parsers/index.ts `validated`), and the structured clone carries exactly
      // that data. A second parse loaded zod into the calling thread for nothing: about 50 ms of every
      // `namndkoll extract`, whose main thread otherwise never validates.
      job.resolve({ document: message.document, stats });
    } else if (message.type === 'done-unvalidated') {
      const stats = this.stats(running, 'extracted');
      const { fileName } = job.options;
      loadValidate()
        .then((validated) => validated(message.document, fileName))
        .then(
          (document) => job.resolve({ document, stats }),
          (error: unknown) =>
            job.reject(Object.assign(error as Error, { stats: { ...stats, outcome: 'failed' as const } })),
        );
    } else {
      const error = fromWire(message.error);
      const stats = this.stats(
        running,
        message.error.kind === 'ocr-deferred'
          ? 'deferred'
          : message.error.kind === 'extraction'
            ? 'failed'
            : 'crashed',
      );
      job.reject(Object.assign(error, { stats }));
    }
    // A worker that grew a lot keeps that memory; a fresh one gives it back.
    if (heavy) this.retire(slot);
    this.updateSampler();
    this.pump();
  }

  /** Ends the job on `slot` with a typed failure (or `cause` untyped) and replaces the worker. */
  private fail(slot: Slot, outcome: JobStats['outcome'], limitMessage?: string, cause?: Error): void {
    const running = slot.running;
    this.retire(slot);
    if (running) {
      this.stopClock(running);
      slot.running = undefined;
      const stats = this.stats(running, outcome);
      const error = limitMessage
        ? new ExtractionError('PDF_TOO_COMPLEX', `${running.job.options.fileName}: ${limitMessage}`)
        : (cause ?? new Error('the extraction worker failed'));
      running.job.reject(Object.assign(error, { stats }));
    }
    this.updateSampler();
    this.pump();
  }

  private retire(slot: Slot): void {
    if (slot.dead) return;
    slot.dead = true;
    const index = this.slots.indexOf(slot);
    if (index >= 0) this.slots.splice(index, 1);
    void slot.worker.terminate();
  }

  private updateSampler(): void {
    const active = this.slots.some((slot) => slot.running);
    if (active && !this.sampler) {
      this.sampler = setInterval(() => this.sample(), this.options.sampleEveryMs);
      this.sampler.unref();
    } else if (!active && this.sampler) {
      clearInterval(this.sampler);
      this.sampler = undefined;
    }
  }

  /** Resident memory grown while OCR was under way, up to now (`rss`: the process's now). */
  private ocrGrowth(rss: number): number {
    return this.ocrGrowthEnded + (this.ocrWindowRss === undefined ? 0 : Math.max(0, rss - this.ocrWindowRss));
  }

  private ocrStarted(running: Running): void {
    if (running.inOcr) return;
    running.inOcr = true;
    this.ocrWindowRss ??= process.memoryUsage.rss();
  }

  /** Closes the OCR window when the last OCR under way ends; its growth is then the engine's for good. */
  private ocrEnded(running: Running): void {
    if (!running.inOcr) return;
    running.inOcr = false;
    if (this.slots.some((slot) => slot.running?.inOcr) || this.ocrWindowRss === undefined) return;
    this.ocrGrowthEnded = this.ocrGrowth(process.memoryUsage.rss());
    this.ocrWindowRss = undefined;
  }

  /** What a job's document grew resident memory by: the growth since its start, less the OCR engine's. */
  private growthOf(job: Running, rss: number): number {
    return rss - job.baselineRss - (this.ocrGrowth(rss) - job.ocrGrowthAtStart);
  }

  private sample(): void {
    const rss = process.memoryUsage.rss();
    const ceiling = this.options.memoryCeilingMb * MB;
    const running = this.slots.filter((slot) => slot.running?.timer !== undefined);
    const over: Slot[] = [];
    for (const slot of running) {
      const job = slot.running as Running;
      job.peakRss = Math.max(job.peakRss, job.baselineRss + this.growthOf(job, rss));
      if (this.growthOf(job, rss) > ceiling) over.push(slot);
    }
    if (over.length === 0) return;
    if (running.length === 1) {
      this.fail(
        over[0] as Slot,
        'memory-ceiling',
        `its extraction grew memory beyond the ceiling of ${this.options.memoryCeilingMb} MB for one document`,
      );
      return;
    }
    // Shared growth: stop every job and run each again alone, so only the culprit fails.
    for (const slot of running) {
      const job = (slot.running as Running).job;
      this.stopClock(slot.running as Running);
      slot.running = undefined;
      this.retire(slot);
      this.queue.unshift({ ...job, alone: true });
    }
    this.updateSampler();
    this.pump();
  }
}

/** The pool as the ingest service's `Extract` (functions/ingest/service.ts). */
export function pooledExtract(pool: ExtractPool): Extract {
  return (bytes, options) => pool.extract(bytes, options);
}

/** What a Lambda invocation tells of its remaining time. */
export interface InvocationClock {
  getRemainingTimeInMillis(): number;
}

/** Time kept back from a Lambda invocation for writing a failure record and answering the batch. */
export const INVOCATION_MARGIN_MS = 10_000;

/**
 * The pool as a Lambda's `Extract`: a document's budget is what the invocation has left (less a margin
 * to write its failed/ record), at most the pool's. When that is under half the pool's budget the
 * document is not started but left for the queue to redeliver (an untyped error: retried, not failed),
 * so a document never fails for lack of time that other work of the invocation used.
 */
export function lambdaExtract(pool: ExtractPool, clock: () => InvocationClock | undefined): Extract {
  return (bytes, options) => {
    const remaining = clock()?.getRemainingTimeInMillis();
    const budget = pool.options.timeBudgetMs;
    if (remaining === undefined) return pool.extract(bytes, options);
    const left = remaining - INVOCATION_MARGIN_MS;
    if (left < budget / 2) {
      return Promise.reject(
        new Error(
          `${options.fileName}: ${remaining} ms left in this invocation, too little for its time budget of ${budget} ms; left for redelivery`,
        ),
      );
    }
    return pool
      .run({ bytes, options, timeBudgetMs: Math.min(budget, left) })
      .then((result) => result.document);
  };
}
