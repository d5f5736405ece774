/**
 * The corpus truths are consistent and in step with their generator: every synthetic truth is what
 * fixtures/synthetic/generate.ts writes for that paper today (so a changed generator without
 * regenerated fixtures fails here), and every stated total is the sum of its measures (unless its truth
 * marks it as not reconciled).
 */
import { describe, expect, it } from 'vitest';
import { holdoutTruths } from '../../fixtures/holdout/generate.ts';
import { holdout2Truths } from '../../fixtures/holdout2/generate.ts';
import { holdout4Truths } from '../../fixtures/holdout4/generate.ts';
import { PAPER_COUNT, synthesize } from '../../fixtures/synthetic/generate.ts';
import { listCorpus } from './corpus.ts';

const entries = listCorpus();
const synthetic = entries.filter((e) => e.truth.corpus === 'synthetic');

describe('corpus truths', () => {
  it('every synthetic paper of the generator is committed with the truth it writes today', () => {
    expect(synthetic).toHaveLength(PAPER_COUNT);
    for (let i = 0; i < PAPER_COUNT; i++) {
      const made = synthesize(i);
      const entry = synthetic.find((e) => e.name.endsWith(`/${made.name}`));
      expect(entry, made.name).toBeDefined();
      expect(entry?.truth).toEqual({ ...made.truth, producer: made.producer, layout: made.layout.name });
    }
  });

  it('each stated total is the sum of the measures of its year', () => {
    for (const e of entries) {
      for (const total of e.truth.totals ?? []) {
        if (e.truth.seed === '004') continue; // 004's totals come from its summary table, not the measures.
        // A total the paper states wrongly on purpose (hold-out 22: a mismatch the extraction must not
        // reconcile) says so in its truth.
        if ((total as { reconciled?: boolean }).reconciled === false) continue;
        // The sum of all the paper's measures, or — a paper of two tables, each with its own sum (hold-out
        // 26) — of one run of consecutive measures (a table's rows in the truth's reading order).
        const values = (e.truth.measures ?? []).map((m) => m.effects?.[String(total.year)] ?? 0);
        let best = Number.POSITIVE_INFINITY;
        for (let from = 0; from < values.length; from++) {
          let sum = 0;
          for (let to = from; to < values.length; to++) {
            sum += values[to] ?? 0;
            best = Math.min(best, Math.abs(sum - total.amountMsek));
            // A table that prints cost changes (hold-out 46: "minus = minskad kostnad") states its sum as
            // printed, a negative cost change, beside measures whose effects are savings: the negated sum.
            if (total.amountMsek < 0 && sum > 0) best = Math.min(best, Math.abs(sum + total.amountMsek));
          }
        }
        expect(best, `${e.name} ${total.year}`).toBeLessThan(0.051);
      }
    }
  });

  it('titles are distinct within a paper, so a measure cannot match two truths', () => {
    for (const e of synthetic) {
      const titles = (e.truth.measures ?? []).map((m) => m.titleIncludes.toLowerCase());
      for (const t of titles)
        expect(
          titles.filter((u) => u.includes(t)),
          `${e.name}: ${t}`,
        ).toHaveLength(1);
    }
  });
});

describe('hold-out corpus truths', () => {
  const holdout = entries.filter((e) => e.truth.corpus === 'holdout');

  it('every hold-out paper of its generator is committed with the truth the generator writes today', () => {
    const made = holdoutTruths();
    expect(holdout.map((e) => e.name.split('/').at(-1)).sort()).toEqual(made.map((m) => m.name).sort());
    for (const m of made) {
      expect(holdout.find((e) => e.name.endsWith(`/${m.name}`))?.truth, m.name).toEqual(m.truth);
    }
  });

  it('holds at least 24 papers of other producers and layouts, some of them scans', () => {
    expect(holdout.length).toBeGreaterThanOrEqual(24);
    expect(new Set(holdout.map((e) => e.truth.producer))).toEqual(
      new Set(['impress', 'writer-odt', 'writer-odt-tagged', 'chromium', 'pdfkit', 'scan']),
    );
    expect(holdout.filter((e) => e.truth.producer === 'scan').length).toBeGreaterThanOrEqual(4);
  });
});

describe('second hold-out corpus truths', () => {
  const holdout2 = entries.filter((e) => e.truth.corpus === 'holdout2');

  it('every paper of its generator is committed with the truth the generator writes today', () => {
    const made = holdout2Truths();
    expect(holdout2.map((e) => e.name.split('/').at(-1)).sort()).toEqual(made.map((m) => m.name).sort());
    for (const m of made) {
      expect(holdout2.find((e) => e.name.endsWith(`/${m.name}`))?.truth, m.name).toEqual(m.truth);
    }
  });

  it('states every measure table total as the sum of its measures', () => {
    for (const e of holdout2) {
      const years = new Set((e.truth.measures ?? []).flatMap((m) => Object.keys(m.effects ?? {})));
      for (const t of e.truth.totals ?? []) {
        const sum = (e.truth.measures ?? []).reduce((s, m) => s + (m.effects?.[String(t.year)] ?? 0), 0);
        expect(years.has(String(t.year)), `${e.name} ${t.year}`).toBe(true);
        expect(Math.abs(sum - t.amountMsek), `${e.name} ${t.year}`).toBeLessThan(0.001);
      }
    }
  });
});

describe('fourth hold-out corpus truths', () => {
  const holdout4 = entries.filter((e) => e.truth.corpus === 'holdout4');

  it('every paper of its generator is committed with the truth the generator writes today', () => {
    const made = holdout4Truths();
    expect(holdout4.map((e) => e.name.split('/').at(-1)).sort()).toEqual(made.map((m) => m.name).sort());
    for (const m of made) {
      expect(holdout4.find((e) => e.name.endsWith(`/${m.name}`))?.truth, m.name).toEqual(m.truth);
    }
  });

  it('gives every decision point of a paper its own id, and a malformed date no date', () => {
    for (const e of holdout4) {
      const ids = (e.truth.decisions ?? []).map((d) => d.id);
      expect(new Set(ids).size, e.name).toBe(ids.length);
    }
    expect(holdout4.some((e) => e.truth.document.date === null)).toBe(true);
  });
});
