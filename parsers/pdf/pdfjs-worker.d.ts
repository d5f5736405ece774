/** pdfjs-dist ships no types for its worker module: the one member this project uses. */
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: {
    /** Starts pdfjs's worker side on a message port (the API side is a PDFWorker on the same port). */
    initializeFromPort(port: unknown): void;
  };
}
