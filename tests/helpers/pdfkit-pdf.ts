/**
 * Builds a PDF in memory with pdfkit, DejaVu Sans (å/ä/ö embedded) registered as 'regular' and
 * 'bold', for tests of the PDF layer that need a particular drawing or tagging.
 */
import { join } from 'node:path';
import PDFDocument from 'pdfkit';

const FONTS = join(process.cwd(), 'node_modules/dejavu-fonts-ttf/ttf');

export type Draw = (doc: PDFKit.PDFDocument) => void;

export async function makePdf(draw: Draw, options: PDFKit.PDFDocumentOptions = {}): Promise<Uint8Array> {
  const doc = new PDFDocument({ size: 'A4', margin: 50, ...options });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve) => doc.on('end', () => resolve()));
  doc.registerFont('regular', join(FONTS, 'DejaVuSans.ttf'));
  doc.registerFont('bold', join(FONTS, 'DejaVuSans-Bold.ttf'));
  doc.font('regular');
  draw(doc);
  doc.end();
  await ended;
  return new Uint8Array(Buffer.concat(chunks));
}
