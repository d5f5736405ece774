/**
 * Lambda entry: an EventBridge schedule (every 15 minutes) → one compaction run of the facts landing zone
 * into Parquet (service.ts). The event carries nothing the run needs. A run that finds the lock held ends
 * quietly (the function has reserved concurrency 1, so that is a run outliving its schedule); any other
 * failure is thrown, so EventBridge retries it and then sends it to the dead-letter queue, whose alarm
 * tells the operators.
 */
import { config } from '../lib/config.ts';
import { createLogger, type Logger } from '../lib/logger.ts';
import { createS3Client } from '../lib/s3-client.ts';
import { S3CompactionObjects } from './objects.ts';
import { CompactionBusy, type CompactionReport, compactBucket } from './service.ts';

let built: { objects: S3CompactionObjects; logger: Logger } | undefined;

export async function handler(): Promise<CompactionReport | { status: 'busy' }> {
  if (!built) {
    const settings = config();
    built = {
      objects: new S3CompactionObjects(
        createS3Client({ endpoint: settings.s3Endpoint, region: settings.awsRegion }),
        settings.bucket,
      ),
      logger: createLogger({ serviceName: settings.serviceName, logLevel: settings.logLevel }),
    };
  }
  const { objects, logger } = built;
  try {
    const report = await compactBucket(objects, {
      maxDocuments: Number(process.env['COMPACT_MAX_DOCUMENTS'] ?? 5000) || 5000,
    });
    logger.info('compacted', { ...report });
    return report;
  } catch (error) {
    if (error instanceof CompactionBusy) {
      logger.warn('another compaction is running; this run ends', { reason: error.message });
      return { status: 'busy' };
    }
    throw error;
  }
}
