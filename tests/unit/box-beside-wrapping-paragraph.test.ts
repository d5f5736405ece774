/**
 * A box of key figures floating right of a paragraph that wraps round it (a word processor's text box):
 * the paragraph's sentence runs past the box's foot. The page model reads the paragraph's lines under
 * the box, up to the sentence's end, before the box — the sentence is not cut by the box's lines, so a
 * deficit keeps its sign. Wording, figures and layout made up for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { TextItem } from '../../parsers/page-model.ts';
import { analyzeItems, pageOfItems } from '../helpers/item-pages.ts';

const at = (text: string, x: number, y: number, size = 10.5, bold = false): TextItem => ({
  text,
  x,
  y,
  width: text.length * size * 0.47,
  height: size,
  ...(bold ? { bold: true } : {}),
});

function items(): TextItem[] {
  return [
    at('Tandvårdens ekonomi efter tredje kvartalet', 60, 50, 16, true),
    at('Tandvårdsnämnden följer kostnaderna för', 71, 140.3, 11),
    at('material och köpta tjänster varje månad.', 71, 154.1, 11),
    at('Kostnaderna för köpta tjänster har ökat', 71, 167.9, 11),
    at('mest på de två största klinikerna i länet.', 71, 187.7, 11),
    at('Efter september visar tandvården ett', 71, 201.5, 11),
    at('underskott på', 71, 221.3, 11),
    at('12,5 mkr för hela året, främst på grund av högre priser på tandtekniska arbeten.', 71, 235.1, 11),
    at('Resten av året följs kostnaderna varje vecka av klinikcheferna.', 71, 254.9, 11),
    at('Fakta om året', 370, 143.9, 11, true),
    at('Budget för året: 410,0 mkr', 370, 160.8, 10),
    at('Prognos för året: 422,5 mkr', 370, 173.4, 10),
    at('Antal kliniker i länet: 14', 370, 187.9, 10),
    at('Behandlade patienter: 41 200', 370, 202.5, 10),
  ];
}

describe('a paragraph wrapping round a box of key figures', () => {
  it('reads the sentence past the box before the box', () => {
    const texts = pageOfItems(items()).lines.map((l) => l.text);
    const cut = texts.indexOf('underskott på');
    expect(texts[cut + 1]).toMatch(/^12,5 mkr för hela året/);
    expect(texts.indexOf('Fakta om året')).toBeGreaterThan(cut + 1);
  });

  it('keeps the deficit negative', () => {
    const doc = analyzeItems(items());
    expect(doc.amounts.find((a) => a.raw.startsWith('12,5'))?.amountMsek).toBe(-12.5);
  });
});
