/**
 * Ligatures whose ToUnicode entry lost its high byte (Ghostscript re-distilling a Chromium PDF): "ﬀ"
 * (U+FB00) reads "û", "ﬃ" "þ", "ﬄ" "ÿ". Between two letters of a word they are the ligatures again;
 * elsewhere, and "ü" in names, stay as they are. Wording made up for these tests.
 */
import { describe, expect, it } from 'vitest';
import { repairTextLayer } from '../../parsers/pdf/text-repair.ts';

describe('repairTextLayer: ligatures that lost their high byte', () => {
  it('reads û, þ and ÿ between letters of a word as ff, ffi and ffl', () => {
    expect(repairTextLayer('Kostnadseûekt av ny taxa')).toBe('Kostnadseffekt av ny taxa');
    expect(repairTextLayer('eþciens i driften')).toBe('efficiens i driften');
    expect(repairTextLayer('skuÿa om scheman')).toBe('skuffla om scheman');
  });

  it('leaves the letters elsewhere as they are', () => {
    expect(repairTextLayer('Müller föreslår')).toBe('Müller föreslår');
    expect(repairTextLayer('Û 12,5 mkr')).toBe('Û 12,5 mkr');
  });
});
