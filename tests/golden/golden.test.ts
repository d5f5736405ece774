/**
 * Golden tests: every seed fixture PDF (all layout variants) is extracted and checked against
 *  - the reference golden facts (tests/golden/reference/<seed>_*.json) and our own expectations
 *    (tests/golden/expectations/<seed>_*.json), with the contract's matching rules;
 *  - a reviewed snapshot tests/golden/<fixture>.expected.json (`UPDATE=1 npm test` rewrites it).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../parsers/index.ts';
import { ExtractedDocumentSchema } from '../../parsers/schema.ts';
import { OWN_EXPECTATIONS_DIR, REFERENCE_GOLDEN_DIR } from '../helpers/repo-paths.ts';
import { checkGolden, type GoldenFacts } from './golden-match.ts';

const root = resolve(import.meta.dirname, '..', '..');
const fixturesDir = join(root, 'fixtures');
const FIXED_NOW = new Date('2026-01-01T00:00:00.000Z');

const cases = readdirSync(fixturesDir)
  .filter((file) => /^seed-\d{3}-.+\.pdf$/.test(file))
  .sort();

function goldenFor(seed: string): { file: string; facts: GoldenFacts }[] {
  const out: { file: string; facts: GoldenFacts }[] = [];
  for (const dir of [REFERENCE_GOLDEN_DIR, OWN_EXPECTATIONS_DIR]) {
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir).filter((f) => f.startsWith(`${seed}_`) && f.endsWith('.json'))) {
      out.push({
        file: join(dir, file),
        facts: JSON.parse(readFileSync(join(dir, file), 'utf8')) as GoldenFacts,
      });
    }
  }
  return out;
}

async function extract(file: string) {
  const bytes = new Uint8Array(readFileSync(join(fixturesDir, file)));
  return extractDocument(bytes, { now: () => FIXED_NOW, fileName: file });
}

describe('golden fixtures', () => {
  it('has fixtures for the four seeds, with ruled and borderless variants of 004', () => {
    const seeds = new Set(cases.map((file) => file.slice(5, 8)));
    expect([...seeds].sort()).toEqual(['000', '001', '002', '004']);
    expect(cases.filter((file) => file.startsWith('seed-004-'))).toHaveLength(2);
    expect(existsSync(REFERENCE_GOLDEN_DIR)).toBe(true);
  });

  for (const file of cases) {
    const seed = file.slice(5, 8);
    describe(file, () => {
      it('extracts a schema-valid document with every golden fact', async () => {
        const doc = await extract(file);
        expect(ExtractedDocumentSchema.safeParse(doc).success).toBe(true);
        const goldens = goldenFor(seed);
        expect(goldens.length).toBeGreaterThan(0);
        for (const golden of goldens) {
          expect(checkGolden(doc, golden.facts), `${basename(golden.file)} on ${file}`).toEqual([]);
        }
      });

      it('matches its reviewed snapshot', async () => {
        const doc = await extract(file);
        const snapshotFile = join(root, 'tests', 'golden', `${file.replace(/\.pdf$/, '')}.expected.json`);
        const actual = `${JSON.stringify(doc, null, 2)}\n`;
        // Written only on request, after the diff was reviewed: a missing snapshot fails, it never
        // writes itself and passes.
        if (process.env['UPDATE'] === '1') writeFileSync(snapshotFile, actual);
        expect(existsSync(snapshotFile), `no reviewed snapshot ${snapshotFile} (UPDATE=1 writes it)`).toBe(
          true,
        );
        expect(JSON.parse(actual)).toEqual(JSON.parse(readFileSync(snapshotFile, 'utf8')));
      });
    });
  }
});

describe('plain assertions on the values that matter', () => {
  it('seed 000: six lettered measures summing to the stated 77 mkr, nine decision points', async () => {
    const doc = await extract('seed-000-tjansteskrivelse.pdf');
    expect(doc.measures.map((m) => m.label)).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(doc.measures.reduce((sum, m) => sum + (m.effects[0]?.amountMsek ?? 0), 0)).toBe(77);
    expect(doc.measures.every((m) => m.effects[0]?.baselineYear === 2023)).toBe(true);
    expect(doc.measures.find((m) => m.label === 'e')?.effects[0]?.type).toBe('revenue_increase');
    expect(doc.totals).toMatchObject([{ year: 2024, amountMsek: 77, sumOfMeasures: 77, reconciled: true }]);
    expect(doc.decisions.map((d) => d.id)).toEqual(['1', '1a', '1b', '1c', '1d', '1e', '1f', '2', '3']);
    expect(doc.decisions.every((d) => d.kind === 'proposal')).toBe(true);
    expect(doc.decisions[0]?.actor).toBe('Regiondirektören');
    expect(doc.document.title).toBe('Kostnadsminskningar inom hälso- och sjukvården 2024');
    expect(doc.extraction.warnings).toEqual([]);
  });

  for (const variant of ['ruled', 'borderless']) {
    it(`seed 004 (${variant}): seventeen table measures, totals reconciled, no summary rows as measures`, async () => {
      const doc = await extract(`seed-004-handlingsplan-${variant}.pdf`);
      expect(doc.measures).toHaveLength(17);
      expect(doc.measures.some((m) => /genomförbarhet|varav/i.test(m.title))).toBe(false);
      expect(doc.totals.map((t) => [t.year, t.amountMsek, t.reconciled])).toEqual([
        [2023, 103, true],
        [2024, 387, true],
        [2025, 473, true],
      ]);
      const psychiatry = doc.measures.find((m) => m.title.startsWith('Ökad produktivitet inom psykiatrin'));
      expect(psychiatry?.description).toMatch(/^Krav på att 5 av 8 timmar/);
      const purchases = doc.measures.find((m) => m.title.startsWith('Ökad kostnadskontroll vid inköp'));
      expect(purchases?.subMeasures).toHaveLength(12);
      expect(doc.measures.filter((m) => m.page >= 6).length).toBe(17);
    });
  }

  it('seed 002: the four measures once each, though the paper describes them twice', async () => {
    const doc = await extract('seed-002-bilaga.pdf');
    expect(doc.measures).toHaveLength(4);
    expect(doc.document.date).toBe('2025-10-24');
    expect(doc.measures.every((m) => m.effects.length === 0)).toBe(true);
  });
});
