/**
 * The CLI's local OCR engine, loaded on the first scanned page: a text PDF never pays for loading
 * tesseract.js.
 */

import type { OcrEngine } from '../parsers/ocr/port.ts';
import { UsageError } from './errors.ts';

export type ClosableOcrEngine = OcrEngine & { terminate: () => Promise<void> };

export const OCR_CHOICES = ['tesseract', 'none'] as const;

export function lazyOcrEngine(name: string): ClosableOcrEngine | undefined {
  if (name === 'none') return undefined;
  if (name !== 'tesseract') throw new UsageError(`--ocr must be tesseract or none, not '${name}'`);
  let engine: Promise<OcrEngine & { terminate?: () => Promise<void> }> | undefined;
  return {
    method: 'ocr',
    recognize(input) {
      engine ??= import('../parsers/ocr/tesseract.ts').then((m) => m.createTesseractEngine());
      return engine.then((loaded) => loaded.recognize(input));
    },
    async terminate() {
      await (await engine)?.terminate?.();
    },
  };
}
