/**
 * A paper made mostly of a long table in small type (the document's body size is the table's), with the
 * proposal set in the larger text size after it: a point's wrapped line is as large as the point itself,
 * not a heading, and the points after it are read. Wording and layout made up for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { TextItem } from '../../parsers/page-model.ts';
import { analyzeItems } from '../helpers/item-pages.ts';

const at = (text: string, x: number, y: number, size: number, bold = false): TextItem => ({
  text,
  x,
  y,
  width: text.length * size * 0.5,
  height: size,
  ...(bold ? { bold: true } : {}),
});

function paper(): TextItem[] {
  const items: TextItem[] = [at('Översyn av tandvårdens kliniker', 60, 50, 16, true)];
  let y = 90;
  for (let k = 0; k < 30; k++) {
    items.push(
      at(`Klinik ${k + 1} i länets norra del`, 60, y, 8),
      at(`Öppen ${(k % 5) + 2} dagar i veckan`, 300, y, 8),
    );
    y += 11;
  }
  y += 20;
  items.push(at('Förslag till beslut', 60, y, 13, true));
  y += 20;
  items.push(at('Tandvårdsstyrelsen föreslås besluta att', 60, y, 11));
  y += 16;
  items.push(at('1. godkänna översynen av klinikernas öppethållande under', 60, y, 11));
  y += 14;
  items.push(at('sommarmånaderna', 78, y, 11));
  y += 16;
  items.push(at('2. ge tandvårdsdirektören i uppdrag att samråda med kommunerna om', 60, y, 11));
  y += 14;
  items.push(at('skolornas tandvård', 78, y, 11));
  y += 16;
  items.push(at('3. lägga rapporten till handlingarna', 60, y, 11));
  return items;
}

describe('decision points larger than the body size of a table-heavy paper', () => {
  it('reads the wrapped lines and every point', () => {
    const doc = analyzeItems(paper());
    expect(doc.decisions.map((d) => [d.id, d.text])).toEqual([
      ['1', 'godkänna översynen av klinikernas öppethållande under sommarmånaderna'],
      ['2', 'ge tandvårdsdirektören i uppdrag att samråda med kommunerna om skolornas tandvård'],
      ['3', 'lägga rapporten till handlingarna'],
    ]);
  });
});
