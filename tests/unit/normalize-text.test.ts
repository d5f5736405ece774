import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../parsers/extract/layout.ts';
import { mulberry32 } from '../../scripts/prng.ts';

/** The definition normalizeText's fast path must agree with: runs of space-like characters → one space, trimmed. */
function reference(text: string): string {
  return text.replace(/[\s\u00a0\u2000-\u200b\u202f\u205f\u3000]+/g, ' ').trim();
}

describe('normalizeText', () => {
  it('collapses and trims every kind of space, and leaves clean text as it is', () => {
    expect(normalizeText('  Åtgärd\t\t1 ')).toBe('Åtgärd 1');
    expect(normalizeText('12\u00a0500\u202fmkr')).toBe('12 500 mkr');
    expect(normalizeText('a\u200bb')).toBe('a b');
    expect(normalizeText('a  b')).toBe('a b');
    expect(normalizeText('a\nb')).toBe('a b');
    expect(normalizeText('\ufeffa')).toBe('a');
    expect(normalizeText(' ')).toBe('');
    expect(normalizeText('')).toBe('');
    expect(normalizeText('Minskad hyrbemanning 8,9')).toBe('Minskad hyrbemanning 8,9');
  });

  it('agrees with the plain definition on random mixes of letters and space-like characters', () => {
    const alphabet = [
      'a',
      'Ö',
      '9',
      ',',
      ' ',
      ' ',
      '\t',
      '\n',
      '\r',
      '\u00a0',
      '\u2007',
      '\u200b',
      '\u202f',
      '\u3000',
      '\ufeff',
      '\u2028',
      '\u1680',
    ];
    const random = mulberry32(8);
    for (let n = 0; n < 5000; n++) {
      const length = Math.floor(random() * 12);
      let text = '';
      for (let i = 0; i < length; i++) text += alphabet[Math.floor(random() * alphabet.length)];
      expect(normalizeText(text), JSON.stringify(text)).toBe(reference(text));
    }
  });
});
