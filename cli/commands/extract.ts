/**
 * `namndkoll extract <file.pdf> [--region SE-W] [--pretty] [--ocr tesseract|none] [--out file.json]`
 * Extracts one PDF and prints its ExtractedDocument as JSON.
 */
import { readFile, stat, writeFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ExtractionError } from '../../parsers/errors.ts';
import { extractDocument } from '../../parsers/index.ts';
import type { OcrEngine } from '../../parsers/ocr/port.ts';
import { DEFAULT_LIMITS } from '../../parsers/pdf/load.ts';
import { parseRegionCode } from '../../parsers/swedish/regions.ts';
import { describeSv } from '../../web/messages-sv.js';
import { EXIT, reportError, UsageError } from '../errors.ts';

const HELP = `Usage: namndkoll extract <file.pdf> [options]

Extracts measures, mkr figures, totals, decision points and references from one board paper
and prints the ExtractedDocument (JSON, see the contract).

Options:
  --region <code>   the region the paper is from (SE-W, W, Dalarna …); wins over detection
  --pretty          indent the JSON
  --ocr <engine>    tesseract (default: scanned pages are read by local OCR) or none
                    (a scan then fails with NEEDS_OCR)
  --out <file>      write the JSON to a file instead of standard output
  -h, --help        show this help

Exit status: 0 extracted, 1 the PDF could not be extracted (the line says why), 2 usage error.`;

async function ocrEngine(
  name: string,
): Promise<(OcrEngine & { terminate?: () => Promise<void> }) | undefined> {
  if (name === 'none') return undefined;
  if (name !== 'tesseract') throw new UsageError(`--ocr must be tesseract or none, not '${name}'`);
  const { createTesseractEngine } = await import('../../parsers/ocr/tesseract.ts');
  return createTesseractEngine();
}

export async function run(argv: string[]): Promise<number> {
  let engine: (OcrEngine & { terminate?: () => Promise<void> }) | undefined;
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        region: { type: 'string' },
        pretty: { type: 'boolean', default: false },
        ocr: { type: 'string', default: 'tesseract' },
        out: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
    if (values.help) {
      process.stdout.write(`${HELP}\n`);
      return EXIT.ok;
    }
    const [file, ...extra] = positionals;
    if (!file || extra.length > 0) throw new UsageError(`extract takes exactly one PDF file\n\n${HELP}`);
    const region = values.region === undefined ? undefined : parseRegionCode(values.region);
    if (region === null) {
      throw new UsageError(
        `unknown region '${values.region}': use an ISO code such as SE-W or a name such as Dalarna`,
      );
    }
    const path = resolve(file);
    const name = basename(file);
    const info = await stat(path).catch(() => null);
    if (!info?.isFile()) {
      process.stderr.write(
        `${file}: ${describeSv({ code: 'FILE_NOT_FOUND' }, { kind: 'error' })} [FILE_NOT_FOUND]\n`,
      );
      return EXIT.failed;
    }
    // Refuse absurd sizes before reading them into memory.
    if (info.size > DEFAULT_LIMITS.maxBytes) {
      throw new ExtractionError(
        'PDF_TOO_LARGE',
        `${name}: ${(info.size / 1e6).toFixed(0)} MB is over the ${(DEFAULT_LIMITS.maxBytes / 1e6).toFixed(0)} MB limit`,
      );
    }
    const bytes = new Uint8Array(await readFile(path));
    engine = await ocrEngine(values.ocr);
    const doc = await extractDocument(bytes, {
      now: () => new Date(),
      fileName: name,
      ...(region ? { region } : {}),
      ...(engine ? { ocr: engine } : {}),
      onProgress: ({ pages, done }) => {
        if (done > 0) return;
        process.stderr.write(
          `${name}: läser ${pages.length} skannade sidor med OCR (några sekunder per sida) …\n`,
        );
      },
    });
    const json = `${JSON.stringify(doc, null, values.pretty ? 2 : undefined)}\n`;
    if (values.out) {
      await writeFile(values.out, json);
      process.stderr.write(
        `${name}: ${doc.measures.length} åtgärder, ${doc.totals.length} totaler, ${doc.amounts.length} belopp, ${doc.decisions.length} beslutspunkter → ${values.out}\n`,
      );
    } else {
      process.stdout.write(json);
    }
    // Each warning once, in Swedish (the JSON keeps the codes and the English record).
    const said = new Set<string>();
    for (const warning of doc.extraction.warnings) {
      const text = `varning: ${describeSv(warning, { regionName: (code) => code })}`;
      if (said.has(text)) continue;
      said.add(text);
      process.stderr.write(`${text}\n`);
    }
    return EXIT.ok;
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      return reportError(new UsageError(`${(error as Error).message}\n\n${HELP}`));
    }
    return reportError(error);
  } finally {
    await engine?.terminate?.();
  }
}
