/**
 * Issue 11, case 3 on the local stack: while a hostile upload (a million text items) is extracted, the
 * API keeps answering; the upload ends as a failed/ record with PDF_TOO_COMPLEX, not a frozen stack.
 */
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { createS3Client } from '../../functions/lib/s3-client.ts';
import { startLocalStack } from '../../infra/local/start.ts';
import { documentIdOf } from '../../parsers/index.ts';
import { manyItemsPdf } from '../helpers/hostile-pdfs.ts';
import { put, tempDataDir } from './helpers.ts';

const dataDir = tempDataDir('hostile');
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('local stack under a hostile upload', () => {
  it('answers /health while the upload is extracted, then records PDF_TOO_COMPLEX', async () => {
    const stack = await startLocalStack({
      port: 0,
      apiPort: 0,
      dataDir,
      seed: false,
      logLevel: 'SILENT',
      extractLimits: { timeBudgetMs: 6_000 },
    });
    const s3 = createS3Client({ endpoint: stack.s3Endpoint, credentials: stack.credentials });
    try {
      const bytes = manyItemsPdf(1_000_000);
      await put(s3, stack.bucket, 'uploads/million.pdf', bytes);
      const latencies: number[] = [];
      const until = Date.now() + 5_000;
      while (Date.now() < until) {
        const started = performance.now();
        const response = await fetch(`${stack.apiUrl}/health`);
        expect(response.status).toBe(200);
        latencies.push(performance.now() - started);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      await stack.idle();
      latencies.sort((a, b) => a - b);
      console.log(
        `/health during extraction: ${latencies.length} answers, slowest ${latencies.at(-1)?.toFixed(0)} ms`,
      );
      // In-process, the same file froze the event loop for tens of seconds.
      expect(latencies.at(-1)).toBeLessThan(2_000);
      const { documentId } = documentIdOf(bytes);
      const record = JSON.parse(
        new TextDecoder().decode((await stack.store.getObject(`failed/${documentId}.json`)).bytes),
      ) as { code: string; message: string };
      expect(record.code).toBe('PDF_TOO_COMPLEX');
      // Which guard stops it first depends on the machine's speed: the time budget, or the count of
      // text items on its page once pdf.js has read them all. Either is the typed, recorded reason.
      expect(record.message).toMatch(/time budget|text items, over the limit/);
    } finally {
      s3.destroy();
      await stack.stop();
    }
  }, 180_000);
});
