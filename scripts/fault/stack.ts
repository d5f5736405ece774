/**
 * The local stack as the fault run's child process (killed with SIGKILL at random moments). Prints
 * `READY {s3,api}` once serving, then `STATS {…}` lines with the queue's counters.
 *
 * FAULT_EXTRACT=stub (the short run) replaces extraction by a quick stand-in through the stack's own
 * injection point (about 20–60 ms per document, and an ExtractionError for bytes marked FAIL), so the run
 * exercises storage, queue, lease and recovery rather than the parser; =real runs the real extractor.
 */

import type { Extract } from '../../functions/ingest/service.ts';
import { startLocalStack } from '../../infra/local/start.ts';
import { ExtractionError } from '../../parsers/errors.ts';
import { fakeExtractAt } from '../../tests/helpers/fake-extract.ts';

const dataDir = process.env['FAULT_DATA_DIR'];
if (!dataDir) throw new Error('FAULT_DATA_DIR is required');
const fake = fakeExtractAt(() => new Date());
const stub: Extract = async (bytes, options) => {
  await new Promise((resolve) => setTimeout(resolve, 20 + (bytes.byteLength % 40)));
  if (Buffer.from(bytes).includes('FAIL'))
    throw new ExtractionError('PDF_CORRUPT', 'marked to fail by the fault run');
  return fake(bytes, options);
};

const stack = await startLocalStack({
  port: 0,
  apiPort: 0,
  dataDir,
  seed: false,
  logLevel: 'WARN',
  ocr: 'none',
  retryDelayMs: 200,
  ...(process.env['FAULT_EXTRACT'] === 'real' ? {} : { extract: stub }),
});
process.stdout.write(`READY ${JSON.stringify({ s3: stack.s3Endpoint, api: stack.apiUrl })}\n`);
setInterval(() => process.stdout.write(`STATS ${JSON.stringify(stack.stats())}\n`), 200);
