import { describe, expect, it } from 'vitest';
import { repairSectionSigns } from '../../parsers/ocr/repair.ts';
import type { TextItem } from '../../parsers/page-model.ts';

const words = (line: string): TextItem[] =>
  line.split(' ').map((text, i) => ({ text, x: i * 40, y: 100, width: 30, height: 10, confidence: 0.9 }));
const read = (line: string) =>
  repairSectionSigns(words(line))
    .map((w) => w.text)
    .join(' ');

describe('OCR repair of the section sign', () => {
  it('reads "8", "$" or "S" as § where a citation stands: after a full date, or before nnn/yyyy', () => {
    expect(read('vid sammanträdet 2025-01-17 (8 129).')).toBe('vid sammanträdet 2025-01-17 (§ 129).');
    expect(read('Regionstyrelsen 2024-09-04, $ 138')).toBe('Regionstyrelsen 2024-09-04, § 138');
    expect(read('beslut i Regionstyrelsen S 203/2025.')).toBe('beslut i Regionstyrelsen § 203/2025.');
  });

  it('leaves figures alone: a parenthesised number, a count, an eight before a unit', () => {
    for (const line of [
      'Ortopedi (8 129) (9 300)',
      'totalt 8 129 besök',
      'ökade med 8 mkr 2025',
      'S 12 mars',
    ]) {
      expect(read(line)).toBe(line);
    }
  });
});
