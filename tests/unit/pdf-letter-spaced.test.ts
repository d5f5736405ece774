/**
 * Letter-spaced headings as layout tools set them: CSS letter-spacing or a Tc character spacing (the
 * text layer reads a space between the letters) and each letter placed as its own run. The words must
 * read as words ("KULTURPLAN", not "K U L T U R P L A N") without joining the words of the heading, and
 * figures spaced apart elsewhere stay as they are. Items are placed by hand; the wording is made up.
 */
import { describe, expect, it } from 'vitest';
import type { TextItem } from '../../parsers/page-model.ts';
import { buildLines } from '../../parsers/pdf/lines.ts';

const item = (
  text: string,
  x: number,
  y: number,
  size: number,
  width = text.length * size * 0.6,
): TextItem => ({
  text,
  x,
  y,
  width,
  height: size,
});

describe('letter-spaced headings', () => {
  it('reads words whose letters the text layer spaced apart', () => {
    const lines = buildLines([
      item('K U L T U R P L A N', 60, 100, 14),
      item('F Ö R', 225, 100, 14),
      item('2 0 3 0', 275, 100, 14),
    ]);
    expect(lines[0]?.text).toBe('KULTURPLAN FÖR 2030');
  });

  it('reads letters placed one by one, with wider gaps between the words', () => {
    // Letters 8 pt wide with 3 pt tracking; a word space adds 5 pt more.
    const letters: TextItem[] = [];
    let x = 60;
    for (const ch of 'NY PLAN') {
      if (ch === ' ') {
        x += 5;
        continue;
      }
      letters.push(item(ch, x, 200, 12, 8));
      x += 8 + 3;
    }
    expect(buildLines(letters)[0]?.text).toBe('NY PLAN');
  });

  it('leaves spaced figures alone on a line without a spaced word', () => {
    const lines = buildLines([item('Ranking', 60, 300, 10), item('1 2 3 4', 200, 300, 10)]);
    expect(lines[0]?.text).toContain('1 2 3 4');
  });
});
