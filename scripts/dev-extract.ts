// Development aid: print a compact view of what extraction finds in a PDF.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { extractDocument } from '../parsers/index.ts';
import { createTesseractEngine } from '../parsers/ocr/tesseract.ts';

const file = process.argv[2];
if (!file) throw new Error('usage: tsx scripts/dev-extract.ts <file.pdf> [--json] [--ocr]');
// --ocr: scanned pages are read by the local OCR engine, as the accuracy report reads them.
const ocr = process.argv.includes('--ocr') ? createTesseractEngine({ maxWorkers: 1 }) : undefined;
const doc = await extractDocument(new Uint8Array(readFileSync(file)), {
  now: () => new Date(),
  fileName: basename(file),
  ...(ocr ? { ocr } : {}),
});
const out = process.argv.includes('--json')
  ? doc
  : {
      document: doc.document,
      warnings: doc.extraction.warnings,
      measures: doc.measures.map(
        (m) =>
          `${m.label ?? '-'} | ${m.title} | ${m.category} | n=${m.subMeasureCount} | ${m.effects.map((e) => `${e.year}:${e.amountMsek}`).join(' ')} | p${m.page}`,
      ),
      totals: doc.totals.map(
        (t) => `${t.label} ${t.year} ${t.amountMsek} sum=${t.sumOfMeasures} ok=${t.reconciled} p${t.page}`,
      ),
      amounts: doc.amounts.map((a) => `${a.amountMsek} [${a.raw}] q=${a.qualifier} y=${a.year} p${a.page}`),
      decisions: doc.decisions.map(
        (d) => `${d.id} (${d.parentId}) ${d.kind} ${d.actor}: ${d.text.slice(0, 90)} p${d.page}`,
      ),
      references: doc.references.map(
        (r) => `${r.body} ${r.date} ${r.paragraph} p${r.page}: ${r.text.slice(0, 80)}`,
      ),
    };
console.log(JSON.stringify(out, null, 2));
await ocr?.terminate();
