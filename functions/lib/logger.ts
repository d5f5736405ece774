/**
 * Structured JSON logs (Powertools Logger). Every line about a document carries its documentId: the
 * ingest service logs through `forDocument()` as soon as the bytes are hashed.
 */
import { Logger } from '@aws-lambda-powertools/logger';

export type { Logger } from '@aws-lambda-powertools/logger';

type LogLevel = 'DEBUG' | 'INFO' | 'WARN' | 'ERROR' | 'SILENT' | 'CRITICAL';

export function createLogger(options: { serviceName?: string; logLevel?: LogLevel } = {}): Logger {
  return new Logger({
    serviceName: options.serviceName ?? 'namndkoll',
    logLevel: options.logLevel ?? 'INFO',
  });
}

/** A child logger that appends the documentId (and the upload's key) to every line it writes. */
export function forDocument(logger: Logger, keys: { documentId?: string; key?: string }): Logger {
  const persistentKeys: Record<string, string> = {};
  if (keys.documentId) persistentKeys['documentId'] = keys.documentId;
  if (keys.key) persistentKeys['objectKey'] = keys.key;
  return logger.createChild({ persistentKeys });
}
