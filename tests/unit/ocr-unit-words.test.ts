/**
 * The unit "mkr" read by OCR with its "m" split into "rn" or "ro" ("Kostnad per år, rnkr."): the unit
 * is repaired, so a caption still states its table's unit. Words that merely end in "kr" stay. Made-up
 * wording.
 */
import { describe, expect, it } from 'vitest';
import { repairUnitWords } from '../../parsers/ocr/repair.ts';
import type { TextItem } from '../../parsers/page-model.ts';

function words(text: string): TextItem[] {
  let x = 60;
  return text.split(' ').map((t) => {
    const item = { text: t, x, y: 100, width: 5 * t.length, height: 10, confidence: 0.8, spaceAfter: true };
    x += 5 * t.length + 3;
    return item;
  });
}
const text = (items: TextItem[]) => items.map((i) => i.text).join(' ');

describe('a misread mkr', () => {
  it('is the unit again, its punctuation kept', () => {
    expect(text(repairUnitWords(words('Kostnad per år, rnkr.')))).toBe('Kostnad per år, mkr.');
    expect(text(repairUnitWords(words('Besparing (rokr) per kvartal')))).toBe('Besparing (mkr) per kvartal');
    expect(text(repairUnitWords(words('uppgår till 4,5 rnnkr')))).toBe('uppgår till 4,5 mnkr');
  });

  it('leaves words that only end in kr', () => {
    const line = words('Tkr kr 12 tkr markr rokrök');
    expect(repairUnitWords(line)).toBe(line);
  });
});
