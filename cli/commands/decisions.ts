/**
 * `namndkoll decisions [words…] [--region SE-Z] [--year 2024]`: decision points as `GET /decisions` lists them.
 */
import { parseArgs } from 'node:util';
import { loadSnapshot } from '../../functions/api/cli-source.ts';
import { DecisionsParams, parseParams } from '../../functions/api/params.ts';
import { listDecisions } from '../../functions/api/query.ts';
import { COMMON_OPTIONS, COMMON_USAGE, output, parseFormat, runCommand } from '../format.ts';
import { defined } from './documents.ts';

const USAGE = `Usage: namndkoll decisions [words…] [options]

Lists decision points and proposals; words (or --q) must all occur in the text, accents ignored.

Filters:
  --region <code>    SE-W, W, … or unknown
  --year <yyyy>      documents whose figures concern that year
  --q <words>        same as the positional words
  --limit <n>        at most n decision points (default 1000)
${COMMON_USAGE}`;

export function run(argv: string[]): Promise<number> {
  return runCommand('decisions', USAGE, async () => {
    const { values, positionals } = parseArgs({
      args: argv,
      options: {
        ...COMMON_OPTIONS,
        region: { type: 'string' },
        year: { type: 'string' },
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
      DecisionsParams,
      defined({
        region: values.region,
        year: values.year,
        q: words.length > 0 ? words : undefined,
        limit: values.limit,
      }),
    );
    const result = listDecisions(await loadSnapshot(values), query);
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
    return 0;
  });
}
