/**
 * A memo's header form — two cells a row, rows a line's gap apart ("Enhet" / "Ärendetyp", "Datum" /
 * "Ärendenummer", "Kontakt" / "Mottagare") — over the title and the first lines of the text, which all
 * stay left of the form's second column: the cells are rows read across, not two text columns with the
 * title and the text read before the form's right column. Two real text columns, the right one short
 * but its lines following each other at the text's leading, are still read column by column. Items
 * placed by hand; wording made up for this test.
 */
import { describe, expect, it } from 'vitest';
import type { TextItem } from '../../parsers/page-model.ts';
import { buildLines } from '../../parsers/pdf/lines.ts';

const at = (text: string, x: number, y: number, size = 9.5): TextItem => ({
  text,
  x,
  y,
  width: text.length * size * 0.5,
  height: size,
});

describe('a header form beside nothing but short text', () => {
  it('reads its cells row by row', () => {
    const items = [
      at('Folktandvården Norr', 80, 55),
      at('Ärendetyp: Beslutsunderlag', 360, 55),
      at('Datum: 2024-10-01', 80, 75),
      at('Ärendenummer: TN 2024/77', 360, 75),
      at('Kontakt: Klinikchef, Folktandvården', 80, 95),
      at('Mottagare: Nämnden för tandvård och folkhälsa', 360, 95),
      at('Taxor inom vuxentandvården 2025', 76, 125, 15),
      at('Beslutsförslag', 76, 157, 11.5),
      at('Tandvårdsnämnden föreslås besluta att', 76, 183, 10.5),
      at('1. fastställa taxorna för vuxentandvården enligt bilagan till ärendet', 98, 208, 10.5),
      at('2. låta de nya taxorna gälla från och med den första januari', 98, 224, 10.5),
    ];
    const texts = buildLines(items).map((l) => l.text.replace(/\s+/g, ' '));
    expect(texts.slice(0, 3)).toEqual([
      'Folktandvården Norr Ärendetyp: Beslutsunderlag',
      'Datum: 2024-10-01 Ärendenummer: TN 2024/77',
      'Kontakt: Klinikchef, Folktandvården Mottagare: Nämnden för tandvård och folkhälsa',
    ]);
    expect(texts[3]).toBe('Taxor inom vuxentandvården 2025');
  });

  it('still reads a short right column of running text after the left one', () => {
    const left = [
      'Vuxentandvårdens intäkter efter september',
      'är lägre än budgeterat eftersom färre',
      'patienter har sökt sig till klinikerna',
      'under sommaren. Kostnaderna för material',
      'följer budget men vakanserna har gjort',
      'att köerna vuxit under hösten.',
    ];
    const right = ['Nämnden föreslås därför besluta att', 'fastställa de nya taxorna för 2025.'];
    const items = [
      ...left.map((t, k) => at(t, 80, 120 + k * 12)),
      ...right.map((t, k) => at(t, 320, 120 + k * 12)),
    ];
    const texts = buildLines(items).map((l) => l.text);
    expect(texts).toEqual([...left, ...right]);
  });
});
