/**
 * Tab leaders: a word processor fills the space before a right or decimal tab stop with dots, written as
 * an item of their own or glued to the end of the text before it. The dots are no text: the title and
 * the figure after the leader stand apart as cells of a borderless table. Wording, figures and layout
 * made up for these tests (middle dots, a leader glued to the title, a three-column tkr table).
 */
import { describe, expect, it } from 'vitest';
import type { TextItem } from '../../parsers/page-model.ts';
import { effectsByTitle } from '../helpers/analyze-text.ts';
import { analyzeItems, pageOfItems } from '../helpers/item-pages.ts';

const at = (text: string, x: number, y: number, width: number, bold = false): TextItem => ({
  text,
  x,
  y,
  width,
  height: 10,
  ...(bold ? { bold: true } : {}),
});

/** A row: the title, its leader (own item or glued), and figures right-aligned at 420, 490, 560. */
function row(y: number, title: string, figures: string[], glued: boolean, dot = '.'): TextItem[] {
  const titleWidth = title.length * 5;
  const leader = dot.repeat(Math.round((380 - 60 - titleWidth) / 2.5));
  const head = glued
    ? [at(`${title}${leader}`, 60, y, 380 - 60)]
    : [at(title, 60, y, titleWidth), at(leader, 60 + titleWidth + 2, y, 380 - 62 - titleWidth)];
  return [...head, ...figures.map((f, j) => at(f, 420 + j * 70 - f.length * 5, y, f.length * 5))];
}

const items = (glued: boolean, dot = '.'): TextItem[] => [
  at('Besparingsprogram för tandvården 2031–2033', 60, 60, 260, true),
  at('Belopp i tkr', 60, 90, 60),
  at('Insats', 60, 110, 30, true),
  ...['2031', '2032', '2033'].map((y, j) => at(y, 400 + j * 70, 110, 20, true)),
  ...row(125, 'Gemensam sterilcentral', ['1 250', '2 000', '2 100'], glued, dot),
  ...row(140, 'Färre hyrtandläkare', ['750', '900', '–'], glued, dot),
  ...row(155, 'Digital kallelse', ['300', '420', '480'], glued, dot),
];

describe('dot leaders before tab stops', () => {
  it('drops a leader of its own so the title and the figures are cells', () => {
    const page = pageOfItems(items(false));
    const line = page.lines.find((l) => l.text.startsWith('Gemensam'));
    expect(line?.segments.map((s) => s.text)).toEqual(['Gemensam sterilcentral', '1 250', '2 000', '2 100']);
  });

  it('cuts a leader glued to the end of the title', () => {
    const page = pageOfItems(items(true, '·'));
    const line = page.lines.find((l) => l.text.startsWith('Färre'));
    expect(line?.segments.map((s) => s.text)).toEqual(['Färre hyrtandläkare', '750', '900', '–']);
  });

  it('reads the measures of a leader table', () => {
    expect(effectsByTitle(analyzeItems(items(true)))).toEqual([
      [
        'Gemensam sterilcentral',
        [
          [2031, 1.25],
          [2032, 2],
          [2033, 2.1],
        ],
      ],
      [
        'Färre hyrtandläkare',
        [
          [2031, 0.75],
          [2032, 0.9],
        ],
      ],
      [
        'Digital kallelse',
        [
          [2031, 0.3],
          [2032, 0.42],
          [2033, 0.48],
        ],
      ],
    ]);
  });

  it('splits a title, its leader and the first figure written as one string', () => {
    // A rewrite that joins a line's runs (Ghostscript, some printer drivers): "Titel……1 250" is one
    // item, ending where the figure ends; the other figures stay items of their own.
    const joined = items(true).flatMap((item, k, all) => {
      const next = all[k + 1];
      if (!item.text.includes('..') || !next) return [item];
      return [{ ...item, text: `${item.text}${next.text}`, width: next.x + next.width - item.x }];
    });
    const merged = joined.filter(
      (item, k) => !joined[k - 1]?.text.includes('..') || item.text.includes('..'),
    );
    expect(merged.some((item) => /\.{4}1 250$/.test(item.text))).toBe(true);
    const page = pageOfItems(merged);
    const line = page.lines.find((l) => l.text.startsWith('Gemensam'));
    expect(line?.segments.map((s) => s.text)).toEqual(['Gemensam sterilcentral', '1 250', '2 000', '2 100']);
    expect(effectsByTitle(analyzeItems(merged))[0]).toEqual([
      'Gemensam sterilcentral',
      [
        [2031, 1.25],
        [2032, 2],
        [2033, 2.1],
      ],
    ]);
  });

  it('keeps an ellipsis of three dots in prose', () => {
    const page = pageOfItems([at('Vi prövar vidare...', 60, 60, 100)]);
    expect(page.lines[0]?.text).toBe('Vi prövar vidare...');
  });
});
