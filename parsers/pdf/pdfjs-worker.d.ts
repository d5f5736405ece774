/** pdfjs-dist ships no types for its worker module; load.ts imports it only to control when it loads. */
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
