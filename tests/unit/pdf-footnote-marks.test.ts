/**
 * A footnote mark set as a raised, smaller digit after a figure ("1 250" + raised "2", as <sup> and
 * typeset reports print it) must not become a digit of the figure ("1 2502") nor, after a dash, a
 * figure of its own ("–" + "3" → −3). Items are placed by hand; the figures are made up for this test.
 */
import { describe, expect, it } from 'vitest';
import type { TextItem } from '../../parsers/page-model.ts';
import { buildLines } from '../../parsers/pdf/lines.ts';

const item = (text: string, x: number, y: number, size: number): TextItem => ({
  text,
  x,
  y,
  width: text.length * size * 0.5,
  height: size,
});

describe('raised footnote marks after figures', () => {
  it('turns a raised small digit after a figure into a superscript', () => {
    const lines = buildLines([
      item('Hyrbilar', 50, 100, 10),
      item('1 250', 300, 100, 10),
      item('2', 325, 97, 6.5),
    ]);
    expect(lines).toHaveLength(1);
    expect(lines[0]?.text).toContain('1 250²');
    expect(lines[0]?.text).not.toContain('2502');
  });

  it('turns a raised small digit after a dash into a superscript', () => {
    const lines = buildLines([
      item('Tolkning', 50, 200, 10),
      item('–', 300, 200, 10),
      item('3', 305, 197, 6.5),
    ]);
    expect(lines[0]?.text).toMatch(/–³$/);
  });

  it('leaves a same-size digit on the baseline alone', () => {
    const lines = buildLines([
      item('Avtal', 50, 300, 10),
      item('12,', 300, 300, 10),
      item('5', 315, 300, 10),
    ]);
    expect(lines[0]?.text).toContain('12,5');
  });
});

describe('raised footnote marks a word space after the figure', () => {
  it('keeps a spaced raised digit off the figure and off the unit', () => {
    // "Underskott −612 ³ mnkr": the mark set a word space (3.5 pt at 10 pt) after the figure.
    const lines = buildLines([
      item('Underskott', 50, 400, 10),
      item('−612', 200, 400, 10),
      item('3', 223.5, 397, 6.5),
      item('mnkr', 230, 400, 10),
    ]);
    expect(lines[0]?.text).toContain('−612 ³');
    expect(lines[0]?.text).not.toMatch(/612 3\b/);
  });

  it('leaves a small raised digit far from the figure alone', () => {
    const lines = buildLines([item('Rad', 50, 500, 10), item('40', 200, 500, 10), item('7', 240, 497, 6.5)]);
    expect(lines[0]?.text).not.toContain('⁷');
  });
});

describe('raised footnote marks after a word', () => {
  it('keeps a raised small digit after the unit off the unit', () => {
    // "Hyresintäkten blir 7,25 Mkr" + raised "4" (HTML <sup>, a word processor's note citation).
    const lines = buildLines([item('Hyresintäkten blir 7,25 Mkr', 50, 600, 10), item('4', 185, 597, 6.5)]);
    expect(lines[0]?.text).toContain('Mkr⁴');
    expect(lines[0]?.text).not.toContain('Mkr4');
  });

  it('leaves a same-size digit after a word on the baseline alone', () => {
    const lines = buildLines([item('Avdelning', 50, 700, 10), item('4', 96, 700, 10)]);
    expect(lines[0]?.text).not.toContain('⁴');
  });
});
