/**
 * The fault run's short form (scripts/fault/run.ts; `npm run fault` for it or longer runs): 300 uploads
 * to a local stack killed with SIGKILL at random moments in 5 rounds and restarted on the same folder.
 * Every acknowledged upload ends extracted or failed, none is lost, none has facts in two regions.
 */
import { expect, it } from 'vitest';
import { faultSummary, runFault } from '../../scripts/fault/run.ts';

it(
  'loses no acknowledged upload and counts none twice across 5 kill -9 rounds of 300 uploads',
  async () => {
    const report = await runFault({
      uploads: 300,
      rounds: 5,
      seed: 11,
      extract: 'stub',
      concurrency: 8,
      maxRoundMs: 3000,
      settleMs: 4 * 60_000,
      log: () => undefined,
    });
    expect(report.kills).toBe(5);
    expect(report.acknowledged).toBe(report.uploads);
    expect(report.lost).toEqual([]);
    expect(report.countedTwice).toEqual([]);
    expect(report.extracted + report.failed).toBe(report.distinctDocuments);
    expect(report.extracted).toBeGreaterThan(0);
    // Some uploads are built to fail extraction: the run shows both outcomes, not only the happy one.
    expect(report.failed).toBeGreaterThan(0);
    const summary = faultSummary(report);
    process.stdout.write(`${summary}\n`);
    expect(summary).toMatch(
      /^fault run: 300 uploads of \d+ documents, 5 kill -9 rounds: acknowledged 300, extracted \d+, failed \d+, lost 0, duplicated 0$/,
    );
  },
  10 * 60_000,
);
