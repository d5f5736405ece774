/**
 * A browser sets an HTML table's columns to their contents: the longest label ends a cell padding and
 * spacing (a few points) before the next column, whether that column holds a name ("HS") or figures.
 * That is a whole title against its neighbour, not one a sheet clipped at a cell border: the table's
 * figures and its sum row still read and reconcile. Wording and figures made up for this test.
 */
import { describe, expect, it } from 'vitest';
import type { TextItem } from '../../parsers/page-model.ts';
import { analyzeItems } from '../helpers/item-pages.ts';

const SIZE = 10;
/** A text item of `text` at (x, y), as wide as its characters at half an em each. */
const at = (text: string, x: number, y: number): TextItem => ({
  text,
  x,
  y,
  width: text.length * SIZE * 0.5,
  height: SIZE,
});

const LONGEST = 'Gemensam jourlinje för barnmedicin i länet';
// The owner column starts 3 pt (0.3 em) after the longest label's end; the years follow it.
const OWNER = 40 + LONGEST.length * SIZE * 0.5 + 3;
const Y1 = OWNER + 40;
const Y2 = Y1 + 50;

function page(): TextItem[] {
  const rows: [string, string, string, string][] = [
    [LONGEST, 'HS', '4,0', '6,0'],
    ['Färre hyrläkare', 'PV', '2,5', '3,0'],
    ['Minskad energiförbrukning', 'FS', '1,0', '1,5'],
    ['Summa', '', '7,5', '10,5'],
  ];
  return [
    at('Region Västerbotten', 40, 40),
    at('Åtgärdsplan för hälso- och sjukvården 2027–2028', 40, 70),
    at('Tabellen visar åtgärdernas effekt i mkr per år.', 40, 100),
    at('Åtgärd', 40, 140),
    at('Ansvar', OWNER, 140),
    at('2027', Y1, 140),
    at('2028', Y2, 140),
    ...rows.flatMap(([title, owner, a, b], k) => [
      at(title, 40, 158 + k * 14),
      ...(owner ? [at(owner, OWNER, 158 + k * 14)] : []),
      at(a, Y1, 158 + k * 14),
      at(b, Y2, 158 + k * 14),
    ]),
    at('Regionstyrelsen föreslås besluta att godkänna åtgärdsplanen.', 40, 240),
  ];
}

describe('the longest label set flush against a text column', () => {
  it('is a whole title: the table is read without doubt and its sum reconciles', () => {
    const doc = analyzeItems(page());
    expect(doc.measures.map((m) => m.title)).toContain(LONGEST);
    expect(doc.warnings.filter((w) => w.code === 'AMBIGUOUS_TABLE')).toEqual([]);
    expect(doc.totals.map((t) => [t.year, t.amountMsek, t.reconciled])).toEqual([
      [2027, 7.5, true],
      [2028, 10.5, true],
    ]);
  });
});

/** Labels at 40, figures as left-set cells: the longest label ends 3.5 pt (0.35 em) before them. */
function flushToFigures(): TextItem[] {
  const rows: [string, string, string][] = [
    [LONGEST, '4,0', '6,0'],
    ['Färre hyrläkare', '2,5', '3,0'],
    ['Minskad energiförbrukning', '1,0', '1,5'],
    ['Summa', '7,5', '10,5'],
  ];
  const first = 40 + LONGEST.length * SIZE * 0.5 + 3.5;
  return [
    at('Region Västerbotten', 40, 40),
    at('Åtgärdsplan för hälso- och sjukvården 2027–2028', 40, 70),
    at('Tabellen visar åtgärdernas effekt i mkr per år.', 40, 100),
    at('Åtgärd', 40, 140),
    at('2027', first, 140),
    at('2028', first + 50, 140),
    ...rows.flatMap(([title, a, b], k) => [
      at(title, 40, 158 + k * 14),
      at(a, first, 158 + k * 14),
      at(b, first + 50, 158 + k * 14),
    ]),
    at('Regionstyrelsen föreslås besluta att godkänna åtgärdsplanen.', 40, 240),
  ];
}

describe('the longest label set flush against the figures', () => {
  it('may be a cut title: told on the table, but the whole figures still reconcile with the sum', () => {
    const doc = analyzeItems(flushToFigures());
    expect(doc.measures.map((m) => m.title)).toContain(LONGEST);
    expect(doc.warnings.some((w) => w.code === 'AMBIGUOUS_TABLE' && /cut at its cell/.test(w.message))).toBe(
      true,
    );
    expect(doc.totals.map((t) => [t.year, t.amountMsek, t.reconciled])).toEqual([
      [2027, 7.5, true],
      [2028, 10.5, true],
    ]);
  });
});
