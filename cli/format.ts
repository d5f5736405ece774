/**
 * Output of the query commands: aligned terminal tables, JSON, or the same Swedish CSV as the API's export
 * (`;`, decimal comma, UTF-8 BOM, CRLF).
 */
import { type Cell, type Sheet, toCsv } from '../query/export.ts';
import { formatMsek, swedishDecimal } from '../query/swedish.ts';

export const OUTPUT_FORMATS = ['table', 'json', 'csv'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export function parseFormat(raw: string | undefined): OutputFormat {
  const value = raw ?? 'table';
  if (!(OUTPUT_FORMATS as readonly string[]).includes(value)) {
    throw new UsageError(`--format ska vara ${OUTPUT_FORMATS.join(', ')} (fick '${value}')`);
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
    if (plainNumbers) return swedishDecimal(cell);
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

export const COMMON_USAGE = `Källa (förval: den lokala stackens S3 på http://127.0.0.1:4569, bucket namndkoll-local):
  --data <mapp>      läs en mapp i stället: datamappen som \`npm start\` skriver ut (.local-data),
                     en kopia av bucketen eller en mapp med extraherade JSON-dokument
  --endpoint <url>   en annan S3-adress
  --bucket <namn>    en annan bucket (på AWS när --endpoint inte anges)
Utdata:
  --format, -f       table (förval), json eller csv (svenskt Excel: ';', decimalkomma, BOM)
  -h, --help         den här texten
Slutkoder: 0 klart, 1 fel, 2 felaktig användning, 3 inga uppgifter för urvalet.`;

/** Exit codes of the query commands. `noData`: the query ran but found nothing (a script can test for it). */
export const QUERY_EXIT = { ok: 0, failed: 1, usage: 2, noData: 3 } as const;

/** Say on stderr that a query found nothing, and give the exit code that tells a script so. */
export function noData(text: string): number {
  process.stderr.write(`${text}\n`);
  return QUERY_EXIT.noData;
}

/** Run a command body: usage errors exit 2 with one line and a pointer to --help, other errors exit 1. */
export async function runCommand(name: string, _usage: string, body: () => Promise<number>): Promise<number> {
  try {
    return await body();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const code = (error as { code?: string } | null)?.code;
    if (error instanceof UsageError || code?.startsWith('ERR_PARSE_ARGS') || code === 'BAD_REQUEST') {
      process.stderr.write(`namndkoll ${name}: ${message}\n(se namndkoll ${name} --help)\n`);
      return QUERY_EXIT.usage;
    }
    process.stderr.write(`namndkoll ${name}: ${message}\n`);
    if (process.env['NAMNDKOLL_DEBUG'] && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    return QUERY_EXIT.failed;
  }
}
