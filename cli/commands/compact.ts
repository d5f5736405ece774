/**
 * `namndkoll compact`: fold the facts landing zone (one JSON Lines file per document, table, region and
 * year) into Parquet parts per table, region and year (cli/compaction.ts). The local stack does the same
 * by itself once ingest has settled; `namndkoll sql` gives the same answers before and after.
 */
import { parseArgs } from 'node:util';
import { LOCAL_BUCKET } from '../../functions/api/cli-source.ts';
import { compactFacts } from '../compaction.ts';
import { output, parseFormat, runCommand } from '../format.ts';
import { findFacts } from './sql.ts';

const USAGE = `Usage: namndkoll compact [options]

Folds the facts/ JSON Lines (one file per document, table, region and year) into Parquet parts under
compacted/<table>/region=<code>/year=<yyyy>/ beside facts/. \`namndkoll sql\` reads the parts and the files
not yet folded in, so its answers are the same before, during and after.

Options:
  --data <dir>       a folder with facts/ and extracted/ inside, or the local stack's data folder
                     (default: the local stack's, .local-data or $NAMNDKOLL_DATA_DIR)
  --bucket <name>    the bucket inside the local stack's folder (default ${LOCAL_BUCKET})
  --format, -f       table (default), json or csv
  -h, --help         this text`;

export function run(argv: string[]): Promise<number> {
  return runCommand('compact', USAGE, async () => {
    const { values } = parseArgs({
      args: argv,
      options: {
        data: { type: 'string' },
        bucket: { type: 'string' },
        format: { type: 'string', short: 'f' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    if (values.help) {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    const format = parseFormat(values.format);
    const report = await compactFacts(findFacts(values));
    const rows: [string, number][] = [
      ['generation', report.generation],
      ['filer inlästa', report.consumedFiles],
      ['dokument inlästa', report.documents],
      ['dokument som väntar', report.waitingDocuments],
      ['borttagna dokument', report.removedDocuments],
      ['partitioner omskrivna', report.partitions],
      ['parquet-delar', report.parts],
      ['kvarlämnade filer städade', report.recovered],
      ['tid (ms)', Math.round(report.ms)],
    ];
    output(
      format,
      { name: 'Komprimering', header: ['Mått', 'Värde'], amountColumns: [], plainNumbers: true, rows },
      { ...report, ms: Math.round(report.ms) },
    );
    return 0;
  });
}
