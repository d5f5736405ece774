/**
 * The recognizer's vote on a page's orientation. The geometric tests in preprocess.ts
 * (isSideways, isUpsideDown) also fire on upright pages (slides in large type taken for upside
 * down, a long table page taken for sideways: fixtures/holdout9/MISSES.md), so a page they flag is
 * read both as it lies and turned, and the turn is kept only when the turned reading is clearly the
 * readable one: more than twice the letters in confident words of three or more letters. Text read
 * upside down or on its side gives few such words, and those with low confidence.
 */
import type { OcrLine } from './baselines.ts';

/** A word of letters only (trailing punctuation allowed), at least three of them. */
const WORD = /^[A-Za-zÅÄÖåäöÉéÜü]{3,}[.,:;)]?$/u;
/** Tesseract's confidence (0..100) a word needs to count as read. */
const CONFIDENT = 70;

/** Letters in confidently read words: how readable a reading is. */
export function readableLetters(lines: readonly OcrLine[]): number {
  let letters = 0;
  for (const line of lines) {
    for (const word of line.words) {
      const text = word.text.trim();
      if (word.confidence >= CONFIDENT && WORD.test(text)) letters += text.replace(/[.,:;)]$/u, '').length;
    }
  }
  return letters;
}

/**
 * Whether the reading of the turned page should replace the reading of the page as it lies: the
 * turned one has more than twice the readable letters, and at least 40 of them (a page with
 * hardly any words gives no vote, and stays as it lies).
 */
export function turnedReadsBetter(asItLies: readonly OcrLine[], turned: readonly OcrLine[]): boolean {
  const before = readableLetters(asItLies);
  const after = readableLetters(turned);
  return after >= 40 && after > 2 * before;
}
