/**
 * How a measure table signs its figures. Most tables print an effect as what it does to the result (a
 * saving positive, docs/contract.md "Money"). Some print the change of COST instead — a saving as a
 * negative cost change — and say so once, in the caption, a sentence above the table, a header cell or a
 * note under it ("Minus = minskad kostnad", "Negativa belopp avser kostnadsminskning", "plus = ökad
 * kostnad"). Such a table's figures are turned to effects by their sign. A header that names a cost over
 * the figures ("Kostnad, mkr") under mostly negative figures is read the same way, with a doubt told; a
 * table of nothing but negative figures whose convention nothing states is told as unsure.
 */
import type { Layout } from './layout.ts';
import type { YearTable } from './tables.ts';

/** What the sign convention asks of a table's figures. */
export interface SignReading {
  /** The figures are cost changes: each effect is the printed figure negated. */
  flip: boolean;
  /** Why the reading is unsure (told as a warning on the table's page), or null. */
  doubt: string | null;
}

// The pieces of a convention statement: a sign, an equating word, what the sign stands for.
// A sign written as a word or in parentheses may be equated by a verb ("negativa belopp avser …"); a bare
// "−" or "+" only by "=" or ":" — "Tabell 3 – visar kostnadsminskningar" is a caption's dash, no sign.
const MEANS = `\\s*(?:\\(\\s*[-–—−+]\\s*\\)\\s*)?(?:=|:|betyder|innebär|avser|anger|motsvarar|står\\s+för|visar|är)\\s*(?:en\\s+|ett\\s+)?`;
const BARE_MEANS = `\\s*[=:]\\s*(?:en\\s+|ett\\s+)?`;
const MINUS = `(?:(?:minus(?:tecken)?|negativ[at]?\\s+(?:belopp|tal|värden?|siffror|poster)|\\(\\s*[-–—−]\\s*\\))${MEANS}|[-–—−]${BARE_MEANS})`;
const PLUS = `(?:(?:plus(?:tecken)?|positiv[at]?\\s+(?:belopp|tal|värden?|siffror|poster)|\\(\\s*\\+\\s*\\))${MEANS}|\\+${BARE_MEANS})`;
const LOWER_COST = `(?:(?:minskad|minskade|lägre|sänkt|sänkta|reducerad)e?\\s+(?:netto)?kostnad[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|kostnadsminskning[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|kostnadssänkning[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|besparing[A-Za-zªµºÀ-ÖØ-öø-ɏ]*)`;
const HIGHER_COST = `(?:(?:ökad|ökade|högre)e?\\s+(?:netto)?kostnad[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|kostnadsökning[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|merkostnad[A-Za-zªµºÀ-ÖØ-öø-ɏ]*)`;
const BETTER = `(?:förbättring[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|ökad[A-Za-zªµºÀ-ÖØ-öø-ɏ]*\\s+intäkt[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|intäktsökning[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|positiv[A-Za-zªµºÀ-ÖØ-öø-ɏ]*\\s+(?:resultat)?effekt)`;
const WORSE = `(?:försämring[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|minskad[A-Za-zªµºÀ-ÖØ-öø-ɏ]*\\s+intäkt[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|intäktsminskning[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|negativ[A-Za-zªµºÀ-ÖØ-öø-ɏ]*\\s+(?:resultat)?effekt)`;

/** "Minus = minskad kostnad", "Negativa belopp avser kostnadsminskning", "plus = ökad kostnad". */
const COST_SIGNED_RE = new RegExp(
  `(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:${MINUS}${LOWER_COST}|${PLUS}${HIGHER_COST}|${LOWER_COST}\\s+(?:anges|redovisas|visas|markeras|skrivs)\\s+(?:som|med)\\s+(?:negativa\\s+(?:belopp|tal)|minus(?:tecken)?|[-–—−]))`,
  'iu',
);
/** "(+) = förbättring", "minus = försämring", "negativa belopp avser kostnadsökning". */
const RESULT_SIGNED_RE = new RegExp(
  `(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:${PLUS}(?:${BETTER}|${LOWER_COST})|${MINUS}(?:${WORSE}|${HIGHER_COST}))`,
  'iu',
);
/** A header or caption naming the figures a cost ("Kostnad, mkr", "Kostnadsförändring 2026"). */
const COST_HEADER_RE =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:netto)?kostnad(?:er|en|erna|s(?:förändring|påverkan|effekt|utveckling)(?:ar|en)?)?(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/iu;
/** A cost named as higher ("Ökade kostnader"): its negative figures cannot be lower costs read as such. */
const HIGHER_RE =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:ökad[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|högre|höjd[A-Za-zªµºÀ-ÖØ-öø-ɏ]*)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/iu;
/** Words that make a header's figures effects or revenue, whatever cost word stands beside them. */
const EFFECT_HEADER_RE = /besparing|effekt|resultat|intäkt|förbättring|netto(?!kostnad)/iu;
/** A figure other than a year in a line: the table's rows have begun. */
const FIGURE_RE = /\d[\d\s\u00a0\u202f]*,\d|(?<![\d])\d{1,3}(?![\d])/u;

/**
 * The sign convention of `table`, read from its caption and context, its header lines, the lines just
 * above it and a note just under it. `figures` are the printed figures of its measures.
 */
export function tableSignConvention(table: YearTable, layout: Layout, figures: number[]): SignReading {
  const indexes = [...table.lineIndexes].sort((a, b) => a - b);
  const first = indexes[0];
  const last = indexes[indexes.length - 1];
  const lineAt = (i: number) => {
    const line = layout.lines[i];
    return line?.index === i ? line : layout.lines.find((l) => l.index === i);
  };
  const headerLines: string[] = [];
  for (const i of indexes) {
    const text = lineAt(i)?.text ?? '';
    if (FIGURE_RE.test(text.replace(/(?<!\d)(?:19|20)\d{2}(?!\d)/g, ''))) break;
    headerLines.push(text);
  }
  const near: string[] = [];
  if (first !== undefined && last !== undefined) {
    const pageFirst = lineAt(first)?.page;
    const pageLast = lineAt(last)?.page;
    for (let i = first - 3; i < first; i++) {
      const l = lineAt(i);
      if (l && l.page === pageFirst) near.push(l.text);
    }
    // A note under the table: its next lines on the same page (a footnote, "Minus = minskad kostnad").
    for (let i = last + 1; i <= last + 3; i++) {
      const l = lineAt(i);
      if (l && l.page === pageLast) near.push(l.text);
    }
  }
  const header = [table.yearHeader ?? '', ...headerLines].join(' ');
  const stated = [table.context, header, ...near].join(' ');
  const costSigned = COST_SIGNED_RE.test(stated);
  const resultSigned = RESULT_SIGNED_RE.test(stated);
  if (costSigned && !resultSigned) return { flip: true, doubt: null };
  const nonZero = figures.filter((x) => x !== 0);
  const negative = nonZero.filter((x) => x < 0).length;
  if (costSigned && resultSigned)
    return {
      flip: false,
      doubt: 'the notes on the table state both a cost and a result sign convention: effects read as printed',
    };
  if (resultSigned || nonZero.length === 0) return { flip: false, doubt: null };
  // Nothing stated: a cost named over the figures, most of them negative, makes a minus a lower cost.
  // A cost named as higher ("Ökade kostnader") over negative figures says something else than a column of
  // cost changes whose minus is a saving: not flipped on a guess.
  const costHeader = [header, table.context].some(
    (t) => COST_HEADER_RE.test(t) && !EFFECT_HEADER_RE.test(t) && !HIGHER_RE.test(t),
  );
  if (costHeader && negative * 2 > nonZero.length)
    return {
      flip: true,
      doubt:
        'the table names its figures a cost and does not state its signs: a minus read as a lower cost (a saving)',
    };
  if (nonZero.length >= 3 && negative === nonZero.length)
    return {
      flip: false,
      doubt:
        'every figure of the measure table is negative and the paper does not state how they are signed: savings printed with a minus?',
    };
  return { flip: false, doubt: null };
}

/**
 * Whether a text (a list's lead-in: "Påverkan på kostnaderna 2026 (minus = lägre kostnad, plus = högre
 * kostnad):") states that its figures are cost changes, and states no result convention beside it.
 */
export function statesCostSigns(text: string): boolean {
  return COST_SIGNED_RE.test(text) && !RESULT_SIGNED_RE.test(text);
}
