// Debug aid: the borderless tables findBorderlessTables reads from a PDF (years, rows, issues).
import { readFileSync } from 'node:fs';
import { findBorderlessTables } from '../parsers/extract/borderless.ts';
import { buildLayout } from '../parsers/extract/layout.ts';
import { loadPdf } from '../parsers/pdf/load.ts';

const m = await loadPdf(new Uint8Array(readFileSync(process.argv[2] as string)));
const layout = buildLayout(m.pages);
for (const t of findBorderlessTables(layout, () => null, new Set())) {
  console.log(JSON.stringify({ years: t.years, unit: t.unit, pages: t.pages, issues: t.issues }));
  for (const row of t.rows) console.log('  ', JSON.stringify(row).slice(0, 240));
}
