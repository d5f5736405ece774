import { describe, expect, it } from 'vitest';
import { pageText } from '../../parsers/page-model.ts';
import { loadPdf } from '../../parsers/pdf/load.ts';
import { makePdf } from '../helpers/pdfkit-pdf.ts';

type Doc = PDFKit.PDFDocument;

function marked(doc: Doc, text: string, x: number, y: number, size = 10): void {
  doc.markContent('Artifact', { type: 'Pagination' });
  doc.fontSize(size).text(text, x, y, { lineBreak: false });
  doc.endMarkedContent();
}

function body(doc: Doc, text: string, y: number, x = 60): void {
  doc.markContent('P');
  doc.fontSize(10).text(text, x, y, { lineBreak: false });
  doc.endMarkedContent();
}

describe('content a producer marked as artifact amid the body', () => {
  it('reads a row and a proposal marked as artifact, keeps the running header, page number and bullets apart', async () => {
    const bytes = await makePdf(
      (doc) => {
        marked(doc, 'Region Blekinge · Primärvårdsnämnden', 60, 28, 8);
        body(doc, 'Insats                                         2025', 100);
        body(doc, 'Gemensam tolkcentral                     1,4', 116);
        marked(doc, 'Färre externa utredningar              0,9', 60, 132);
        body(doc, 'Summa                                          2,3', 148);
        body(doc, 'Nämnden föreslås besluta', 180);
        marked(doc, '1. att anta planen för tolktjänster', 74, 196);
        marked(doc, '2. att följa upp planen i augusti', 74, 212);
        marked(doc, '•', 50, 260);
        body(doc, 'En punkt i en lista med en punkt som artefakt', 260);
        marked(doc, 'Sida 2 av 5', 480, 800, 8);
      },
      { tagged: true },
    );
    const model = await loadPdf(bytes);
    const page = model.pages[0];
    if (!page) throw new Error('no page');
    const text = pageText(page);
    expect(text).toContain('Färre externa utredningar');
    expect(text).toContain('1. att anta planen för tolktjänster');
    expect(text).toContain('2. att följa upp planen i augusti');
    expect(text).not.toContain('Sida 2 av 5');
    expect(text).not.toContain('Primärvårdsnämnden');
    expect(page.artifacts?.map((line) => line.text)).toEqual([
      'Region Blekinge · Primärvårdsnämnden',
      '•',
      'Sida 2 av 5',
    ]);
  });

  it('reads a figure marked as artifact in a row of figures, not a list number before its text', async () => {
    const bytes = await makePdf(
      (doc) => {
        body(doc, 'Nämnden har tagit fram följande insatser för att minska kostnaderna.', 70);
        body(doc, 'Insats                                         2025        2026', 100);
        doc.markContent('P');
        doc.fontSize(10).text('Samordnad provtagning', 60, 116, { lineBreak: false });
        doc.text('0,7', 300, 116, { lineBreak: false });
        doc.endMarkedContent();
        marked(doc, '1,3', 360, 116);
        marked(doc, '3.', 46, 150);
        body(doc, 'att redovisa utfallet i oktober', 60, 150);
      },
      { tagged: true },
    );
    const model = await loadPdf(bytes);
    const page = model.pages[0];
    if (!page) throw new Error('no page');
    expect(page.items.map((item) => item.text)).toContain('1,3');
    expect(page.artifacts?.map((line) => line.text)).toEqual(['3.']);
  });
});
