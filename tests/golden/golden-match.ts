/**
 * The golden matching rules of the contract (subset semantics: extra facts are allowed).
 * `checkGolden` returns one line per expected fact that the extraction lacks; [] means all found.
 */
import type { ExtractedDocument } from '../../parsers/schema.ts';

export interface GoldenFacts {
  seed?: string;
  document?: { region?: string; documentType?: string; years?: number[]; body?: string };
  measures?: {
    label?: string | null;
    titleIncludes: string;
    category?: string;
    subMeasureCount?: number | null;
    effects?: Record<string, number>;
  }[];
  totals?: { year: number; amountMsek: number }[];
  amounts?: number[];
  decisions?: { id: string; textIncludes: string }[];
  references?: { body: string; date?: string; paragraph?: string }[];
}

const TOLERANCE = 0.05;

function near(a: number, b: number): boolean {
  return Math.abs(a - b) <= TOLERANCE;
}

export function checkGolden(doc: ExtractedDocument, golden: GoldenFacts): string[] {
  const missing: string[] = [];
  const d = golden.document;
  if (d?.region && doc.document.region?.code !== d.region) {
    missing.push(`document.region: expected ${d.region}, got ${doc.document.region?.code ?? 'null'}`);
  }
  if (d?.documentType && doc.document.documentType !== d.documentType) {
    missing.push(`document.documentType: expected ${d.documentType}, got ${doc.document.documentType}`);
  }
  for (const year of d?.years ?? []) {
    if (!doc.document.years.includes(year))
      missing.push(`document.years: ${year} missing (got ${doc.document.years.join(', ')})`);
  }
  if (d?.body && doc.document.body?.toLowerCase() !== d.body.toLowerCase()) {
    missing.push(`document.body: expected ${d.body}, got ${doc.document.body}`);
  }

  for (const want of golden.measures ?? []) {
    const found = doc.measures.some(
      (m) =>
        m.title.toLowerCase().includes(want.titleIncludes.toLowerCase()) &&
        (want.label === undefined || m.label === want.label) &&
        (want.category === undefined || m.category === want.category) &&
        (want.subMeasureCount === undefined || m.subMeasureCount === want.subMeasureCount) &&
        Object.entries(want.effects ?? {}).every(([year, amount]) =>
          m.effects.some((e) => e.year === Number(year) && near(e.amountMsek, amount)),
        ),
    );
    if (!found) {
      const candidates = doc.measures
        .filter((m) => m.title.toLowerCase().includes(want.titleIncludes.toLowerCase()))
        .map(
          (m) =>
            `${m.label ?? '-'} "${m.title}" ${m.category} n=${m.subMeasureCount} ${m.effects.map((e) => `${e.year}:${e.amountMsek}`).join(' ')}`,
        );
      missing.push(
        `measure ${JSON.stringify(want)} not found; title matches: ${candidates.join(' | ') || 'none'}`,
      );
    }
  }

  for (const want of golden.totals ?? []) {
    if (!doc.totals.some((t) => t.year === want.year && near(t.amountMsek, want.amountMsek))) {
      missing.push(`total ${want.year} ${want.amountMsek} not found`);
    }
  }

  const figures = [
    ...doc.amounts.map((a) => Math.abs(a.amountMsek)),
    ...doc.measures.flatMap((m) => m.effects.map((e) => Math.abs(e.amountMsek))),
    ...doc.totals.map((t) => Math.abs(t.amountMsek)),
  ];
  for (const amount of golden.amounts ?? []) {
    if (!figures.some((f) => near(f, Math.abs(amount)))) missing.push(`amount ${amount} not found`);
  }

  for (const want of golden.decisions ?? []) {
    const decision = doc.decisions.find((x) => x.id === want.id);
    if (!decision) missing.push(`decision ${want.id} not found`);
    else if (!decision.text.toLowerCase().includes(want.textIncludes.toLowerCase())) {
      missing.push(`decision ${want.id} text lacks "${want.textIncludes}": ${decision.text}`);
    }
  }

  for (const want of golden.references ?? []) {
    const found = doc.references.some(
      (r) =>
        r.body.toLowerCase() === want.body.toLowerCase() &&
        (want.date === undefined || r.date === want.date) &&
        (want.paragraph === undefined ||
          r.paragraph?.replace(/\s/g, '') === want.paragraph.replace(/\s/g, '')),
    );
    if (!found) missing.push(`reference ${JSON.stringify(want)} not found`);
  }
  return missing;
}

/**
 * A corpus truth (fixtures/zoo, fixtures/synthetic): golden facts that list every fact of the paper,
 * so precision can be measured too. `amounts` are signed here (the golden files ignore the sign) and
 * `document.date` is the paper's own date.
 */
export interface TruthFacts extends Omit<GoldenFacts, 'document'> {
  document: {
    region?: string | null;
    documentType?: string;
    years?: number[];
    body?: string;
    date?: string | null;
  };
  /** true: `amounts` carry their sign and an amount of the wrong sign is a miss. */
  amountsSigned?: boolean;
  /**
   * true: each truth measure is one measure of the paper however often the paper repeats it (a summary
   * table and a detail section per measure); a second extracted measure taken for the same truth measure
   * is an extra.
   */
  measuresUnique?: boolean;
}

export const FACT_KINDS = ['measures', 'totals', 'amounts', 'decisions', 'references', 'metadata'] as const;
export type FactKind = (typeof FACT_KINDS)[number];

export interface KindScore {
  /** Facts in the truth, and how many of them the extraction holds (recall = found / expected). */
  expected: number;
  found: number;
  /** Facts the extraction gave, and how many of them the truth holds (precision = correct / extracted). */
  extracted: number;
  correct: number;
  misses: string[];
  extras: string[];
}

export interface FactScore {
  kinds: Record<FactKind, KindScore>;
  /** Measure effects whose number is wrong (no such year in the truth, or another amount). */
  wrongEffects: string[];
  /** Of those, the ones with no warning on the measure's page (or on the document). */
  wrongUnwarned: string[];
  /** Label, category and sub-measure count of the measures found (scored apart from the kinds). */
  details: DetailScore;
}

export const DETAIL_FIELDS = ['label', 'category', 'subMeasureCount'] as const;
export type DetailField = (typeof DETAIL_FIELDS)[number];
/**
 * Over the truth measures whose title and effects an extracted measure matches (whatever its label,
 * category or sub-measure count), how many of the details the truth gives the extraction equals:
 * given / correct per field, and the wrong ones named.
 */
export interface DetailScore {
  given: Record<DetailField, number>;
  correct: Record<DetailField, number>;
  misses: string[];
}
export function emptyDetails(): DetailScore {
  return {
    given: { label: 0, category: 0, subMeasureCount: 0 },
    correct: { label: 0, category: 0, subMeasureCount: 0 },
    misses: [],
  };
}

const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();
const titleHas = (title: string, want: string) => norm(title).includes(norm(want));
const effectsText = (effects: { year: number; amountMsek: number }[]) =>
  effects.map((e) => `${e.year}:${e.amountMsek}`).join(' ');

export function emptyKind(): KindScore {
  return { expected: 0, found: 0, extracted: 0, correct: 0, misses: [], extras: [] };
}

type Measure = ExtractedDocument['measures'][number];
type WantMeasure = NonNullable<GoldenFacts['measures']>[number];

function measureMatches(m: Measure, want: WantMeasure): boolean {
  return (
    titleHas(m.title, want.titleIncludes) &&
    (want.label === undefined || m.label === want.label) &&
    (want.category === undefined || m.category === want.category) &&
    (want.subMeasureCount === undefined || m.subMeasureCount === want.subMeasureCount) &&
    Object.entries(want.effects ?? {}).every(([year, amount]) =>
      m.effects.some((e) => e.year === Number(year) && near(e.amountMsek, amount)),
    )
  );
}

/** Title and effects alone (the details scored apart). */
function measureFound(m: Measure, want: WantMeasure): boolean {
  return (
    titleHas(m.title, want.titleIncludes) &&
    Object.entries(want.effects ?? {}).every(([year, amount]) =>
      m.effects.some((e) => e.year === Number(year) && near(e.amountMsek, amount)),
    )
  );
}

function scoreDetails(doc: ExtractedDocument, wants: WantMeasure[]): DetailScore {
  const out = emptyDetails();
  for (const want of wants) {
    const fields = DETAIL_FIELDS.filter((f) => want[f] !== undefined);
    if (fields.length === 0) continue;
    const right = (m: Measure) => fields.filter((f) => m[f] === want[f]).length;
    // The found measure that holds most of the details (a paper may state a measure twice).
    const got = doc.measures.filter((m) => measureFound(m, want)).sort((a, b) => right(b) - right(a))[0];
    if (!got) continue;
    for (const f of fields) {
      out.given[f] += 1;
      if (got[f] === want[f]) out.correct[f] += 1;
      else
        out.misses.push(`${f}: "${want.titleIncludes}" expected ${String(want[f])}, got ${String(got[f])}`);
    }
  }
  return out;
}

/** The effects of `m` that the truth measure `want` does not state (wrong year or wrong number). */
function wrongEffectsOf(m: Measure, want: WantMeasure | undefined): Measure['effects'] {
  if (!want) return m.effects;
  const truth = want.effects ?? {};
  return m.effects.filter((e) => {
    const amount = truth[String(e.year)];
    return amount === undefined || !near(e.amountMsek, amount);
  });
}

/**
 * Recall and precision per fact kind of one extraction against a truth, with the misses and the
 * extra facts named. Matching follows the golden rules (titles case-insensitive, amounts ±0.05);
 * an extracted measure is correct when its title holds a truth measure's title and every effect it
 * gives is one of that measure's.
 */
export function scoreFacts(doc: ExtractedDocument, truth: TruthFacts): FactScore {
  const kinds = Object.fromEntries(FACT_KINDS.map((k) => [k, emptyKind()])) as Record<FactKind, KindScore>;
  const wrongEffects: string[] = [];
  const wrongUnwarned: string[] = [];

  // Measures with all their effects.
  const wantMeasures = truth.measures ?? [];
  const mk = kinds.measures;
  for (const want of wantMeasures) {
    mk.expected += 1;
    if (doc.measures.some((m) => measureMatches(m, want))) mk.found += 1;
    else {
      const near = doc.measures
        .filter((m) => titleHas(m.title, want.titleIncludes))
        .map((m) => `${m.label ?? '-'} "${m.title}" ${effectsText(m.effects)}`);
      mk.misses.push(
        `${want.label ? `${want.label} ` : ''}"${want.titleIncludes}" ${Object.entries(want.effects ?? {})
          .map(([y, a]) => `${y}:${a}`)
          .join(' ')}${near.length > 0 ? ` — got ${near.join(' | ')}` : ' — no measure with that title'}`,
      );
    }
  }
  const warnedPages = new Set(doc.extraction.warnings.map((w) => w.page ?? 0));
  const taken = new Set<WantMeasure>();
  for (const m of doc.measures) {
    mk.extracted += 1;
    const candidates = wantMeasures.filter((w) => titleHas(m.title, w.titleIncludes));
    // The truth measure this one is taken for: the one whose effects it gets most right.
    const best = candidates
      .map((w) => ({ w, wrong: wrongEffectsOf(m, w).length }))
      .sort((a, b) => a.wrong - b.wrong || b.w.titleIncludes.length - a.w.titleIncludes.length)[0];
    const wrong = wrongEffectsOf(m, best?.w);
    const again = truth.measuresUnique === true && best !== undefined && taken.has(best.w);
    if (best) taken.add(best.w);
    if (
      best &&
      !again &&
      wrong.length === 0 &&
      m.effects.length > 0 === Object.keys(best.w.effects ?? {}).length > 0
    ) {
      mk.correct += 1;
    } else if (again) {
      mk.extras.push(
        `${m.label ?? '-'} "${m.title.slice(0, 70)}" ${effectsText(m.effects)} p${m.page} (read twice)`,
      );
    } else {
      mk.extras.push(
        `${m.label ?? '-'} "${m.title.slice(0, 70)}" ${effectsText(m.effects)} p${m.page}${best ? ` (truth "${best.w.titleIncludes}")` : ' (no such measure)'}`,
      );
    }
    for (const e of wrong) {
      const line = `"${m.title.slice(0, 50)}" ${e.year}:${e.amountMsek} p${m.page}`;
      wrongEffects.push(line);
      if (!warnedPages.has(m.page) && !warnedPages.has(0)) wrongUnwarned.push(line);
    }
  }

  // Totals.
  const tk = kinds.totals;
  for (const want of truth.totals ?? []) {
    tk.expected += 1;
    if (doc.totals.some((t) => t.year === want.year && near(t.amountMsek, want.amountMsek))) tk.found += 1;
    else tk.misses.push(`${want.year}: ${want.amountMsek}`);
  }
  for (const t of doc.totals) {
    tk.extracted += 1;
    if ((truth.totals ?? []).some((w) => w.year === t.year && near(t.amountMsek, w.amountMsek)))
      tk.correct += 1;
    else tk.extras.push(`${t.label} ${t.year}: ${t.amountMsek} p${t.page}`);
  }

  // Amounts (signed in a corpus truth). Figures read as measure effects or totals count as found.
  const ak = kinds.amounts;
  const signed = truth.amountsSigned === true;
  const same = (a: number, b: number) => (signed ? near(a, b) : near(Math.abs(a), Math.abs(b)));
  const asFacts = [
    ...doc.measures.flatMap((m) => m.effects.map((e) => e.amountMsek)),
    ...doc.totals.map((t) => t.amountMsek),
  ];
  const truthAmounts = truth.amounts ?? [];
  for (const want of truthAmounts) {
    ak.expected += 1;
    if (
      doc.amounts.some((a) => same(a.amountMsek, want)) ||
      (want >= 0 && asFacts.some((f) => same(f, want)))
    ) {
      ak.found += 1;
    } else {
      const flipped = doc.amounts.find((a) => near(Math.abs(a.amountMsek), Math.abs(want)));
      ak.misses.push(`${want}${flipped ? ` — read as ${flipped.amountMsek} ("${flipped.raw}")` : ''}`);
    }
  }
  const truthFigures = [
    ...truthAmounts,
    ...(truth.measures ?? []).flatMap((m) => Object.values(m.effects ?? {})),
    ...(truth.totals ?? []).map((t) => t.amountMsek),
  ];
  // Precision only where the truth lists every amount of the paper (a golden file lists a few).
  for (const a of truth.amounts === undefined ? [] : doc.amounts) {
    ak.extracted += 1;
    if (truthFigures.some((f) => same(a.amountMsek, f))) ak.correct += 1;
    else ak.extras.push(`${a.amountMsek} "${a.raw}" p${a.page}`);
  }

  // Decisions.
  const dk = kinds.decisions;
  for (const want of truth.decisions ?? []) {
    dk.expected += 1;
    const got = doc.decisions.find((x) => x.id === want.id);
    if (got && titleHas(got.text, want.textIncludes)) dk.found += 1;
    else dk.misses.push(`${want.id} "${want.textIncludes}"${got ? ` — got "${got.text.slice(0, 60)}"` : ''}`);
  }
  for (const d of doc.decisions) {
    dk.extracted += 1;
    if ((truth.decisions ?? []).some((w) => w.id === d.id && titleHas(d.text, w.textIncludes)))
      dk.correct += 1;
    else dk.extras.push(`${d.id} "${d.text.slice(0, 60)}" p${d.page}`);
  }

  // References.
  const rk = kinds.references;
  const refMatches = (
    r: ExtractedDocument['references'][number],
    want: NonNullable<GoldenFacts['references']>[number],
  ) =>
    r.body.toLowerCase() === want.body.toLowerCase() &&
    (want.date === undefined || r.date === want.date) &&
    (want.paragraph === undefined || r.paragraph?.replace(/\s/g, '') === want.paragraph.replace(/\s/g, ''));
  for (const want of truth.references ?? []) {
    rk.expected += 1;
    if (doc.references.some((r) => refMatches(r, want))) rk.found += 1;
    else rk.misses.push(`${want.body} ${want.date ?? ''} ${want.paragraph ?? ''}`.trim());
  }
  for (const r of doc.references) {
    rk.extracted += 1;
    if ((truth.references ?? []).some((w) => refMatches(r, w))) rk.correct += 1;
    else rk.extras.push(`${r.body} ${r.date ?? '-'} ${r.paragraph ?? '-'} p${r.page}`);
  }

  // Metadata: region, documentType, the paper's date, each fiscal year.
  const md = kinds.metadata;
  const d = truth.document ?? {};
  const fact = (name: string, want: unknown, got: unknown, given: boolean) => {
    md.expected += 1;
    if (given) md.extracted += 1;
    if (want === got) {
      md.found += 1;
      if (given) md.correct += 1;
    } else {
      md.misses.push(`${name}: expected ${String(want)}, got ${String(got)}`);
      if (given) md.extras.push(`${name}: ${String(got)}`);
    }
  };
  if (d.region !== undefined)
    fact('region', d.region, doc.document.region?.code ?? null, doc.document.region !== null);
  if (d.documentType !== undefined) fact('documentType', d.documentType, doc.document.documentType, true);
  if (d.date !== undefined) fact('date', d.date, doc.document.date, doc.document.date !== null);
  if (d.years !== undefined) {
    for (const year of d.years) {
      md.expected += 1;
      if (doc.document.years.includes(year)) md.found += 1;
      else md.misses.push(`year ${year} (got ${doc.document.years.join(', ') || 'none'})`);
    }
    for (const year of doc.document.years) {
      md.extracted += 1;
      if (d.years.includes(year)) md.correct += 1;
      else md.extras.push(`year ${year}`);
    }
  }
  return { kinds, wrongEffects, wrongUnwarned, details: scoreDetails(doc, wantMeasures) };
}
