/**
 * Output of the query commands: aligned terminal tables, JSON, or the same Swedish CSV as the API's export
 * (`;`, decimal comma, UTF-8 BOM, CRLF).
 */
import { type Cell, type Sheet, toCsv } from '../functions/api/export.ts';
import { formatMsek } from '../functions/api/swedish.ts';

export const OUTPUT_FORMATS = ['table', 'json', 'csv'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export function parseFormat(raw: string | undefined): OutputFormat {
  const value = raw ?? 'table';
  if (!(OUTPUT_FORMATS as readonly string[]).includes(value)) {
    throw new UsageError(`--format must be one of ${OUTPUT_FORMATS.join(', ')}, got '${value}'`);
  }
  return value as OutputFormat;
}

export class UsageError extends Error {
  override name = 'UsageError';
}

/** Longest text shown in a table cell; the rest is cut with an ellipsis (JSON and CSV keep everything). */
const MAX_CELL = 60;

function tableText(cell: Cell, isAmount: boolean, plainNumbers: boolean): string {
  if (cell === null) return isAmount ? '–' : '';
  if (typeof cell === 'number') {
    if (plainNumbers) return String(cell).replace('.', ',');
    return isAmount ? formatMsek(cell).replace(/\u00a0/g, ' ') : String(cell);
  }
  const flat = cell.replace(/\s+/g, ' ').trim();
  return flat.length > MAX_CELL ? `${flat.slice(0, MAX_CELL - 1)}…` : flat;
}

/** An aligned text table: amounts right-aligned, a rule under the header. */
export function renderTable(sheet: Sheet): string {
  const amount = new Set(sheet.amountColumns);
  const cells = sheet.rows.map((row) =>
    row.map((cell, index) => tableText(cell, amount.has(index), sheet.plainNumbers === true)),
  );
  const widths = sheet.header.map((title, index) =>
    Math.max(title.length, ...cells.map((row) => (row[index] ?? '').length)),
  );
  const line = (row: string[]) =>
    row
      .map((text, index) => (amount.has(index) ? text.padStart(widths[index]!) : text.padEnd(widths[index]!)))
      .join('  ')
      .trimEnd();
  return [line(sheet.header), widths.map((width) => '─'.repeat(width)).join('  '), ...cells.map(line)].join(
    '\n',
  );
}

export function write(text: string): void {
  process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
}

/** Print `sheet` as a table or CSV, or `json` as JSON. */
export function output(format: OutputFormat, sheet: Sheet, json: unknown): void {
  if (format === 'json') write(JSON.stringify(json, null, 2));
  else if (format === 'csv') process.stdout.write(toCsv(sheet));
  else write(renderTable(sheet));
}

/** Options every query command takes: where to read, and how to print. */
export const COMMON_OPTIONS = {
  data: { type: 'string' },
  endpoint: { type: 'string' },
  bucket: { type: 'string' },
  format: { type: 'string', short: 'f' },
  help: { type: 'boolean', short: 'h' },
} as const;

export const COMMON_USAGE = `Source (default: the local stack's S3 at http://127.0.0.1:4569, bucket namndkoll-local):
  --data <dir>       read a folder instead: a bucket copy, the local stack's s3rver folder,
                     or a folder of extracted JSON documents
  --endpoint <url>   another S3 endpoint
  --bucket <name>    another bucket (on AWS when no --endpoint is given)
Output:
  --format, -f       table (default), json or csv (Swedish Excel: ';', decimal comma, BOM)
  -h, --help         this text`;

/** Run a command body: usage errors exit 2 with the usage text, other errors exit 1 with one line. */
export async function runCommand(name: string, usage: string, body: () => Promise<number>): Promise<number> {
  try {
    return await body();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`namndkoll ${name}: ${message}\n\n${usage}\n`);
      return 2;
    }
    if ((error as { code?: string }).code === 'BAD_REQUEST') {
      process.stderr.write(`namndkoll ${name}: ${message}\n`);
      return 2;
    }
    process.stderr.write(`namndkoll ${name}: ${message}\n`);
    if (process.env['NAMNDKOLL_DEBUG'] && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    return 1;
  }
}
