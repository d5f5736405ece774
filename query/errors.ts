/**
 * Errors of the query API. Services throw these; the router (functions/api/router.ts) maps them to HTTP statuses and a JSON body
 * `{ error: { code, message } }`. Anything else becomes a 500 with a generic message (never a stack trace).
 */
export type QueryErrorCode = 'BAD_REQUEST' | 'NOT_FOUND' | 'PAYLOAD_TOO_LARGE' | 'STORE_UNAVAILABLE';

export class QueryError extends Error {
  override name = 'QueryError';
  constructor(
    readonly code: QueryErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export class BadRequestError extends QueryError {
  override name = 'BadRequestError';
  constructor(message: string) {
    super('BAD_REQUEST', message);
  }
}

export class NotFoundError extends QueryError {
  override name = 'NotFoundError';
  constructor(message: string) {
    super('NOT_FOUND', message);
  }
}
