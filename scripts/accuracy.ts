// `npm run accuracy [filter…] [--misses] [--kind=measures] [--root=DIR]`: extracts every fixture with a truth
// (fixtures/zoo, fixtures/synthetic and every fixtures/holdout* corpus) and prints recall and precision per fact kind —
// overall, per corpus, per producer and per layout — then the misses file by file. The hold-out
// corpora (papers the extractor is not tuned on) get their own blocks, apart from the tuned corpora, and
// a last block puts every corpus together, overall and per producer.
// A report, not a test: the floors are asserted in tests/golden/accuracy.test.ts.
// --root=DIR scores the corpora as they stand under DIR/fixtures/… instead (same layout, each PDF beside
// its truth): the fixtures rewritten by another producer or chain, say, to see which facts survive it.

import {
  type CorpusResult,
  detailsShare,
  listCorpus,
  precision,
  recall,
  scoreCorpus,
  type Tally,
  tally,
} from '../tests/golden/corpus.ts';
import { DETAIL_FIELDS, FACT_KINDS, type FactKind } from '../tests/golden/golden-match.ts';

const args = process.argv.slice(2);
const showMisses = args.includes('--misses');
const kindArg = args.find((a) => a.startsWith('--kind='))?.slice('--kind='.length);
const filters = args.filter((a) => !a.startsWith('--'));
const rootArg = args.find((a) => a.startsWith('--root='))?.slice('--root='.length);
const onlyKinds = kindArg ? (kindArg.split(',') as FactKind[]) : FACT_KINDS;

// A filter naming a corpus ("holdout") selects that corpus alone, not every name containing it.
const corpusOf = (name: string) => name.split('/')[1] ?? '';
const listed = rootArg ? listCorpus(rootArg) : listCorpus();
const corpora = new Set(listed.map((e) => corpusOf(e.name)));
const entries = listed.filter(
  (e) =>
    filters.length === 0 ||
    filters.some((f) => (corpora.has(f) ? corpusOf(e.name) === f : e.name.includes(f))),
);
if (entries.length === 0) {
  console.error('no fixture with a truth matched');
  process.exit(1);
}
const started = Date.now();
const results = await scoreCorpus(entries);

const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(6);

function row(label: string, t: Tally): string {
  const cells = FACT_KINDS.map((k) => {
    const s = t.kinds[k];
    if (s.expected === 0 && s.extracted === 0) return ''.padStart(15);
    return `${pct(recall(s))} ${pct(precision(s))}`.padStart(15);
  });
  // Details: label, category and sub-measure count of the measures found, right over given (recall only).
  const d = detailsShare(t.details);
  const details = (d ? pct(d.correct / d.given) : '').padStart(7);
  return `| ${label.padEnd(44)} | ${String(t.files).padStart(3)} | ${cells.join(' | ')} | ${details} | ${String(t.wrongUnwarned).padStart(4)}/${String(t.wrongEffects).padEnd(4)} |`;
}

function table(title: string, groups: Map<string, CorpusResult[]>): void {
  console.log(`\n${title} (recall precision per kind; wrong effects without warning / wrong effects)\n`);
  console.log(
    `| ${'group'.padEnd(44)} | ${'n'.padStart(3)} | ${FACT_KINDS.map((k) => k.padStart(15)).join(' | ')} | ${'details'.padStart(7)} | unwarned  |`,
  );
  console.log(
    `|${'-'.repeat(46)}|-----|${FACT_KINDS.map(() => '-'.repeat(17)).join('|')}|---------|-----------|`,
  );
  for (const [label, rs] of [...groups].sort(([a], [b]) => a.localeCompare(b)))
    console.log(row(label, tally(rs)));
}

const groupBy = (rs: CorpusResult[], key: (r: CorpusResult) => string) => {
  const m = new Map<string, CorpusResult[]>();
  for (const r of rs) m.set(key(r), [...(m.get(key(r)) ?? []), r]);
  return m;
};

/** Every corpus named holdout… (holdout, holdout2, …) is a hold-out: papers the extractor was not tuned on. */
const isHoldout = (r: CorpusResult) => r.truth.corpus.startsWith('holdout');
const tuned = results.filter((r) => !isHoldout(r));
const holdouts = [...new Set(results.filter(isHoldout).map((r) => r.truth.corpus))].sort((a, b) =>
  a.localeCompare(b, 'en', { numeric: true }),
);

// Counts per kind, so the percentages can be checked.
function counts(rs: CorpusResult[]): void {
  const all = tally(rs);
  console.log('\nCounts (found/expected, correct/extracted):');
  for (const k of FACT_KINDS) {
    const s = all.kinds[k];
    console.log(`  ${k.padEnd(11)} recall ${s.found}/${s.expected}  precision ${s.correct}/${s.extracted}`);
  }
  for (const f of DETAIL_FIELDS)
    if (all.details.given[f] > 0)
      console.log(
        `  details ${f.padEnd(15)} correct ${all.details.correct[f]}/${all.details.given[f]} (of the measures found)`,
      );
  console.log(
    `  wrong measure effects: ${all.wrongEffects}, of which without a warning: ${all.wrongUnwarned}`,
  );
  if (all.failed > 0) console.log(`  files that failed to extract: ${all.failed}`);
}

if (tuned.length > 0) {
  console.log('\n## Tuned corpora (fixtures/zoo, fixtures/synthetic)');
  table('All', new Map([['all', tuned]]));
  table(
    'Per corpus',
    groupBy(tuned, (r) => r.truth.corpus),
  );
  table(
    'Per producer',
    groupBy(tuned, (r) => `${r.truth.corpus} · ${r.truth.producer}`),
  );
  table(
    'Per layout',
    groupBy(tuned, (r) => `${r.truth.corpus} · ${r.truth.layout}`),
  );
  counts(tuned);
}
for (const corpus of holdouts) {
  const rs = results.filter((r) => r.truth.corpus === corpus);
  console.log(`\n## Hold-out corpus fixtures/${corpus} (never tuned on)`);
  table(`${corpus}, all`, new Map([[corpus, rs]]));
  table(
    `${corpus} per producer`,
    groupBy(rs, (r) => `${corpus} · ${r.truth.producer}`),
  );
  table(
    `${corpus} per layout`,
    groupBy(rs, (r) => `${corpus} · ${r.truth.layout}`),
  );
  counts(rs);
}
if (holdouts.length > 0 && tuned.length > 0) {
  // Every file together, and per producer across all corpora: how a producer fares whatever the wording.
  console.log('\n## Every corpus together (tuned and hold-out)');
  table('All corpora', new Map([['every corpus', results]]));
  table(
    'All corpora per producer',
    groupBy(results, (r) => `every corpus · ${r.truth.producer}`),
  );
  counts(results);
}
const all = tally(results);
const zoo = results.filter((r) => r.truth.corpus === 'zoo');
const goldenChecked = zoo.filter((r) => r.goldenChecked > 0).length;
if (zoo.length > 0)
  console.log(
    goldenChecked === 0
      ? '  seed golden files: none in tests/golden/reference or tests/golden/expectations for the zoo seeds'
      : `  seed golden facts missing in zoo files: ${all.goldenMisses} (over ${goldenChecked} files)`,
  );

console.log(
  '\nMisses per file (− truth fact not found, + extracted fact not in the truth, ! wrong number without warning):',
);
for (const r of results) {
  const lines: string[] = [];
  if (r.error) lines.push(`  error: ${r.error}`);
  for (const k of onlyKinds) {
    const s = r.score?.kinds[k];
    if (!s) continue;
    for (const m of s.misses) lines.push(`  − ${k}: ${m}`);
    if (showMisses) for (const x of s.extras) lines.push(`  + ${k}: ${x}`);
  }
  if (onlyKinds.includes('measures'))
    for (const m of r.score?.details.misses ?? []) lines.push(`  − details ${m}`);
  for (const w of r.score?.wrongUnwarned ?? []) lines.push(`  ! effect: ${w}`);
  for (const g of r.goldenMisses) lines.push(`  − golden: ${g}`);
  if (lines.length === 0) continue;
  const counts = r.score
    ? FACT_KINDS.map((k) => `${k} ${r.score?.kinds[k].found}/${r.score?.kinds[k].expected}`).join(', ')
    : 'failed';
  console.log(`${r.name} [${r.truth.producer} · ${r.truth.layout}] ${counts}`);
  const limit = showMisses ? lines.length : 12;
  for (const line of lines.slice(0, limit)) console.log(line);
  if (lines.length > limit)
    console.log(`  … ${lines.length - limit} more (--misses shows all, also the extra facts)`);
}
console.log(`\n${results.length} files in ${((Date.now() - started) / 1000).toFixed(1)} s`);
