/** How the CLI reports failures: one line on stderr, a stable code first, never a stack trace. */
import { isExtractionError } from '../parsers/errors.ts';

export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

export function reportError(error: unknown): number {
  if (error instanceof UsageError) {
    process.stderr.write(`namndkoll: ${error.message}\n`);
    return EXIT.usage;
  }
  if (isExtractionError(error)) {
    process.stderr.write(`${error.code}: ${error.message}\n`);
    return EXIT.failed;
  }
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`${typeof code === 'string' ? `${code}: ` : 'namndkoll: '}${message}\n`);
  if (process.env['NAMNDKOLL_DEBUG'] && error instanceof Error) process.stderr.write(`${error.stack}\n`);
  return EXIT.failed;
}
