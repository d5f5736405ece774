/**
 * A title slide whose lines stand in a bulleted body placeholder ("• Kulturnämnden", "• Möte 2025-03-12"):
 * the bullet glyph marks the list, so a date standing alone after it (or after a date's label) is the
 * paper's date as it would be without the bullet. A bullet does not make a sentence's date the paper's.
 */
import { describe, expect, it } from 'vitest';
import { guessDate } from '../../parsers/extract/metadata.ts';
import { pagesFromText } from '../helpers/text-pages.ts';

const filler = Array.from({ length: 14 }, (_, i) => `Inledande rad nummer ${i + 1} om verksamheten`).join(
  '\n',
);

describe('a date on a bulleted line of a title slide', () => {
  it('dates the paper after a label', () => {
    const pages = pagesFromText(`# Delårsrapport augusti 2025
${filler}
• Region Örebro län
• Sammanträdesdatum 2025-09-30
• Koncernkontoret
${filler}`);
    expect(guessDate(pages)).toBe('2025-09-30');
  });

  it('dates the paper standing alone after the bullet', () => {
    const pages = pagesFromText(`# Delårsrapport augusti 2025
${filler}
▪ Sammanträde 2025-09-30
${filler}`);
    expect(guessDate(pages)).toBe('2025-09-30');
  });

  it('not a date inside a bulleted sentence', () => {
    const pages = pagesFromText(`# Delårsrapport augusti 2025
${filler}
• Regionstyrelsen behandlade ärendet om lokalerna i Nora 2025-09-30 utan beslut
${filler}`);
    expect(guessDate(pages)).toBeNull();
  });
});
