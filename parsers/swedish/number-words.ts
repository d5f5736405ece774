/**
 * Swedish cardinal numbers written as words, as they stand before "miljoner"/"miljarder" in board
 * papers: "fem", "tolv", "tjugofem", "tvåhundrafemtio", "två hundra femtio", "två och en halv",
 * "en halv", "en dryg halv". A grammar of pieces (units, teens, tens, hundra, tusen), not a list
 * of phrases: any compound of the pieces is read.
 */
import type { Qualifier } from '../schema.ts';

/** Pieces longest first, so "tretton" is not read as "tre" + "tton", nor "sextio" as "sex" + "tio". */
const PIECES: [string, number][] = (
  [
    ['en', 1],
    ['ett', 1],
    ['två', 2],
    ['tre', 3],
    ['fyra', 4],
    ['fem', 5],
    ['sex', 6],
    ['sju', 7],
    ['åtta', 8],
    ['nio', 9],
    ['tio', 10],
    ['elva', 11],
    ['tolv', 12],
    ['tretton', 13],
    ['fjorton', 14],
    ['femton', 15],
    ['sexton', 16],
    ['sjutton', 17],
    ['arton', 18],
    ['aderton', 18],
    ['nitton', 19],
    ['tjugo', 20],
    ['trettio', 30],
    ['fyrtio', 40],
    ['femtio', 50],
    ['sextio', 60],
    ['sjuttio', 70],
    ['åttio', 80],
    ['nittio', 90],
    ['hundra', 100],
    ['tusen', 1000],
  ] as [string, number][]
).sort((a, b) => b[0].length - a[0].length);

/**
 * The value of one or more number words ("tvåhundrafemtio", "två hundra femtio", "tjugofem"),
 * or null when any part is not a number word. "en"/"ett" alone is 1.
 */
export function parseCardinalWords(words: string): number | null {
  const s = words.toLowerCase().replace(/\s+/g, '');
  if (!s) return null;
  let total = 0;
  let current = 0;
  let pos = 0;
  let pieces = 0;
  while (pos < s.length) {
    const piece = PIECES.find(([w]) => s.startsWith(w, pos));
    if (!piece) return null;
    const [word, value] = piece;
    if (value === 100) current = (current || 1) * 100;
    else if (value === 1000) {
      total += (current || 1) * 1000;
      current = 0;
    } else current += value;
    pos += word.length;
    pieces++;
  }
  return pieces > 0 ? total + current : null;
}

export interface NumberWordsMatch {
  /** Decimal string of the value ("2.5"). */
  decimal: string;
  /** Offset in the text given where the words start. */
  start: number;
  /** "en dryg halv" → drygt, "en knapp halv" → knappt. */
  qualifier: Qualifier | null;
}

const WORD_TOKEN_RE = /[A-Za-zªµºÀ-ÖØ-öø-ɏ]+/gu;

/**
 * The number words that end `before` (the text right before a unit such as "miljoner"), read
 * backwards as far as they go: "Kostnaden blir två och en halv " → 2.5, "under tre " → 3,
 * "en dryg halv " → 0.5 drygt. Null when the text does not end with number words.
 */
export function numberWordsBefore(before: string): NumberWordsMatch | null {
  if (!/\s$/u.test(before)) return null;
  const tokens = [...before.matchAll(WORD_TOKEN_RE)].map((m) => ({
    word: m[0].toLowerCase(),
    start: m.index,
    end: m.index + m[0].length,
  }));
  // Only spaces may stand between the words that make the number and between them and the unit.
  let i = tokens.length - 1;
  const last = tokens[i];
  if (!last || before.slice(last.end).trim() !== '') return null;
  const joined = (a: number, b: number): boolean =>
    before.slice(tokens[a]?.end ?? 0, tokens[b]?.start ?? 0).trim() === '';
  let half = false;
  let qualifier: Qualifier | null = null;
  let start = -1;
  if (tokens[i]?.word === 'halv' || tokens[i]?.word === 'halvt') {
    // "en halv", "en dryg halv", "en knapp halv", "och en halv"
    let k = i - 1;
    const adjective = tokens[k]?.word;
    if ((adjective === 'dryg' || adjective === 'knapp') && joined(k, k + 1)) {
      qualifier = adjective === 'dryg' ? 'drygt' : 'knappt';
      k--;
    }
    if (!(tokens[k] && (tokens[k]?.word === 'en' || tokens[k]?.word === 'ett') && joined(k, k + 1))) {
      return null;
    }
    half = true;
    start = tokens[k]?.start ?? 0;
    i = k - 1;
    if (tokens[i]?.word === 'och' && joined(i, i + 1)) i--;
    else return { decimal: '0.5', start, qualifier };
  }
  // The whole number: a run of number-word tokens ending at i.
  let from = i + 1;
  while (from - 1 >= 0 && from - 1 >= i - 3) {
    const token = tokens[from - 1];
    if (!token || parseCardinalWords(token.word) === null || (from <= i && !joined(from - 1, from))) break;
    from--;
  }
  if (from > i) return null;
  const words = tokens
    .slice(from, i + 1)
    .map((t) => t.word)
    .join(' ');
  const value = parseCardinalWords(words);
  if (value === null || value === 0) return null;
  start = tokens[from]?.start ?? 0;
  return { decimal: half ? `${value}.5` : String(value), start, qualifier };
}
