/**
 * `namndkoll decisions [words…] [--region SE-Z] [--year 2024]`: decision points as `GET /decisions` lists them.
 */
import { loadDecisions } from '../../functions/api/cli-source.ts';
import { decisionsQuery } from '../../query/param-values.ts';
import { checkLimit, checkRegion, checkYear, optional, readArgs } from '../args.ts';
import { COMMON_OPTIONS, COMMON_USAGE, noData, output, parseFormat, runCommand } from '../format.ts';
import { defined, describeFilters } from './documents.ts';

const USAGE = `Användning: namndkoll decisions [ord…] [flaggor]

Listar beslutspunkter och förslag till beslut; alla ord (eller --q) ska finnas i texten, accenter spelar
ingen roll.

Urval:
  --region <kod>     SE-W, W, … eller unknown
  --year <åååå>      dokument vars siffror gäller det året
  --q <ord>          samma som orden
  --limit <n>        högst n beslutspunkter (förval 1000)
${COMMON_USAGE}`;

const OPTIONS = {
  ...COMMON_OPTIONS,
  region: { type: 'string' },
  year: { type: 'string' },
  q: { type: 'string' },
  limit: { type: 'string' },
} as const;

export function run(argv: string[]): Promise<number> {
  return runCommand('decisions', USAGE, async () => {
    const { values, positionals } = readArgs(argv, OPTIONS, true);
    if (values.help) {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    const format = parseFormat(values.format);
    const words = [values.q, ...positionals].filter((word) => word !== undefined).join(' ');
    const query = await decisionsQuery(
      defined({
        region: optional(values.region, (raw) => checkRegion(raw, 'i --region')),
        year: optional(values.year, checkYear),
        q: words.length > 0 ? words : undefined,
        limit: optional(values.limit, checkLimit),
      }),
    );
    const result = await loadDecisions(values, query);
    const nothing = `Inga beslutspunkter för ${describeFilters(values, words)}.`;
    if (result.count === 0 && format === 'table') return noData(nothing);
    output(
      format,
      {
        name: 'Beslut',
        header: ['Region', 'Punkt', 'Slag', 'Av', 'Text', 'Sida', 'Dokument'],
        amountColumns: [],
        rows: result.decisions.map((decision) => [
          decision.region?.name ?? 'okänd',
          decision.decisionId,
          decision.kind === 'proposal' ? 'förslag' : 'beslut',
          decision.actor ?? '',
          decision.text,
          decision.page,
          decision.documentTitle ?? decision.documentId.slice(0, 19),
        ]),
      },
      result,
    );
    return result.count === 0 ? noData(nothing) : 0;
  });
}
