/**
 * `namndkoll compare SE-W SE-Z --year 2024` (or `--years 2023-2025`): categories as rows, regions (× years)
 * as columns, mkr per cell — the same comparison as `GET /compare`, with each document's stated totals and
 * whether they reconcile.
 */
import { loadComparison } from '../../functions/api/cli-source.ts';
import { compareSheets } from '../../query/export.ts';
import { compareParams, toCompareQuery } from '../../query/param-values.ts';
import { formatMkr } from '../../query/swedish.ts';
import { displayFileName } from '../../web/messages-sv.js';
import { checkRegion, checkYear, checkYears, optional, readArgs } from '../args.ts';
import {
  COMMON_OPTIONS,
  COMMON_USAGE,
  noData,
  output,
  parseFormat,
  runCommand,
  UsageError,
} from '../format.ts';
import { defined } from './documents.ts';

const USAGE = `Användning: namndkoll compare <region> [<region>…] (--year <åååå> | --years <från-till>) [flaggor]

Jämför regioner sida vid sida per åtgärdskategori (summor av åtgärdernas effekter, mkr).
Exempel: namndkoll compare SE-W SE-Z --year 2024

  --year <åååå>        ett år
  --years <a-b|a,b>    flera år (ett intervall som 2023-2025, eller en lista)
  --measures           lista åtgärderna bakom varje cell under tabellen
${COMMON_USAGE}`;

const OPTIONS = {
  ...COMMON_OPTIONS,
  year: { type: 'string' },
  years: { type: 'string' },
  measures: { type: 'boolean' },
} as const;

export function run(argv: string[]): Promise<number> {
  return runCommand('compare', USAGE, async () => {
    const { values, positionals } = readArgs(argv, OPTIONS, true);
    if (values.help) {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    if (positionals.length === 0)
      throw new UsageError('ange minst en region, t.ex. namndkoll compare SE-W SE-Z --year 2024');
    const regions = positionals.map((raw) => checkRegion(raw, 'bland regionerna'));
    if (values.year === undefined && values.years === undefined)
      throw new UsageError(
        `ange ett år: namndkoll compare ${positionals.join(' ')} --year 2024 (eller --years 2023-2025)`,
      );
    if (values.year !== undefined && values.years !== undefined)
      throw new UsageError('ange antingen --year eller --years, inte båda');
    const format = parseFormat(values.format);
    const query = toCompareQuery(
      await compareParams(
        defined({
          regions: regions.join(','),
          year: optional(values.year, checkYear),
          years: optional(values.years, checkYears),
        }),
      ),
    );
    // Only the compared regions' partitions of the index are read (the whole catalog without an index).
    const comparison = await loadComparison(values, query);
    const [table, measures] = compareSheets(comparison);
    const empty = comparison.columnTotals.every((total) => total === null);
    const years = query.years.length > 1 ? `${query.years[0]}–${query.years.at(-1)}` : `${query.years[0]}`;
    const asked = `${comparison.regions.map((region) => region.name).join(', ')} ${years}`;
    // Machine formats always print (an empty result is still valid JSON/CSV); a person gets one line.
    if (format !== 'table' || !empty) output(format, table!, comparison);
    if (empty)
      return noData(
        `Inga uppgifter för ${asked}: inga åtgärder med effekt ${query.years.length > 1 ? 'de åren' : 'det året'} i ${query.regions.length > 1 ? 'de valda regionerna' : 'regionen'}.`,
      );
    if (format !== 'table') return 0;

    if (values.measures) {
      process.stdout.write('\n');
      output(
        'table',
        {
          ...measures!,
          rows: measures!.rows.map((row) => row.slice(0, 5).concat(row.slice(7, 8))),
          header: [...measures!.header.slice(0, 5), 'Sida'],
        },
        null,
      );
    }
    const notes: string[] = [];
    for (const doc of comparison.documents) {
      for (const total of doc.totals) {
        const state = total.reconciled
          ? 'stämmer'
          : `STÄMMER INTE: åtgärderna summerar till ${formatMkr(total.sumOfMeasures)}`;
        notes.push(
          `  ${doc.region.name}, ${doc.title ?? displayFileName(doc.fileName)}: ${total.label} ${total.year} ${formatMkr(total.amountMsek)} (s. ${total.page}) — ${state}`,
        );
      }
    }
    if (notes.length > 0)
      process.stdout.write(`\nDokumentens angivna totaler:\n${notes.join('\n').replace(/\u00a0/g, ' ')}\n`);
    return 0;
  });
}
