/**
 * The query commands' options, read and checked in the CLI's own words: a message names the flag as it is
 * typed (`--year 2024`, not the web API's `year=2024`), an unknown flag is answered with the nearest valid
 * one, and every message is Swedish.
 */
import { parseArgs } from 'node:util';
import { DOCUMENT_TYPES, MEASURE_CATEGORIES } from '../parsers/constants.ts';
import { parseRegionFilter } from '../query/regions.ts';
import { UsageError } from './format.ts';

export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
}

/** Edit distance (insertions, deletions, substitutions, and swaps of two neighbours). */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

/** The valid name closest to `typed`, when it is close enough to be what was meant. */
export function nearest(typed: string, names: readonly string[]): string | null {
  let best: { name: string; distance: number } | null = null;
  for (const name of names) {
    const distance = editDistance(typed.toLowerCase(), name.toLowerCase());
    if (!best || distance < best.distance) best = { name, distance };
  }
  if (!best) return null;
  // A prefix (`--reg` for `--region`) or a slip of about a third of the letters is still recognisable.
  const prefix = names.find((name) => typed.length >= 2 && name.startsWith(typed));
  if (prefix) return prefix;
  return best.distance <= Math.max(1, Math.floor(best.name.length / 3)) ? best.name : null;
}

interface Parsed<O extends Record<string, OptionSpec>> {
  values: { [K in keyof O]?: O[K]['type'] extends 'boolean' ? boolean : string };
  positionals: string[];
}

/** Node's parseArgs, with its English errors replaced by one Swedish line each. */
export function readArgs<O extends Record<string, OptionSpec>>(
  argv: string[],
  options: O,
  allowPositionals: boolean,
): Parsed<O> {
  try {
    const { values, positionals } = parseArgs({ args: argv, options, allowPositionals, strict: true });
    return { values: values as Parsed<O>['values'], positionals };
  } catch (error) {
    throw explainArgError(error, argv, options);
  }
}

function explainArgError(error: unknown, argv: string[], options: Record<string, OptionSpec>): Error {
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  const flag = /'(-{1,2}[^'\s=]+)/.exec(message)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const typed = flag.replace(/^-+/, '');
    const names = Object.keys(options);
    const suggestion = nearest(typed, names);
    return new UsageError(
      suggestion
        ? `okänd flagga ${flag} – menade du --${suggestion}?`
        : `okänd flagga ${flag}; giltiga flaggor: ${names.map((name) => `--${name}`).join(', ')}`,
    );
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const name = flag.replace(/^-+/, '');
    const long = options[name] ? name : Object.entries(options).find(([, spec]) => spec.short === name)?.[0];
    if (long && options[long]?.type === 'boolean') return new UsageError(`--${long} tar inget värde`);
    return new UsageError(`--${long ?? name} behöver ett värde${long ? `, t.ex. ${example(long)}` : ''}`);
  }
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
    const extra = /'([^']+)'/.exec(message)?.[1] ?? argv.find((arg) => !arg.startsWith('-')) ?? '';
    return new UsageError(`oväntat argument '${extra}': kommandot tar bara flaggor`);
  }
  return new UsageError(message);
}

const EXAMPLES: Record<string, string> = {
  year: '--year 2024',
  years: '--years 2023-2025',
  region: '--region SE-W',
  category: '--category staffing_agency',
  type: '--type handlingsplan',
  data: '--data .local-data',
  format: '--format csv',
  limit: '--limit 50',
  q: '--q hyrläkare',
  endpoint: '--endpoint http://127.0.0.1:4569',
  bucket: '--bucket namndkoll-local',
};

function example(flag: string): string {
  return EXAMPLES[flag] ?? `--${flag} <värde>`;
}

/** `SE-W`, `se-w`, `W` or `unknown`, checked here so the message names the CLI's flag or argument. */
export function checkRegion(raw: string, what: string): string {
  const region = parseRegionFilter(raw);
  if (region !== null) return region;
  // No "did you mean" here: codes one letter apart are different regions, not typos of each other.
  throw new UsageError(`okänd region '${raw}' ${what}: ange en kod som SE-W eller SE-Z`);
}

export function checkYear(raw: string): string {
  const value = raw.trim();
  if (/^\d{4}$/.test(value) && Number(value) >= 1990 && Number(value) <= 2100) return value;
  throw new UsageError(`--year ska vara ett årtal, t.ex. --year 2024 (fick '${raw}')`);
}

export function checkYears(raw: string): string {
  const range = /^\s*(\d{4})\s*[-–]\s*(\d{4})\s*$/.exec(raw);
  const list = raw.split(',').map((part) => part.trim());
  const ok = range
    ? Number(range[1]) <= Number(range[2]) && Number(range[2]) - Number(range[1]) < 20
    : list.every((part) => /^\d{4}$/.test(part));
  if (!ok) {
    throw new UsageError(
      `--years ska vara ett intervall som --years 2023-2025 (högst 20 år) eller en lista som --years 2023,2025 (fick '${raw}')`,
    );
  }
  return range ? `${range[1]}-${range[2]}` : list.join(',');
}

export function checkCategory(raw: string): string {
  const value = raw.trim();
  if ((MEASURE_CATEGORIES as readonly string[]).includes(value)) return value;
  const near = nearest(value, MEASURE_CATEGORIES);
  throw new UsageError(
    `okänd kategori '${raw}'${near ? ` – menade du ${near}?` : `; en av ${MEASURE_CATEGORIES.join(', ')}`}`,
  );
}

export function checkDocumentType(raw: string): string {
  const value = raw.trim();
  if ((DOCUMENT_TYPES as readonly string[]).includes(value)) return value;
  const near = nearest(value, DOCUMENT_TYPES);
  throw new UsageError(
    `okänd dokumenttyp '${raw}'${near ? ` – menade du ${near}?` : `; en av ${DOCUMENT_TYPES.join(', ')}`}`,
  );
}

export function checkLimit(raw: string): string {
  if (/^\d+$/.test(raw) && Number(raw) >= 1 && Number(raw) <= 100_000) return raw;
  throw new UsageError(`--limit ska vara ett heltal från 1 till 100000 (fick '${raw}')`);
}

/** Run a check only when the option was given. */
export function optional(raw: string | undefined, check: (value: string) => string): string | undefined {
  return raw === undefined ? undefined : check(raw);
}
