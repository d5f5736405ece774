import { readFileSync } from 'node:fs';
import { analyzePages } from '../parsers/extract/document.ts';
import { loadPdf } from '../parsers/pdf/load.ts';

const bytes = new Uint8Array(readFileSync(process.argv[2]!));
for (let i = 0; i < 3; i++) {
  const t0 = performance.now();
  const m = await loadPdf(bytes);
  const t1 = performance.now();
  analyzePages(m.pages, { fileName: 'x', info: m.info });
  const t2 = performance.now();
  console.log(`load ${(t1 - t0).toFixed(0)} ms, analyze ${(t2 - t1).toFixed(0)} ms, pages ${m.pageCount}`);
}
