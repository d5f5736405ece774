/**
 * `namndkoll documents [--region SE-W] [--year 2024] [--type handlingsplan]`: the extracted documents, as
 * `GET /documents` lists them.
 */
import { loadDocuments } from '../../functions/api/cli-source.ts';
import { documentsQuery } from '../../query/param-values.ts';
import { documentTypeNameSv } from '../../query/swedish.ts';
import { displayFileName, summarizeWarningsSv, warningLabelSv } from '../../web/messages-sv.js';
import { checkDocumentType, checkRegion, checkYear, optional, readArgs } from '../args.ts';
import { COMMON_OPTIONS, COMMON_USAGE, noData, output, parseFormat, runCommand } from '../format.ts';

const USAGE = `Användning: namndkoll documents [flaggor]

Listar extraherade dokument (nyaste först) med typ, år, antal åtgärder och beslut, varningar och filnamn.

Urval:
  --region <kod>     SE-W, W, … eller unknown
  --year <åååå>      dokument vars siffror gäller det året
  --type <typ>       tjansteskrivelse, rapport, bilaga, handlingsplan, protokoll, okand
${COMMON_USAGE}`;

const OPTIONS = {
  ...COMMON_OPTIONS,
  region: { type: 'string' },
  year: { type: 'string' },
  type: { type: 'string' },
} as const;

export function run(argv: string[]): Promise<number> {
  return runCommand('documents', USAGE, async () => {
    const { values } = readArgs(argv, OPTIONS, false);
    if (values.help) {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    const format = parseFormat(values.format);
    // The API's parameter rules, without loading zod unless a value is refused.
    const query = await documentsQuery(
      defined({
        region: optional(values.region, (raw) => checkRegion(raw, 'i --region')),
        year: optional(values.year, checkYear),
        type: optional(values.type, checkDocumentType),
      }),
    );
    // From the regions' persisted summaries, or one region's partitions (the whole catalog without an index).
    const result = await loadDocuments(values, query);
    if (result.count === 0 && format === 'table') return noData(noDocumentsText(values));
    output(
      format,
      {
        name: 'Dokument',
        header: ['Region', 'Typ', 'Datum', 'År', 'Åtgärder', 'Beslut', 'Varningar', 'Titel', 'Fil'],
        amountColumns: [],
        rows: result.documents.map((doc) => [
          doc.region?.name ?? 'okänd',
          documentTypeNameSv(doc.documentType),
          doc.date ?? '',
          doc.years.join(', '),
          doc.measureCount,
          doc.decisionCount,
          summarizeWarningsSv(doc.warnings).map(warningLabelSv).join('; '),
          doc.title ?? '',
          [displayFileName(doc.fileName), ...doc.copies.map((copy) => displayFileName(copy.fileName))].join(
            ' = ',
          ),
        ]),
      },
      result,
    );
    return result.count === 0 ? noData(noDocumentsText(values)) : 0;
  });
}

function noDocumentsText(values: Filters): string {
  return hasFilters(values, '')
    ? `Inga dokument för ${describeFilters(values, '')}.`
    : 'Inga dokument ännu: ladda upp en PDF (namndkoll upload <fil.pdf>).';
}

interface Filters {
  region?: string | undefined;
  year?: string | undefined;
  type?: string | undefined;
  category?: string | undefined;
}

function hasFilters(values: Filters, words: string): boolean {
  return (
    [values.region, values.year, values.type, values.category].some((v) => v !== undefined) || words !== ''
  );
}

/** The filters as a person gave them, for "Inga … för region SE-W, år 2031". */
export function describeFilters(values: Filters, words: string): string {
  const parts = [
    values.region !== undefined ? `region ${values.region}` : null,
    values.year !== undefined ? `år ${values.year}` : null,
    values.type !== undefined ? `typ ${values.type}` : null,
    values.category !== undefined ? `kategori ${values.category}` : null,
    words !== '' ? `”${words}”` : null,
  ].filter((part) => part !== null);
  return parts.length > 0 ? parts.join(', ') : 'de lästa dokumenten';
}

/** Only the options that were given, as the API's query string would carry them. */
export function defined(values: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(values).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
}
