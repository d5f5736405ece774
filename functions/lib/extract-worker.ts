/**
 * The extraction worker: one document at a time, in its own thread with its own heap, so that a hostile
 * file can be stopped (terminated) without taking the stack with it. The pool (extract-pool.ts) bounds
 * its time and memory. Loads pdf.js before saying `ready`, so a job's time budget is the document's own.
 */
import { parentPort } from 'node:worker_threads';
import { type ExtractOptions, extractDocument, extractUnvalidated } from '../../parsers/index.ts';
import type { OcrEngine } from '../../parsers/ocr/port.ts';
import type { Page } from '../../parsers/page-model.ts';
import { loadPdfjs } from '../../parsers/pdf/pdfjs.ts';
import { type FromWorker, fromWire, type ToWorker, toWire } from './extract-protocol.ts';

function serve(port: NonNullable<typeof parentPort>): void {
  const send = (message: FromWorker, transfer: ArrayBuffer[] = []): void =>
    port.postMessage(message, transfer);
  const waiting = new Map<number, { resolve: (pages: Page[]) => void; reject: (error: Error) => void }>();

  port.on('message', (message: ToWorker) => {
    if (message.type === 'extract') {
      void run(message);
      return;
    }
    const caller = waiting.get(message.id);
    waiting.delete(message.id);
    if (message.type === 'ocr-result') caller?.resolve(message.pages);
    else caller?.reject(fromWire(message.error));
  });

  async function run(job: Extract<ToWorker, { type: 'extract' }>): Promise<void> {
    const { id, bytes, options } = job;
    const clockStart = performance.now();
    const ocr: OcrEngine | undefined = options.ocrMethod
      ? {
          method: options.ocrMethod,
          recognize: (input) =>
            new Promise<Page[]>((resolve, reject) => {
              waiting.set(id, { resolve, reject });
              // A copy: the worker still needs its bytes; the engine gets its own.
              const pdf = new Uint8Array(input.pdf);
              send(
                {
                  type: 'ocr',
                  id,
                  pdf,
                  pageNumbers: input.pageNumbers,
                  ...(input.source ? { source: input.source } : {}),
                },
                [pdf.buffer as ArrayBuffer],
              );
            }),
        }
      : undefined;
    try {
      const extractOptions: ExtractOptions = {
        now: () => new Date(options.startedAt + (performance.now() - clockStart)),
        fileName: options.fileName,
        ...(options.source ? { source: options.source } : {}),
        ...(options.region ? { region: options.region } : {}),
        ...(options.limits ? { limits: options.limits } : {}),
        ...(ocr ? { ocr } : {}),
        onProgress: ({ pages, done }) => send({ type: 'progress', id, pages, done }),
      };
      if (options.callerValidates) {
        send({ type: 'done-unvalidated', id, document: await extractUnvalidated(bytes, extractOptions) });
      } else {
        send({ type: 'done', id, document: await extractDocument(bytes, extractOptions) });
      }
    } catch (error) {
      send({ type: 'failed', id, error: toWire(error) });
    }
  }

  void loadPdfjs().then(() => send({ type: 'ready' }));
}

if (parentPort) {
  // pdf.js leaves some internal promises of a damaged file (XRefEntryException while it repairs the
  // xref) without a handler, after the document's own call has already failed or succeeded. In a
  // worker such a rejection would end the thread and turn a typed PDF_CORRUPT into a crash; the job's
  // own outcome is what counts.
  process.on('unhandledRejection', () => undefined);
  serve(parentPort);
}
