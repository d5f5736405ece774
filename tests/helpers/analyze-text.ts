/**
 * Extraction tests on text laid out as pages (tests/helpers/text-pages.ts): the document's analysis with
 * no PDF metadata, and its measures as [title, [year, mkr][]] pairs, the form most assertions compare.
 */
import { analyzePages } from '../../parsers/extract/document.ts';
import type { Page } from '../../parsers/page-model.ts';
import { pagesFromText } from './text-pages.ts';

/** No title, author or dates from the PDF's own metadata: what a test paper's text says is all there is. */
export const NO_PDF_INFO = { title: null, author: null, subject: null, creationDate: null, producer: null };

/** The analysis of a text paper ("\f" between pages) or of pages built from one. */
export function analyzeText(text: string | Page[]): ReturnType<typeof analyzePages> {
  return analyzePages(typeof text === 'string' ? pagesFromText(text) : text, {
    fileName: 'test.pdf',
    info: NO_PDF_INFO,
  });
}

/** Each measure as its title and its effects, [year, mkr], in order. */
export function effectsByTitle(doc: ReturnType<typeof analyzePages>): [string, number[][]][] {
  return doc.measures.map((m): [string, number[][]] => [
    m.title,
    m.effects.map((e) => [e.year, e.amountMsek]),
  ]);
}
