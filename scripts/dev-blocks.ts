import { readFileSync } from 'node:fs';
import { buildLayout } from '../parsers/extract/layout.ts';
import { loadPdf } from '../parsers/pdf/load.ts';

const model = await loadPdf(new Uint8Array(readFileSync(process.argv[2]!)));
const layout = buildLayout(model.pages);
console.log('body', layout.bodyFontSize);
for (const b of layout.blocks)
  console.log(
    `${b.kind}${b.headingLevel ?? ''} p${b.page} x${Math.round(b.x)} fs${b.fontSize.toFixed(1)}${b.bold ? 'B' : ''} ${b.marker ? `[${b.marker.label}]` : ''} ${b.text.slice(0, 100)} ${b.lines.length > 1 ? `(${b.lines.length} lines)` : ''} segs=${b.lines[0]?.line.segments.length}`,
  );
