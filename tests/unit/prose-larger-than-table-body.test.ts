/**
 * A paper made mostly of a measure table in small type: its body size is the table's, and the prose
 * above it, set a point or two larger, must not be taken for headings — a wrapped line of running text
 * (long, many lower-case words, no sentence end) and the line under it are a paragraph, and the citation
 * broken over them is read. Wording and layout made up for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { TextItem } from '../../parsers/page-model.ts';
import { analyzeItems } from '../helpers/item-pages.ts';

const at = (text: string, x: number, y: number, size: number, bold = false): TextItem => ({
  text,
  x,
  y,
  width: text.length * size * 0.48,
  height: size,
  ...(bold ? { bold: true } : {}),
});

function paper(extra: TextItem[] = []): TextItem[] {
  const items: TextItem[] = [
    ...extra,
    at('Tandvårdens lokalförsörjning 2031', 60, 50, 18),
    at('Inledning', 60, 85, 13, true),
    at('Tandvårdsstyrelsen gav den 3 april 2030, § 41, förvaltningen i uppdrag att se över', 60, 105, 10),
    at('klinikernas lokaler.', 60, 118, 10),
    at('Översynen omfattar samtliga kliniker i länets tre delar och deras hyresavtal.', 60, 135, 10),
  ];
  for (let k = 0; k < 40; k++) {
    items.push(
      at(`Klinik ${k + 1}, lokal om ${120 + k} kvadratmeter`, 60, 170 + k * 14, 8.5),
      at(`Hyresavtal till och med år ${2032 + (k % 5)}`, 300, 170 + k * 14, 8.5),
    );
  }
  return items;
}

describe('prose set larger than a table-heavy paper’s body size', () => {
  it('reads the wrapped line as running text and its citation', () => {
    const doc = analyzeItems(paper());
    expect(doc.references.map((r) => [r.body, r.date, r.paragraph])).toEqual([
      ['Tandvårdsstyrelsen', '2030-04-03', '§41'],
    ]);
  });

  it('reads a short line ending on a clause word as running text, the deficit after it negative', () => {
    const doc = analyzeItems(
      paper([
        at('Efter tre kvartal redovisar tandvården ett underskott på', 60, 148, 10),
        at('7,5 mkr, vilket främst beror på dyrare tandtekniska arbeten.', 60, 161, 10),
      ]).map((item) => (item.y >= 170 ? { ...item, y: item.y + 20 } : item)),
    );
    expect(doc.amounts.find((a) => a.raw.startsWith('7,5'))?.amountMsek).toBe(-7.5);
  });
});
