/**
 * How V8 tiers up the extraction code: later, and with smaller optimised units.
 *
 * Extraction runs a lot of large functions (pdf.js's text-content and parser loops, our layout passes) a
 * moderate number of times per document. With V8's defaults each of them is optimised by TurboFan after
 * a few thousand bytecodes' worth of calls, with everything its callees inline into it, then deoptimised
 * when a later page brings an object of another shape, and optimised again: measured over the 250
 * fixture PDFs with `--trace-opt` (one worker), 1,470 TurboFan compilations taking 19.5 s of compiler
 * time, one function alone (pdf.js's text-content loop) compiled 25 times at ~120 ms each. Those
 * compilations run on V8's background threads, so on a 2-core machine with two extraction workers they
 * take the cores the workers need: a batch's CPU time was about half compilation.
 *
 * Two flags cut that: a tier-up budget six times the default (a function is optimised only once it has
 * shown it is hot over several pages, by which time its feedback has seen the shapes later pages bring)
 * and a cumulative inlining budget of a fifth of the default (each optimised unit compiles in a fraction
 * of the time; the hot small helpers are still inlined). Measured as alternating runs of the batch
 * command over the fixtures: see README "Performance". They change when code is optimised, never what
 * it computes (the extractions are byte-identical; tests/unit/v8-tiering.test.ts).
 *
 * That is a trade of latency for throughput, so it is made only where the cores are all busy: the pool sets
 * the flags by default (the ingest Lambda: 1024 MB is about 0.6 of a vCPU, so its compiler threads always
 * compete with extraction), but the CLI asks for them only when it runs as many workers as the machine
 * has cores (a batch). One document on a machine with idle cores is faster with V8's defaults, whose
 * compilation then runs beside it for free: measured quiet (`npm run bench -- cli`), `extract` seed-000
 * 546 ms wall with the defaults against 589 ms with the flags, the 120-page paper 2.70 s against 2.92 s.
 *
 * V8's flags belong to the process: they are set once, before the first extraction worker starts, and
 * then hold for every isolate in it. cli/bin.js sets the same list before its early worker on a one-core
 * machine (it runs before any TypeScript can load; the test pins the two lists equal). Each worker is
 * told whether they are set (`workerData.v8Tiering`), so its code cache is kept per setting.
 * `NAMNDKOLL_V8_DEFAULTS=1` keeps V8's defaults everywhere (for A/B measurements).
 */
import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';

export const EXTRACTION_V8_FLAGS: readonly string[] = Object.freeze([
  '--interrupt-budget=405504',
  '--max-inlined-bytecode-size-cumulative=184',
]);

let applied = false;

/** Whether the CLI wants the flags for `workers` extraction workers: when they fill every core. */
export function tieringPaysFor(workers: number, cores: number = availableParallelism()): boolean {
  return workers >= cores;
}

/** Whether EXTRACTION_V8_FLAGS are set in this process. */
export function v8Tuned(): boolean {
  return applied;
}

/** Sets EXTRACTION_V8_FLAGS once per process (unless NAMNDKOLL_V8_DEFAULTS is set); returns whether set. */
export function tuneV8ForExtraction(): boolean {
  if (applied) return true;
  if (process.env['NAMNDKOLL_V8_DEFAULTS']) return false;
  applied = true;
  for (const flag of EXTRACTION_V8_FLAGS) setFlagsFromString(flag);
  return true;
}
