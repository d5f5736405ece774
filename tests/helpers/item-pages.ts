/**
 * A page of the page model from hand-placed text items (as a producer draws them), with its lines built
 * by the real page model (parsers/pdf/lines.ts), and the analysis of such a page: for tests of layouts
 * whose geometry matters (columns, boxes, narrow cells).
 */
import { type Analysis, analyzePages } from '../../parsers/extract/document.ts';
import type { Page, TextItem } from '../../parsers/page-model.ts';
import { buildLines } from '../../parsers/pdf/lines.ts';

export function pageOfItems(items: TextItem[], number = 1): Page {
  return { number, width: 595, height: 842, source: 'text', items, lines: buildLines(items), tables: [] };
}

const INFO = { title: null, author: null, subject: null, creationDate: null, producer: null };

export function analyzeItems(items: TextItem[]): Analysis {
  return analyzePages([pageOfItems(items)], { fileName: 'test.pdf', info: INFO });
}
