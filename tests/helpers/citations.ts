/**
 * The references (earlier decisions: body, date, §) that the analysis reads in a text laid out as
 * `pagesFromText` lays it out ("# " headings, "**…**" bold lines): for the reference tests.
 */
import { analyzePages } from '../../parsers/extract/document.ts';
import { pagesFromText } from './text-pages.ts';

const INFO = { title: null, author: null, subject: null, creationDate: null, producer: null };

export function citationsIn(text: string) {
  return analyzePages(pagesFromText(text), { fileName: 'test.pdf', info: INFO }).references.map((r) => [
    r.body,
    r.date,
    r.paragraph,
  ]);
}
