/**
 * A table of earlier decisions whose organ cell stands a few points from the § cell: the row's first line
 * reads as one segment ("Beredningen för kultur och § 40"), and the organ's wrapped rest ("folkhälsa") on
 * the line under it. The row is cut again where the header's cells start, so the rest goes to the organ.
 * Wording, boards and figures made up for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { TextItem } from '../../parsers/page-model.ts';
import { analyzeItems } from '../helpers/item-pages.ts';

const item = (text: string, x: number, y: number, size = 10, bold = false): TextItem => ({
  text,
  x,
  y,
  width: text.length * size * 0.52,
  height: size,
  bold,
});

describe('a table row whose organ cell touches the § cell', () => {
  it('reads the organ with its wrapped rest and the § of its own cell', () => {
    const items: TextItem[] = [
      item('Bilaga 2 – tidigare beslut om färdtjänst 2033', 72, 60, 14, true),
      item('Tabellen visar de beslut som har fattats tidigare.', 72, 96),
      item('Datum', 72, 120, 10, true),
      item('Organ', 160, 120, 10, true),
      item('§', 300, 120, 10, true),
      item('Ärende', 360, 120, 10, true),
      item('2032-02-09', 72, 136),
      item('Kollektivtrafiknämnden', 160, 136),
      item('§ 14', 300, 136),
      item('Taxor för tre zoner', 360, 136),
      item('2032-05-20', 72, 152),
      item('Beredningen för kultur och', 160, 152),
      item('§ 40', 300, 152),
      item('Remissvar', 360, 152),
      item('folkhälsa', 160, 164),
      item('2032-06-11', 72, 180),
      item('Regionfullmäktige', 160, 180),
      item('§ 77', 300, 180),
      item('Fastställd taxa', 360, 180),
    ];
    const refs = analyzeItems(items).references.map((r) => [r.body, r.date, r.paragraph]);
    expect(refs).toEqual([
      ['Kollektivtrafiknämnden', '2032-02-09', '§14'],
      ['Beredningen för kultur och folkhälsa', '2032-05-20', '§40'],
      ['Regionfullmäktige', '2032-06-11', '§77'],
    ]);
  });
});
