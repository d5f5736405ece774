/**
 * `npm run bench -- regex-classes`: what a pattern's letter class costs V8 the first time it is used —
 * creating the pattern and its first two matches (V8 interprets the first and compiles the pattern for the
 * second, or for the first under `--no-regexp-tier-up`, as the CLI's worker runs). `\p{L}` (about 650
 * ranges, closed over case under `i`) against the class the parsers write instead (tests/unit/letter-class
 * .test.ts). Each round uses new pattern sources (V8 caches a compiled pattern by source and flags), and
 * the figure is the median of the rounds' means per pattern, beside a pattern with no class in the same run.
 */
import { median } from './stats.ts';

const LETTER = 'A-Za-zªµºÀ-ÖØ-öø-ɏ';
const PATTERNS = 200;
const ROUNDS = 7;
const SUBJECT =
  'Hälso- och sjukvårdsnämnden beslutade att minska kostnaderna för inhyrd personal med 50 mkr 2024 jämfört med 2023. '.repeat(
    3,
  );

/** Mean µs per pattern: create it and run it twice, over PATTERNS new sources of one form. */
function round(form: (word: string) => string, flags: string, tag: string): number {
  const started = process.hrtime.bigint();
  for (let k = 0; k < PATTERNS; k++) {
    const pattern = new RegExp(form(`ord${tag}x${k.toString(36)}`), flags);
    pattern.exec(SUBJECT);
    pattern.exec(SUBJECT);
  }
  return Number(process.hrtime.bigint() - started) / 1000 / PATTERNS;
}

export async function run(): Promise<void> {
  const forms: [string, (word: string) => string, string][] = [
    ['no class, iu', (w) => `(?:${w}|bespar${w})`, 'iu'],
    ['\\p{L} ×4, u', (w) => `(?<![\\p{L}])(?:${w}\\p{L}*|bespar${w}\\p{L}*)(?![\\p{L}])`, 'u'],
    ['\\p{L} ×4, iu', (w) => `(?<![\\p{L}])(?:${w}\\p{L}*|bespar${w}\\p{L}*)(?![\\p{L}])`, 'iu'],
    [
      'letter class ×4, u',
      (w) => `(?<![${LETTER}])(?:${w}[${LETTER}]*|bespar${w}[${LETTER}]*)(?![${LETTER}])`,
      'u',
    ],
    [
      'letter class ×4, iu',
      (w) => `(?<![${LETTER}])(?:${w}[${LETTER}]*|bespar${w}[${LETTER}]*)(?![${LETTER}])`,
      'iu',
    ],
  ];
  process.stdout.write(
    `first use of a pattern (create + 2 matches), µs per pattern, median of ${ROUNDS} rounds of ${PATTERNS}\n`,
  );
  for (const [name, form, flags] of forms) {
    const means: number[] = [];
    for (let r = 0; r < ROUNDS; r++) means.push(round(form, flags, `${name.length}r${r}`));
    process.stdout.write(`  ${name.padEnd(22)} ${median(means).toFixed(1).padStart(8)} µs\n`);
  }
}
