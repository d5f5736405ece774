// Development aid: print the page model's lines (position, size, bold, segments) of some pages.
import { readFileSync } from 'node:fs';
import { loadPdf } from '../parsers/pdf/load.ts';

const [file, from = '1', to = from] = process.argv.slice(2);
if (!file) throw new Error('usage: tsx scripts/dev-lines.ts <file.pdf> [fromPage] [toPage]');
const model = await loadPdf(new Uint8Array(readFileSync(file)));
for (const page of model.pages.filter((p) => p.number >= Number(from) && p.number <= Number(to))) {
  console.log(`--- page ${page.number} ${page.width}x${page.height} tables=${page.tables.length}`);
  for (const l of page.lines) {
    console.log(
      `y${l.y.toFixed(1)} x${l.x.toFixed(1)} h${l.height.toFixed(1)} fs${l.fontSize.toFixed(1)}${l.bold ? 'B' : ''} | ${l.segments.map((s) => `[${s.x.toFixed(0)}:${s.text}]`).join(' ')}`,
    );
  }
}
