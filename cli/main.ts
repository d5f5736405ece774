/**
 * The `namndkoll` command. Each subcommand lives in cli/commands/<name>.ts and exports
 * `run(argv: string[]): Promise<number>` (the exit code); this file only dispatches.
 */
const COMMANDS: Record<
  string,
  { summary: string; load: () => Promise<{ run: (argv: string[]) => Promise<number> }> }
> = {
  extract: {
    summary: 'extract one PDF and print its ExtractedDocument',
    load: () => import('./commands/extract.ts'),
  },
  upload: {
    summary: 'upload PDFs to the bucket and report each outcome',
    load: () => import('./commands/upload.ts'),
  },
  documents: { summary: 'list extracted documents', load: () => import('./commands/documents.ts') },
  measures: {
    summary: 'list measures (filter by region, year, category, words)',
    load: () => import('./commands/measures.ts'),
  },
  decisions: { summary: 'list decision points', load: () => import('./commands/decisions.ts') },
  compare: {
    summary: 'compare regions side by side per category',
    load: () => import('./commands/compare.ts'),
  },
  sql: { summary: 'run SQL over the local facts/ tables (DuckDB)', load: () => import('./commands/sql.ts') },
};

function usage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((name) => name.length));
  const lines = Object.entries(COMMANDS).map(([name, { summary }]) => `  ${name.padEnd(width)}  ${summary}`);
  return [
    'Usage: namndkoll <command> [options]',
    '',
    'Commands:',
    ...lines,
    '',
    'Run `namndkoll <command> --help` for its options.',
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
    process.stderr.write(`namndkoll: unknown command '${name}'\n\n${usage()}\n`);
    return 2;
  }
  const module = await command.load();
  return module.run(rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // Last resort: one line, never a stack trace (set NAMNDKOLL_DEBUG=1 to see it).
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`namndkoll: ${message}\n`);
    if (process.env['NAMNDKOLL_DEBUG'] && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    process.exitCode = 1;
  },
);
