/**
 * `namndkoll measures [words…] [--region SE-W] [--year 2024] [--category staffing_agency]`: measures as
 * `GET /measures` finds them (words match title and evidence, accents ignored).
 */
import { parseArgs } from 'node:util';
import { loadSnapshot } from '../../functions/api/cli-source.ts';
import { MeasuresParams, parseParams } from '../../functions/api/params.ts';
import { listMeasures } from '../../functions/api/query.ts';
import { COMMON_OPTIONS, COMMON_USAGE, output, parseFormat, runCommand } from '../format.ts';
import { defined } from './documents.ts';

const USAGE = `Usage: namndkoll measures [words…] [options]

Lists measures; words (or --q) must all occur in the title or evidence, accents ignored.

Filters:
  --region <code>      SE-W, W, … or unknown
  --year <yyyy>        measures with an effect that year (the amount column shows it)
  --category <key>     staffing_agency, purchased_care, pharmaceuticals, … other
  --q <words>          same as the positional words
  --limit <n>          at most n measures (default 1000)
${COMMON_USAGE}`;

export function run(argv: string[]): Promise<number> {
  return runCommand('measures', USAGE, async () => {
    const { values, positionals } = parseArgs({
      args: argv,
      options: {
        ...COMMON_OPTIONS,
        region: { type: 'string' },
        year: { type: 'string' },
        category: { type: 'string' },
        q: { type: 'string' },
        limit: { type: 'string' },
      },
      allowPositionals: true,
    });
    if (values.help) {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    const format = parseFormat(values.format);
    const words = [values.q, ...positionals].filter((word) => word !== undefined).join(' ');
    const query = parseParams(
      MeasuresParams,
      defined({
        region: values.region,
        year: values.year,
        category: values.category,
        q: words.length > 0 ? words : undefined,
        limit: values.limit,
      }),
    );
    const result = listMeasures(await loadSnapshot(values), query);
    const amountHeader = query.year !== undefined ? `${query.year} (mkr)` : 'Effekter (mkr)';
    output(
      format,
      {
        name: 'Åtgärder',
        header: ['Region', 'Kategori', 'Åtgärd', amountHeader, 'Sida', 'Dokument'],
        amountColumns: query.year !== undefined ? [3] : [],
        rows: result.measures.map((measure) => [
          measure.region?.name ?? 'okänd',
          measure.categoryName,
          measure.title,
          query.year !== undefined
            ? measure.amountMsek
            : measure.effects
                // The figure as the page prints it, when quoted ("2024: 18,5").
                .map(
                  (effect) => `${effect.year}: ${effect.raw ?? String(effect.amountMsek).replace('.', ',')}`,
                )
                .join(', '),
          measure.page,
          measure.documentTitle ?? measure.documentId.slice(0, 19),
        ]),
      },
      result,
    );
    if (format === 'table' && result.count > result.measures.length) {
      process.stderr.write(`(${result.measures.length} of ${result.count} shown; use --limit)\n`);
    }
    return 0;
  });
}
