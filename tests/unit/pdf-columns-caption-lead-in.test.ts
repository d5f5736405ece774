/**
 * Two text columns above a table that spans the page, whose caption is short enough to stay left of the
 * gutter: layout programs (threaded text frames over a full-width table frame) set the caption under the
 * left column, a few lines below its end. The caption belongs to the table: it is read after the right
 * column, right before the table, so that the unit it names ("tkr") stays with the table's figures.
 * Items are placed by hand; the wording is made up for this test.
 */
import { describe, expect, it } from 'vitest';
import type { TextItem } from '../../parsers/page-model.ts';
import { buildLines } from '../../parsers/pdf/lines.ts';

const SIZE = 9.5;
const LEAD = 12.5;
const at = (text: string, x: number, y: number, width: number, height = SIZE): TextItem => ({
  text,
  x,
  y,
  width,
  height,
});

const LEFT = [
  'Tandvårdsenheten har under hösten sett över',
  'hur jourtiderna fördelas mellan klinikerna i',
  'länets norra och södra delar. Översynen visar',
  'att kvällsmottagningen i hamnstaden används',
  'lite och att patienterna hellre väntar till',
  'morgonen efter.',
];
const RIGHT = [
  'Kostnaden för kvällsmottagningen var förra',
  'året något lägre än budgeterat, men intäkterna',
  'från patientavgifter minskade mer än väntat.',
  'Enheten föreslår därför att mottagningen',
  'stängs under sommarmånaderna.',
];

function page(withTitle: boolean, captionLines: string[]): TextItem[] {
  const items: TextItem[] = [];
  if (withTitle) items.push(at('Översyn av jourverksamheten inom tandvården', 60, 60, 420, 15));
  LEFT.forEach((t, i) => {
    items.push(at(t, 60, 100 + i * LEAD, 215));
  });
  RIGHT.forEach((t, i) => {
    items.push(at(t, 305, 100 + i * LEAD, 220));
  });
  // The caption three and a half lines under the left column, right above the table.
  captionLines.forEach((t, i) => {
    items.push(at(t, 60, 220 + i * 11, 200, 9));
  });
  const top = 220 + captionLines.length * 11 + 5;
  const rows = [
    ['Klinik', '2026', '2027'],
    ['Kvällsmottagning hamnstaden', '410', '380'],
    ['Akut tandvård helger', '275', '290'],
    ['Jourlinje per telefon', '120', '135'],
  ];
  rows.forEach((r, i) => {
    const y = top + i * 14;
    items.push(
      at(r[0] as string, 60, y, 150),
      at(r[1] as string, 440, y, 20),
      at(r[2] as string, 505, y, 20),
    );
  });
  return items;
}

function order(items: TextItem[]): string[] {
  return buildLines(items).map((line) => line.text);
}

describe('a caption under the left column, above a full-width table', () => {
  for (const withTitle of [true, false]) {
    it(`is read after the right column, right before the table${withTitle ? ' (a title across the page)' : ''}`, () => {
      const lines = order(page(withTitle, ['Tabell 2. Kostnad per mottagning, tkr']));
      const caption = lines.indexOf('Tabell 2. Kostnad per mottagning, tkr');
      const head = lines.findIndex((t) => t.startsWith('Klinik'));
      const rightEnd = lines.indexOf('stängs under sommarmånaderna.');
      expect(caption).toBe(head - 1);
      expect(rightEnd).toBeLessThan(caption);
      // The left column is read whole before the right one.
      expect(lines.indexOf('morgonen efter.')).toBeLessThan(lines.indexOf(RIGHT[0] as string));
    });
  }

  it('takes a caption of two lines along', () => {
    const lines = order(page(true, ['Tabell 2. Kostnad per mottagning och år,', 'tusen kronor (tkr)']));
    const head = lines.findIndex((t) => t.startsWith('Klinik'));
    expect(lines.slice(head - 2, head)).toEqual([
      'Tabell 2. Kostnad per mottagning och år,',
      'tusen kronor (tkr)',
    ]);
  });

  it('leaves a left column that simply runs longer than the right one in its place', () => {
    // No gap: the left column's last lines go on right under it (and below the right column's end).
    const items = page(true, []);
    const more = ['Översynen fortsätter under', 'våren med de västra klinikerna.'];
    more.forEach((t, i) => {
      items.push(at(t, 60, 100 + (LEFT.length + i) * LEAD, 215));
    });
    const lines = order(items);
    expect(lines.indexOf(more[1] as string)).toBeLessThan(lines.indexOf(RIGHT[0] as string));
  });
});

describe('a caption in a smaller type a paragraph under the left column', () => {
  // The left column runs a line longer than the right one; the caption, in 8-pt type, follows it after
  // a paragraph's gap, as CSS columns and hand-set pages space it.
  function page2(captionSize: number): TextItem[] {
    const items: TextItem[] = [];
    LEFT.forEach((t, i) => {
      items.push(at(t, 60, 100 + i * LEAD, 215));
    });
    RIGHT.forEach((t, i) => {
      items.push(at(t, 305, 100 + i * LEAD, 220));
    });
    const capTop = 100 + LEFT.length * LEAD + 6;
    items.push(at('Tabell 4. Jourkostnad per klinik, tkr', 60, capTop, 180, captionSize));
    const top = capTop + captionSize + 7;
    [
      ['Klinik', '2026', '2027'],
      ['Kvällsmottagning hamnstaden', '410', '380'],
      ['Akut tandvård helger', '275', '290'],
    ].forEach((r, i) => {
      const y = top + i * 14;
      items.push(
        at(r[0] as string, 60, y, 150),
        at(r[1] as string, 440, y, 20),
        at(r[2] as string, 505, y, 20),
      );
    });
    return items;
  }

  it('is read right before the table', () => {
    const lines = order(page2(8));
    const caption = lines.indexOf('Tabell 4. Jourkostnad per klinik, tkr');
    expect(caption).toBe(lines.findIndex((t) => t.startsWith('Klinik')) - 1);
    expect(lines.indexOf('stängs under sommarmånaderna.')).toBeLessThan(caption);
  });

  it('leaves a line in the text’s own size at that gap in the left column', () => {
    const lines = order(page2(SIZE));
    expect(lines.indexOf('Tabell 4. Jourkostnad per klinik, tkr')).toBeLessThan(
      lines.indexOf(RIGHT[0] as string),
    );
  });
});
