/**
 * pdfjs prints its warnings with console.log unless told otherwise, and the worker side of the in-process
 * worker takes its verbosity from the PDFWorker, not from getDocument. A paper set in a standard font that
 * is not embedded (Times-Roman here: pdfjs has its widths built in, the font program is never needed for
 * text) made every extraction print an English "Warning: UnknownErrorException: Ensure that the
 * `standardFontDataUrl` API parameter is provided." beside the CLI's own messages and in the logs.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { extractDocument } from '../../parsers/index.ts';
import { makePdf } from '../helpers/pdfkit-pdf.ts';

afterEach(() => vi.restoreAllMocks());

describe('pdfjs in-process worker', () => {
  it('reads a paper in a non-embedded standard font without printing pdfjs warnings', async () => {
    const pdf = await makePdf((doc) => {
      doc.font('Times-Roman').fontSize(12);
      doc.text('Tjänsteskrivelse 2025-03-04. Region Gävleborg.');
      doc.text('Prognosen för helåret är ett underskott om 46,2 mkr.');
    });
    const printed: unknown[] = [];
    for (const method of ['log', 'warn', 'error', 'info'] as const) {
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
        printed.push(args.join(' '));
      });
    }
    const doc = await extractDocument(pdf, { now: () => new Date(0), fileName: 'times.pdf' });
    expect(printed).toEqual([]);
    expect(doc.amounts.map((amount) => amount.amountMsek)).toContain(-46.2);
  });
});
