/**
 * How the CLI reports failures: one line on stderr, never a stack trace. An extraction failure is said in
 * Swedish with the file's name, its stable code last in brackets for scripts that look for it.
 */
import { isExtractionError } from '../parsers/errors.ts';
import { describeSv } from '../web/messages-sv.js';
import { FileNotFoundError } from './extract-file.ts';

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
    // The message starts with the file name when the parser knows it ("plan.pdf: …", "plan.pdf has …").
    const file = /^(\S[^:]*?\.pdf)(?::| )/i.exec(error.message)?.[1];
    const text = describeSv({ code: error.code, page: error.page }, { kind: 'error' });
    process.stderr.write(`${file ? `${file}: ` : ''}${text} [${error.code}]\n`);
    return EXIT.failed;
  }
  if (error instanceof FileNotFoundError) {
    const text = describeSv({ code: error.code }, { kind: 'error' });
    process.stderr.write(`${error.file}: ${text} [${error.code}]\n`);
    return EXIT.failed;
  }
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`${typeof code === 'string' ? `${code}: ` : 'namndkoll: '}${message}\n`);
  if (process.env['NAMNDKOLL_DEBUG'] && error instanceof Error) process.stderr.write(`${error.stack}\n`);
  return EXIT.failed;
}
