/**
 * A two-column page whose right column holds a chart: a caption and the chart's axis values, right-aligned
 * some em in from the column's margin, beside running text in the left column. The axis values are figure
 * cells, but the prose beside them is no table's labels: each line stays in its column.
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
  'Regionstyrelsen i Region Jämtland Härjedalen',
  'beslutade i våras att se över stödet till de',
  'ideella föreningarna inom idrott och kultur.',
  'Översynen har gjorts tillsammans med länets',
  'kommuner och med föreningarna själva, och',
  'den visar att stödet har vuxit i jämn takt',
  'under de senaste fem åren. Det sammanlagda',
  'stödet har i huvudsak gått till verksamhet',
  'för barn och unga, vilket också var syftet,',
  'och det sammanlagda bidraget uppgår till',
  '350 mkr per år under den kommande perioden',
  'om fullmäktige beslutar enligt förslaget.',
];

const RIGHT = [
  'Förvaltningen har jämfört stödet med andra',
  'regioner av samma storlek. Stödet per invånare',
  'ligger nära genomsnittet för landet och har',
  'följt kostnadsutvecklingen i stort sett.',
];

function page(axisStep: number): TextItem[] {
  const items: TextItem[] = [];
  LEFT.forEach((t, i) => {
    items.push(at(t, 60, 100 + i * LEAD, 205 + (i % 3) * 4));
  });
  RIGHT.forEach((t, i) => {
    items.push(at(t, 305, 100 + i * LEAD, 220));
  });
  items.push(at('Diagram 1. Bidrag per år, mkr', 305, 100 + 4 * LEAD + 6, 140));
  // The axis values end at one right edge about four em in; the last of them sits beside the line "…
  // uppgår till" whatever the step.
  const last = 100 + 9 * LEAD;
  ['300', '200', '100', '0'].forEach((v, k) => {
    const width = v.length * 5;
    items.push(at(v, 348 - width, last - (3 - k) * axisStep, width));
  });
  return items;
}

describe('chart axis values in the right column beside prose', () => {
  for (const step of [LEAD, 2 * LEAD]) {
    it(`keeps the prose in its column (axis step ${step})`, () => {
      const lines = buildLines(page(step)).map((line) => line.text.replace(/\s+/g, ' '));
      for (const line of lines) {
        if (/[a-zåäö]{3}/u.test(line)) expect(line).not.toMatch(/\s(300|200|100|0)$/u);
      }
      expect(lines).toContain('och det sammanlagda bidraget uppgår till');
      expect(lines.indexOf(LEFT[11] as string)).toBeLessThan(lines.indexOf(RIGHT[0] as string));
    });
  }
});
