/**
 * The local stack compacts the facts landing zone (cli/compaction.ts) once ingest has settled: each
 * finished batch (re)starts a timer, and when it runs out and the queue is idle, one compaction runs.
 * Uploads arriving meanwhile simply land and are folded in by the next run; `namndkoll sql` reads parts
 * and landing zone alike, so nothing waits for the compaction.
 */
import { findFacts } from '../../cli/commands/sql.ts';
import { CompactionBusy, type CompactionReport, compactFacts } from '../../cli/compaction.ts';
import type { Logger } from '../../functions/lib/logger.ts';

export interface CompactAfterIngest {
  /** Call after each ingest batch: restarts the quiet period. */
  touch(): void;
  /** Stops the timer and waits for a running compaction. */
  close(): Promise<void>;
}

export function compactAfterIngest(options: {
  dataDir: string;
  bucket: string;
  /** Quiet period after the last batch before compacting (ms). */
  quietMs: number;
  idle: () => Promise<void>;
  logger: Logger;
  onCompacted?: (report: CompactionReport) => void;
}): CompactAfterIngest {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let closed = false;
  const run = async (): Promise<void> => {
    await options.idle();
    if (closed) return;
    try {
      const source = findFacts({ data: options.dataDir, bucket: options.bucket });
      const report = await compactFacts(source);
      options.logger.info('facts compacted into Parquet', { ...report, ms: Math.round(report.ms) });
      options.onCompacted?.(report);
    } catch (error) {
      // No facts yet, or `namndkoll compact` running: the next batch tries again.
      const level = error instanceof CompactionBusy ? 'info' : 'warn';
      options.logger[level]('facts compaction not done', { error: String(error) });
    }
  };
  const touch = (): void => {
    if (closed) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (running) {
        // One at a time: batches that finished during a run start another quiet period after it.
        void running.then(touch);
        return;
      }
      running = run().finally(() => {
        running = undefined;
      });
    }, options.quietMs);
    timer.unref();
  };
  return {
    touch,
    close: async () => {
      closed = true;
      clearTimeout(timer);
      await running;
    },
  };
}
