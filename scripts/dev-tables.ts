import { readFileSync } from 'node:fs';
import { loadPdf } from '../parsers/pdf/load.ts';

const m = await loadPdf(new Uint8Array(readFileSync(process.argv[2]!)));
for (const p of m.pages)
  for (const t of p.tables)
    console.log(
      p.number,
      t.source,
      JSON.stringify(t.box),
      t.rows.length,
      JSON.stringify(t.rows[1]).slice(0, 300),
    );
