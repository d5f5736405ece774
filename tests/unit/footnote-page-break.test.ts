/**
 * A sentence broken by a page break whose page foot holds footnotes (set smaller than the body, each
 * starting with its mark): the footnotes stand between the sentence's halves in reading order, but the
 * sentence carries on past them — its last figure keeps the year printed on the next page, not a year
 * of a footnote.
 */
import { describe, expect, it } from 'vitest';
import { buildLayout } from '../../parsers/extract/layout.ts';
import type { TextItem } from '../../parsers/page-model.ts';
import { pageOfItems } from '../helpers/item-pages.ts';

function item(text: string, x: number, y: number, size: number, bold = false): TextItem {
  return { text, x, y, width: text.length * size * 0.5, height: size, bold };
}

const page1 = pageOfItems(
  [
    item('Laboratoriets analysflöde', 60, 80, 13, true),
    item('Proverna samlas i en gemensam provtagningscentral med längre öppettider.', 60, 104, 11),
    item('Omläggningen väntas sänka kostnaderna med 1,2 mkr 2025 och 2,4 mkr', 60, 118, 11),
    item('¹ Antalet analyser uppgick till 48 000 under 2023.', 60, 760, 8),
    item('² Enligt laboratoriets verksamhetsberättelse.', 60, 771, 8),
  ],
  1,
);
const page2 = pageOfItems(
  [
    item('2026.', 60, 80, 11),
    item('Röntgens jourlinje', 60, 110, 13, true),
    item('Jouren samordnas med grannsjukhuset.', 60, 134, 11),
  ],
  2,
);

describe('a sentence continued past the footnotes of its page', () => {
  it('joins the next page’s tail to the sentence and keeps the footnotes as blocks after it', () => {
    const { blocks } = buildLayout([page1, page2]);
    const texts = blocks.map((b) => b.text);
    const sentence = texts.findIndex((t) => t.includes('2,4 mkr'));
    expect(texts[sentence]).toMatch(/2,4 mkr 2026\.$/);
    expect(texts[sentence + 1]).toMatch(/^¹ Antalet analyser/);
    expect(texts.slice(sentence + 1).join(' ')).toMatch(/² Enligt/);
    expect(texts.filter((t) => t === '2026.')).toEqual([]);
  });

  it('leaves a sentence that ended on its page alone', () => {
    const ended = pageOfItems(
      [
        item('Omläggningen väntas sänka kostnaderna med 2,4 mkr 2026.', 60, 118, 11),
        item('¹ Antalet analyser uppgick till 48 000 under 2023.', 60, 760, 8),
      ],
      1,
    );
    const next = pageOfItems([item('2027 blir det första året med full effekt.', 60, 80, 11)], 2);
    const texts = buildLayout([ended, next]).blocks.map((b) => b.text);
    expect(texts).toEqual([
      'Omläggningen väntas sänka kostnaderna med 2,4 mkr 2026.',
      '¹ Antalet analyser uppgick till 48 000 under 2023.',
      '2027 blir det första året med full effekt.',
    ]);
  });
});
