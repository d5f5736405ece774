/**
 * `namndkoll compare SE-W SE-Z --year 2024` (or `--years 2023-2025`): categories as rows, regions (× years)
 * as columns, mkr per cell — the same comparison as `GET /compare`, with each document's stated totals and
 * whether they reconcile.
 */
import { parseArgs } from 'node:util';
import { loadSnapshot } from '../../functions/api/cli-source.ts';
import { compareSheets } from '../../functions/api/export.ts';
import { CompareParams, parseParams, toCompareQuery } from '../../functions/api/params.ts';
import { compare } from '../../functions/api/query.ts';
import { formatMsek } from '../../functions/api/swedish.ts';
import { COMMON_OPTIONS, COMMON_USAGE, output, parseFormat, runCommand, UsageError } from '../format.ts';
import { defined } from './documents.ts';

const USAGE = `Usage: namndkoll compare <region> [<region>…] (--year <yyyy> | --years <from-to>) [options]

Compares regions side by side per measure category (sums of measure effects, mkr).
Example: namndkoll compare SE-W SE-Z --year 2024

  --year <yyyy>        one year
  --years <a-b|a,b>    several years (a range such as 2023-2025, or a list)
  --measures           list the measures behind each cell under the table
${COMMON_USAGE}`;

export function run(argv: string[]): Promise<number> {
  return runCommand('compare', USAGE, async () => {
    const { values, positionals } = parseArgs({
      args: argv,
      options: {
        ...COMMON_OPTIONS,
        year: { type: 'string' },
        years: { type: 'string' },
        measures: { type: 'boolean' },
      },
      allowPositionals: true,
    });
    if (values.help) {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    if (positionals.length === 0)
      throw new UsageError('name at least one region, e.g. namndkoll compare SE-W SE-Z --year 2024');
    const format = parseFormat(values.format);
    const query = toCompareQuery(
      parseParams(
        CompareParams,
        defined({ regions: positionals.join(','), year: values.year, years: values.years }),
      ),
    );
    const comparison = compare(await loadSnapshot(values), query);
    const [table, measures] = compareSheets(comparison);
    output(format, table!, comparison);
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
          : `STÄMMER INTE: åtgärderna summerar till ${formatMsek(total.sumOfMeasures)} mkr`;
        notes.push(
          `  ${doc.region.name}, ${doc.title ?? doc.fileName}: ${total.label} ${total.year} ${formatMsek(total.amountMsek)} mkr (s. ${total.page}) — ${state}`,
        );
      }
    }
    if (notes.length > 0)
      process.stdout.write(`\nDokumentens angivna totaler:\n${notes.join('\n').replace(/\u00a0/g, ' ')}\n`);
    return 0;
  });
}
