/**
 * The short fuzz run (issue 11): generated hostile PDFs through the extraction pool, with the figures the
 * long run (`npm run fuzz -- --count 10000`) prints. Every case ends extracted or with a typed code;
 * none runs past the time budget; no job grows memory past the ceiling.
 */
import { describe, expect, it } from 'vitest';
import { formatReport, fuzz } from '../../scripts/fuzz.ts';

describe('fuzz (short run)', () => {
  it('120 hostile PDFs: 0 untyped errors, 0 runs past the time budget, peak memory under the ceiling', async () => {
    const report = await fuzz({
      count: 120,
      seed: 7,
      timeBudgetMs: 10_000,
      memoryCeilingMb: 512,
      overrunSlackMs: 2_000,
      concurrency: 2,
    });
    console.log(formatReport(report));
    expect(report.done).toBe(120);
    expect(report.untypedSamples).toEqual([]);
    expect(report.untyped).toBe(0);
    expect(report.overruns).toBe(0);
    expect(report.peakMemoryMb).toBeLessThan(report.memoryCeilingMb);
    // The run exercised both sides: readable damage is read, hostile files are refused typed.
    expect(report.extracted).toBeGreaterThan(0);
    expect(report.codes['PDF_TOO_COMPLEX'] ?? 0).toBeGreaterThan(0);
  }, 300_000);
});
