/**
 * Every code a user can meet has a Swedish text (web/messages-sv.js). The code is scanned for codes rather
 * than listed here, so a code added anywhere in parsers/, query/, functions/, infra/local/ or cli/ without a text
 * fails this test. The known message forms (OCR confidence, totals, region conflict) are produced by the
 * real functions that write them, so a changed English template shows up here as a lost detail.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTRACTION_ERROR_CODES } from '../../parsers/errors.ts';
import { reconcileTotals } from '../../parsers/extract/document.ts';
import { checkOcrNumbers } from '../../parsers/ocr/trust.ts';
import type { Page, TextItem } from '../../parsers/page-model.ts';
import { buildLines } from '../../parsers/pdf/lines.ts';
import { WARNING_CODES } from '../../parsers/schema.ts';
import {
  CODE_TEXTS_SV,
  codeTextSv,
  describeSv,
  displayFileName,
  FALLBACK_ERROR_SV,
  FALLBACK_WARNING_SV,
  hasTextSv,
  summarizeWarningsSv,
  warningLabelSv,
} from '../../web/messages-sv.js';

const root = resolve(import.meta.dirname, '..', '..');
const SCANNED = ['parsers', 'query', 'functions', join('infra', 'local'), 'cli'];

/** Upper-case constants in the code that are not codes a user meets (protocol values of other systems). */
const NOT_USER_CODES = new Set([
  'WHEN_REQUIRED', // AWS SDK checksum setting
  'PARTIAL_SUCCESS', // Textract job status
  'IN_PROGRESS', // Textract job status
  'MERGED_CELL', // Textract block type
]);

/** Node's own codes (errno names such as ENOENT, ERR_PARSE_ARGS_…): read by the code, never shown. */
function isNodeCode(name: string): boolean {
  return name.startsWith('ERR_') || /^E[A-Z]+$/.test(name);
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : sourceFiles(path);
    return /\.(ts|js|mjs)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Codes as the code writes them: CODE_SHAPED literals, and any literal where a code is given or thrown. */
function codesInSource(text: string): Set<string> {
  const found = new Set<string>();
  const envNames = new Set(
    [...text.matchAll(/env(?:\[\s*['"`]([A-Z0-9_]+)['"`]\s*\]|\.([A-Z][A-Z0-9_]+))/g)].map(
      (match) => match[1] ?? match[2]!,
    ),
  );
  const patterns = [
    /['"`]([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)['"`]/g,
    /\bcode\s*(?:===?|:)\s*['"`]([A-Z][A-Z0-9_]+)['"`]/g,
    /(?:Error|super|errorResponse)\(\s*(?:\d+\s*,\s*)?['"`]([A-Z][A-Z0-9_]+)['"`]/g,
    /Code\s*=\s*((?:\s*\|?\s*['"`][A-Z][A-Z0-9_]+['"`])+)/g,
  ];
  for (const pattern of patterns) {
    for (const match of text.matchAll(pattern)) {
      for (const literal of match[1]!.matchAll(/[A-Z][A-Z0-9_]+/g)) found.add(literal[0]);
    }
  }
  for (const name of found) {
    if (envNames.has(name) || NOT_USER_CODES.has(name) || isNodeCode(name)) found.delete(name);
  }
  return found;
}

describe('Swedish texts for codes', () => {
  const allSource = SCANNED.flatMap((dir) => sourceFiles(join(root, dir)))
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n');
  const codes = codesInSource(allSource);

  it('finds the codes the project uses (the scan works)', () => {
    for (const code of [...EXTRACTION_ERROR_CODES, ...WARNING_CODES, 'STORE_UNAVAILABLE', 'INTERNAL']) {
      expect(codes, code).toContain(code);
    }
    expect(codes).not.toContain('NAMNDKOLL_DEBUG');
    expect(codesInSource("process.env['X_Y']; throw new QueryError('NEW_CODE', 'm')")).toEqual(
      new Set(['NEW_CODE']),
    );
  });

  it('has a Swedish text for every code in parsers/, functions/, infra/local/ and cli/', () => {
    const missing = [...codes].filter((code) => !hasTextSv(code)).sort();
    expect(missing, 'add these to CODE_TEXTS_SV in web/messages-sv.js').toEqual([]);
  });

  it('texts are Swedish sentences without internal codes', () => {
    for (const [code, { title, text }] of Object.entries(CODE_TEXTS_SV)) {
      expect(title.length, code).toBeGreaterThan(2);
      expect(text, code).toMatch(/[.)]$/);
      expect(`${title} ${text}`, code).not.toMatch(/[A-Z]{2,}_[A-Z]/);
      expect(`${title} ${text}`, code).not.toMatch(/\b(the|was|could not|failed|page)\b/i);
    }
  });

  it('gives a generic Swedish text for a code it does not know', () => {
    expect(codeTextSv('SOMETHING_NEW')).toBe(FALLBACK_WARNING_SV);
    expect(codeTextSv('SOMETHING_NEW', 'error')).toBe(FALLBACK_ERROR_SV);
    expect(describeSv({ code: 'SOMETHING_NEW', message: 'an English message', page: 4 })).toBe(
      'Något i handlingen behöver kontrolleras mot originalet. (s. 4)',
    );
  });
});

function ocrPage(number: number, rows: Array<Array<[string, number, number]>>): Page {
  const items: TextItem[] = rows.flatMap((row, i) =>
    row.map(([text, x, confidence]) => ({
      text,
      x,
      y: 100 + i * 14,
      width: text.length * 5,
      height: 10,
      confidence,
      spaceAfter: true,
    })),
  );
  return { number, width: 595, height: 842, source: 'ocr', items, lines: buildLines(items), tables: [] };
}

describe('describeSv on the messages the project writes', () => {
  it('says in Swedish which figure OCR read with how much confidence', () => {
    const page = ocrPage(3, [
      [
        ['Sjukresor', 20, 0.95],
        ['8,9', 460, 0.62],
      ],
    ]);
    const warnings = checkOcrNumbers([page], {
      measures: [
        {
          id: 'm1',
          label: null,
          title: 'Sjukresor',
          category: 'other',
          subMeasureCount: null,
          subMeasures: [],
          description: null,
          effects: [{ year: 2024, amountMsek: 8.9, type: 'cost_reduction', baselineYear: null }],
          page: 3,
          evidence: 'Sjukresor 8,9',
        },
      ],
      totals: [],
      amounts: [],
    });
    expect(warnings).toHaveLength(1);
    expect(describeSv(warnings[0]!)).toBe(
      'Siffran ”8,9” lästes med OCR med 62 % säkerhet. Kontrollera den mot sidan. (s. 3)',
    );
  });

  it('says in Swedish which total does not match the measures', () => {
    const warnings: { code: string; message: string; page?: number }[] = [];
    reconcileTotals(
      [{ label: 'Totalt', year: 2024, amountMsek: 80, page: 2, group: null, evidence: 'Totalt 80' }] as never,
      [
        {
          group: null,
          effects: [{ year: 2024, amountMsek: 78.9, type: 'cost_reduction', baselineYear: null }],
        },
      ] as never,
      warnings as never,
    );
    expect(warnings.map((w) => w.code)).toEqual(['TOTAL_MISMATCH']);
    expect(describeSv(warnings[0]!)).toBe(
      'Totalt 2024 anges till 80 mkr, men åtgärderna summerar till 78,9 mkr. (s. 2)',
    );
  });

  it('names the regions of a region conflict', () => {
    const text = describeSv(
      {
        code: 'REGION_CONFLICT',
        message: 'the uploader stated SE-W but the text points to SE-Z (Region Jämtland Härjedalen, page 1)',
      },
      { regionName: (code) => (code === 'SE-W' ? 'Dalarna' : 'Jämtland Härjedalen') },
    );
    expect(text).toBe(
      'Vid uppladdningen angavs Dalarna, men texten pekar på Jämtland Härjedalen. Uppgiften från uppladdningen gäller.',
    );
  });

  it('falls back to the code’s text for a message of another form', () => {
    expect(
      describeSv({ code: 'PDF_ENCRYPTED', message: '3f2a…-plan.pdf: password required' }, { kind: 'error' }),
    ).toBe('PDF-filen är lösenordsskyddad. Ladda upp en version utan lösenord.');
  });
});

describe('warnings once each, and file names without the storage prefix', () => {
  it('merges repeated codes and lists their pages', () => {
    const summary = summarizeWarningsSv([
      { code: 'TOTAL_MISMATCH', message: 'a', page: 3 },
      { code: 'OCR_LOW_CONFIDENCE', message: 'b', page: 2 },
      { code: 'TOTAL_MISMATCH', message: 'c', page: 2 },
      { code: 'TOTAL_MISMATCH', message: 'd', page: 3 },
    ]);
    expect(summary.map(warningLabelSv)).toEqual([
      'Totalen stämmer inte (s. 2, 3)',
      'Osäker OCR-läsning (s. 2)',
    ]);
  });

  it('shows the name the file was uploaded with', () => {
    expect(displayFileName('3f2a9c0d1e7b-Handlingsplan-2024.pdf')).toBe('Handlingsplan-2024.pdf');
    expect(displayFileName('uploads/SE-W/3f2a9c0d1e7b-plan.pdf')).toBe('plan.pdf');
    expect(displayFileName('seed-004-handlingsplan-ruled.pdf')).toBe('seed-004-handlingsplan-ruled.pdf');
    expect(displayFileName('deadbeefcafe-')).toBe('deadbeefcafe-');
  });
});
