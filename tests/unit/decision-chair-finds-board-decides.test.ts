/**
 * Minutes report how the chair put the question before the decision: "Ordföranden ställer frågan … och
 * finner att styrelsen beslutar i enlighet med …". The board decides there only in a clause under the
 * chair's finding; the sentence opens no decision block, and the block under "Beslut" keeps its number.
 * Wording and figures made up for these tests.
 */
import { describe, expect, it } from 'vitest';
import { analyzePages } from '../../parsers/extract/document.ts';
import { pagesFromText } from '../helpers/text-pages.ts';

const info = { title: null, author: null, subject: null, creationDate: null, producer: null };
const decisions = (text: string) =>
  analyzePages(pagesFromText(text), { fileName: 'test.pdf', info }).decisions.map((d) => [d.id, d.text]);

describe("the chair's finding", () => {
  it('opens no block; the proposal and the decision are blocks 1 and 2', () => {
    expect(
      decisions(`# § 41 Taxa för sjukresor 2035
## Förslag till beslut
Trafikstyrelsen föreslås besluta
att fastställa taxan för sjukresor,
att taxan gäller från den 1 maj 2035.
## Beslutsgång
Ordföranden ställer frågan på bifall eller avslag och finner att trafikstyrelsen beslutar i enlighet med förslaget.
## Beslut
Trafikstyrelsen beslutar
att fastställa taxan för sjukresor,
att taxan gäller från den 1 maj 2035.`),
    ).toEqual([
      ['1', 'fastställa taxan för sjukresor'],
      ['2', 'taxan gäller från den 1 maj 2035.'],
      ['2:1', 'fastställa taxan för sjukresor'],
      ['2:2', 'taxan gäller från den 1 maj 2035.'],
    ]);
  });

  it('still reads a board deciding in its own main clause', () => {
    expect(
      decisions(`# § 42 Riktlinje för sjukresor
Trafikstyrelsen beslutar att anta riktlinjen för sjukresor.`),
    ).toEqual([['1', 'anta riktlinjen för sjukresor.']]);
  });
});
