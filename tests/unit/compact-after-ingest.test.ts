import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findFacts } from '../../cli/commands/sql.ts';
import { type CompactionReport, listLanding, readManifest } from '../../cli/compaction.ts';
import { createLogger } from '../../functions/lib/logger.ts';
import { compactAfterIngest } from '../../infra/local/compact-after-ingest.ts';
import { generateCorpus } from '../../scripts/generate-facts.ts';

const dir = mkdtempSync(join(tmpdir(), 'namndkoll-compact-after-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the local stack compacts once ingest has settled', () => {
  it('runs one compaction after the quiet period that follows the last batch, when the queue is idle', async () => {
    await generateCorpus({ dir, documents: 5, seed: 3 });
    const reports: CompactionReport[] = [];
    let idleCalls = 0;
    const compaction = compactAfterIngest({
      dataDir: dir,
      bucket: 'unused',
      quietMs: 200,
      idle: async () => {
        idleCalls++;
      },
      logger: createLogger({ serviceName: 'test', logLevel: 'SILENT' }),
      onCompacted: (report) => reports.push(report),
    });
    // Three batches in quick succession: one compaction, after the last.
    compaction.touch();
    compaction.touch();
    compaction.touch();
    expect(reports).toEqual([]);
    const deadline = Date.now() + 60_000;
    while (reports.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    await compaction.close();
    expect(reports).toHaveLength(1);
    expect(idleCalls).toBe(1);
    expect(reports[0]?.documents).toBe(5);
    expect(readManifest(findFacts({ data: dir }))?.generation).toBe(1);
    expect(listLanding(findFacts({ data: dir }))).toEqual([]);
  }, 120_000);
});
