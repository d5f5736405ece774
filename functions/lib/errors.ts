/**
 * Errors of the serverless side (storage, configuration, events). Extraction failures are the parsers'
 * `ExtractionError`; these are infrastructure faults, which the ingest handler lets the queue retry.
 */

export type PipelineErrorCode =
  | 'OBJECT_NOT_FOUND'
  | 'STORE_FAILED'
  | 'CONFIG_INVALID'
  | 'EVENT_INVALID'
  /** The document index (doc-index.ts) could not be updated: too many concurrent writers, or unreadable. */
  | 'INDEX_CONFLICT';

export class PipelineError extends Error {
  override readonly name: string = 'PipelineError';
  readonly code: PipelineErrorCode;

  constructor(code: PipelineErrorCode, message: string, options: { cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
  }
}

/** The key is not in the bucket (deleted after the event, or never there). */
export class ObjectNotFoundError extends PipelineError {
  override readonly name: string = 'ObjectNotFoundError';
  readonly key: string;

  constructor(key: string, options: { cause?: unknown } = {}) {
    super('OBJECT_NOT_FOUND', `no object at ${key}`, options);
    this.key = key;
  }
}

/** The store answered with something other than success or not-found (throttling, 5xx, network). */
export class StoreError extends PipelineError {
  override readonly name: string = 'StoreError';

  constructor(message: string, options: { cause?: unknown } = {}) {
    super('STORE_FAILED', message, options);
  }
}

export class ConfigError extends PipelineError {
  override readonly name: string = 'ConfigError';

  constructor(message: string, options: { cause?: unknown } = {}) {
    super('CONFIG_INVALID', message, options);
  }
}

/** An SQS record whose body is not an S3 notification we understand: retrying will not help. */
export class EventError extends PipelineError {
  override readonly name: string = 'EventError';

  constructor(message: string, options: { cause?: unknown } = {}) {
    super('EVENT_INVALID', message, options);
  }
}

export function isObjectNotFound(error: unknown): error is ObjectNotFoundError {
  return error instanceof ObjectNotFoundError;
}
