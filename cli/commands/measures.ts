/**
 * `namndkoll measures [words…] [--region SE-W] [--year 2024] [--category staffing_agency]`: measures as
 * `GET /measures` finds them (words match title and evidence, accents ignored).
 */
import { loadMeasures } from '../../functions/api/cli-source.ts';
import { measuresQuery } from '../../query/param-values.ts';
import { swedishDecimal } from '../../query/swedish.ts';
import { checkCategory, checkLimit, checkRegion, checkYear, optional, readArgs } from '../args.ts';
import { COMMON_OPTIONS, COMMON_USAGE, noData, output, parseFormat, runCommand } from '../format.ts';
import { defined, describeFilters } from './documents.ts';

const USAGE = `Användning: namndkoll measures [ord…] [flaggor]

Listar åtgärder; alla ord (eller --q) ska finnas i rubriken eller belägget, accenter spelar ingen roll.

Urval:
  --region <kod>       SE-W, W, … eller unknown
  --year <åååå>        åtgärder med effekt det året (beloppskolumnen visar den)
  --category <nyckel>  staffing_agency, purchased_care, pharmaceuticals, … other
  --q <ord>            samma som orden
  --limit <n>          högst n åtgärder (förval 1000)
${COMMON_USAGE}`;

const OPTIONS = {
  ...COMMON_OPTIONS,
  region: { type: 'string' },
  year: { type: 'string' },
  category: { type: 'string' },
  q: { type: 'string' },
  limit: { type: 'string' },
} as const;

export function run(argv: string[]): Promise<number> {
  return runCommand('measures', USAGE, async () => {
    const { values, positionals } = readArgs(argv, OPTIONS, true);
    if (values.help) {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    const format = parseFormat(values.format);
    const words = [values.q, ...positionals].filter((word) => word !== undefined).join(' ');
    const query = await measuresQuery(
      defined({
        region: optional(values.region, (raw) => checkRegion(raw, 'i --region')),
        year: optional(values.year, checkYear),
        category: optional(values.category, checkCategory),
        q: words.length > 0 ? words : undefined,
        limit: optional(values.limit, checkLimit),
      }),
    );
    const result = await loadMeasures(values, query);
    const nothing = `Inga åtgärder för ${describeFilters(values, words)}.`;
    if (result.count === 0 && format === 'table') return noData(nothing);
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
                .map((effect) => `${effect.year}: ${effect.raw ?? swedishDecimal(effect.amountMsek)}`)
                .join(', '),
          measure.page,
          measure.documentTitle ?? measure.documentId.slice(0, 19),
        ]),
      },
      result,
    );
    if (format === 'table' && result.count > result.measures.length) {
      process.stderr.write(`(${result.measures.length} av ${result.count} visas; ändra med --limit)\n`);
    }
    return result.count === 0 ? noData(nothing) : 0;
  });
}
