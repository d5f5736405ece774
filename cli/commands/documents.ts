/**
 * `namndkoll documents [--region SE-W] [--year 2024] [--type handlingsplan]`: the extracted documents, as
 * `GET /documents` lists them.
 */
import { parseArgs } from 'node:util';
import { loadSnapshot } from '../../functions/api/cli-source.ts';
import { DocumentsParams, parseParams } from '../../functions/api/params.ts';
import { listDocuments } from '../../functions/api/query.ts';
import { COMMON_OPTIONS, COMMON_USAGE, output, parseFormat, runCommand } from '../format.ts';

const USAGE = `Usage: namndkoll documents [options]

Lists extracted documents (newest first).

Filters:
  --region <code>    SE-W, W, … or unknown
  --year <yyyy>      documents whose figures concern that year
  --type <type>      tjansteskrivelse, rapport, bilaga, handlingsplan, protokoll, okand
${COMMON_USAGE}`;

export function run(argv: string[]): Promise<number> {
  return runCommand('documents', USAGE, async () => {
    const { values } = parseArgs({
      args: argv,
      options: {
        ...COMMON_OPTIONS,
        region: { type: 'string' },
        year: { type: 'string' },
        type: { type: 'string' },
      },
      allowPositionals: false,
    });
    if (values.help) {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    const format = parseFormat(values.format);
    const query = parseParams(
      DocumentsParams,
      defined({ region: values.region, year: values.year, type: values.type }),
    );
    const result = listDocuments(await loadSnapshot(values), query);
    output(
      format,
      {
        name: 'Dokument',
        header: ['Region', 'Typ', 'Datum', 'År', 'Åtgärder', 'Beslut', 'Varningar', 'Titel', 'Dokument-id'],
        amountColumns: [],
        rows: result.documents.map((doc) => [
          doc.region?.name ?? 'okänd',
          doc.documentType,
          doc.date ?? '',
          doc.years.join(', '),
          doc.measureCount,
          doc.decisionCount,
          doc.warnings.map((warning) => warning.code).join(', '),
          doc.title ?? doc.fileName,
          doc.documentId.slice(0, 19),
        ]),
      },
      result,
    );
    return 0;
  });
}

/** Only the options that were given, as the API's query string would carry them. */
export function defined(values: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(values).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
}
