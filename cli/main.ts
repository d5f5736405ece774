/**
 * The `namndkoll` command. Each subcommand lives in cli/commands/<name>.ts and exports
 * `run(argv: string[]): Promise<number>` (the exit code); this file only dispatches.
 * It imports nothing statically: `--help` then starts as fast as node itself, and each command loads only
 * its own chunk (args.ts alone pulls in zod through the schema).
 */

const COMMANDS: Record<
  string,
  { summary: string; load: () => Promise<{ run: (argv: string[]) => Promise<number> }> }
> = {
  extract: {
    summary: 'läs ut en PDF och skriv dess ExtractedDocument (JSON)',
    load: () => import('./commands/extract.ts'),
  },
  upload: {
    summary: 'ladda upp PDF:er till bucketen och visa varje resultat',
    load: () => import('./commands/upload.ts'),
  },
  documents: { summary: 'lista extraherade dokument', load: () => import('./commands/documents.ts') },
  measures: {
    summary: 'lista åtgärder (urval på region, år, kategori, ord)',
    load: () => import('./commands/measures.ts'),
  },
  decisions: { summary: 'lista beslutspunkter', load: () => import('./commands/decisions.ts') },
  compare: {
    summary: 'jämför regioner sida vid sida per kategori',
    load: () => import('./commands/compare.ts'),
  },
  sql: {
    summary: 'kör SQL mot de lokala facts/-tabellerna (DuckDB)',
    load: () => import('./commands/sql.ts'),
  },
  compact: {
    summary: 'packa facts/ till Parquet per tabell, region och år',
    load: () => import('./commands/compact.ts'),
  },
};

function usage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((name) => name.length));
  const lines = Object.entries(COMMANDS).map(([name, { summary }]) => `  ${name.padEnd(width)}  ${summary}`);
  return [
    'Användning: namndkoll <kommando> [flaggor]',
    '',
    'Kommandon:',
    ...lines,
    '',
    'Kör `namndkoll <kommando> --help` för kommandots flaggor.',
  ].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`${usage()}\n`);
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    const { nearest } = await import('./args.ts');
    const near = nearest(name, Object.keys(COMMANDS));
    process.stderr.write(
      near
        ? `namndkoll: okänt kommando '${name}' – menade du ${near}?\n`
        : `namndkoll: okänt kommando '${name}'\n\n${usage()}\n`,
    );
    return 2;
  }
  const module = await command.load();
  return module.run(rest);
}

/**
 * Ends the process once stdout and stderr have taken everything written to them (a write's callback runs
 * after the writes before it; on a pipe that is not synchronous, as on macOS, this is what keeps the end of
 * the output). A command has finished its work when its `run` settles, so nothing is left but tearing
 * down: without this the process also waited for its worker threads' heaps to be freed, about a tenth of
 * a one-paper `extract` (README "Performance").
 */
function exitWhenWritten(code: number): void {
  process.exitCode = code;
  let open = 2;
  const flushed = (): void => {
    open -= 1;
    if (open === 0) process.exit(code);
  };
  process.stdout.write('', flushed);
  process.stderr.write('', flushed);
}

main(process.argv.slice(2)).then(
  (code) => exitWhenWritten(code),
  (error: unknown) => {
    // Last resort: one line, never a stack trace (set NAMNDKOLL_DEBUG=1 to see it).
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`namndkoll: ${message}\n`);
    if (process.env['NAMNDKOLL_DEBUG'] && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    exitWhenWritten(1);
  },
);
