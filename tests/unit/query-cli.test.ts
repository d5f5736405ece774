import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { run as compare } from '../../cli/commands/compare.ts';
import { run as decisions } from '../../cli/commands/decisions.ts';
import { run as documents } from '../../cli/commands/documents.ts';
import { run as measures } from '../../cli/commands/measures.ts';
import { explain } from '../../functions/api/cli-source.ts';
import { DirectoryStore } from '../../functions/api/stores.ts';
import { ALL_DOCUMENTS, dalarnaPlan, jamtlandMemo } from '../api/documents.ts';

let dir: string;
let flat: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'namndkoll-cli-'));
  flat = join(dir, 'flat');
  mkdirSync(flat);
  for (const doc of ALL_DOCUMENTS) writeFileSync(join(flat, `${doc.documentId}.json`), JSON.stringify(doc));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

afterEach(() => vi.restoreAllMocks());

async function capture(command: (argv: string[]) => Promise<number>, argv: string[]) {
  let stdout = '';
  let stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  });
  const code = await command(argv);
  vi.restoreAllMocks();
  return { code, stdout, stderr };
}

describe('DirectoryStore', () => {
  it('reads a folder of extracted JSON files as extracted/ and refuses writes', async () => {
    const store = new DirectoryStore(flat);
    const keys = (await store.listKeys('extracted/')).map((object) => object.key);
    expect(keys).toHaveLength(ALL_DOCUMENTS.length);
    expect(keys).toContain(`extracted/${jamtlandMemo.documentId}.json`);
    const bytes = await store.getBytes(`extracted/${jamtlandMemo.documentId}.json`);
    expect(JSON.parse(new TextDecoder().decode(bytes!)).documentId).toBe(jamtlandMemo.documentId);
    expect(await store.getBytes('extracted/sha256:missing.json')).toBeNull();
    await expect(store.putObject('uploads/a.pdf', new Uint8Array([1]))).rejects.toThrow(/cannot write/);
  });

  it("reads the s3rver folder's objects by their keys and ignores its side files", async () => {
    const bucket = join(dir, 's3rver', 'namndkoll-local');
    mkdirSync(join(bucket, 'extracted'), { recursive: true });
    const key = `extracted/${dalarnaPlan.documentId}.json`;
    writeFileSync(join(bucket, `${key}._S3rver_object`), JSON.stringify(dalarnaPlan));
    writeFileSync(join(bucket, `${key}._S3rver_metadata.json`), '{}');
    writeFileSync(join(bucket, `${key}._S3rver_object.md5`), 'abc');
    const store = new DirectoryStore(bucket);
    expect((await store.listKeys('extracted/')).map((object) => object.key)).toEqual([key]);
    expect(await store.getBytes(key)).not.toBeNull();
    await expect(store.putObject('uploads/a.pdf', new Uint8Array([1]))).rejects.toThrow(/upload through S3/);
  });

  it('writes and reads a bucket-layout folder', async () => {
    const store = new DirectoryStore(join(dir, 'bucket'));
    mkdirSync(join(dir, 'bucket', 'extracted'), { recursive: true });
    await store.putObject('uploads/SE-W/a.pdf', new TextEncoder().encode('%PDF'));
    expect(new TextDecoder().decode((await store.getBytes('uploads/SE-W/a.pdf'))!)).toBe('%PDF');
    expect(await store.getBytes('../escape')).toBeNull();
  });
});

describe('namndkoll compare', () => {
  it('prints an aligned table of categories × regions with Swedish numbers and the stated totals', async () => {
    const { code, stdout } = await capture(compare, ['SE-W', 'SE-Z', '--year', '2024', '--data', flat]);
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(lines[0]).toMatch(/^Kategori\s+Dalarna 2024 \(mkr\)\s+Jämtland Härjedalen 2024 \(mkr\)$/);
    expect(lines[1]).toMatch(/^─+ {2}─+ {2}─+$/);
    const staffing = lines.find((line) => line.startsWith('Inhyrd personal'))!;
    expect(staffing).toMatch(/^Inhyrd personal\s+18,5\s+50$/);
    // Right-aligned amounts: every row has the same length as the header.
    const widths = new Set(lines.slice(0, 16).map((line) => line.length));
    expect(widths.size).toBe(1);
    expect(stdout).toMatch(/Summa\s+78,9\s+77/);
    expect(stdout).toContain('Dokumentens angivna totaler:');
    expect(stdout).toContain(
      'Jämtland Härjedalen, Åtgärder för ekonomi i balans 2024: Totalt 2024 77 mkr (s. 1) — stämmer',
    );
  });

  it('prints JSON and Swedish CSV on request', async () => {
    const json = await capture(compare, [
      'SE-W',
      'SE-Z',
      '--years',
      '2024-2025',
      '--data',
      flat,
      '--format',
      'json',
    ]);
    const parsed = JSON.parse(json.stdout);
    expect(parsed.columns).toHaveLength(4);
    expect(parsed.rows[0].cells.map((cell: { amountMsek: number | null }) => cell.amountMsek)).toEqual([
      18.5,
      19.5,
      50,
      null,
    ]);
    const csv = await capture(compare, ['SE-W', '--year', '2024', '--data', flat, '-f', 'csv']);
    expect(csv.stdout.startsWith('\uFEFFKategori;Dalarna 2024 (mkr)\r\nInhyrd personal;18,5\r\n')).toBe(true);
  });

  it('exits 2 with one clear line on bad input', async () => {
    const badRegion = await capture(compare, ['SE-Q', '--year', '2024', '--data', flat]);
    expect(badRegion.code).toBe(2);
    expect(badRegion.stderr).toBe(
      "namndkoll compare: okänd region 'SE-Q' bland regionerna: ange en kod som SE-W eller SE-Z\n" +
        '(se namndkoll compare --help)\n',
    );
    const noRegion = await capture(compare, ['--year', '2024', '--data', flat]);
    expect(noRegion.code).toBe(2);
    expect(noRegion.stderr).toContain('ange minst en region, t.ex. namndkoll compare SE-W SE-Z --year 2024');
    const badFormat = await capture(compare, ['SE-W', '--year', '2024', '--data', flat, '-f', 'xml']);
    expect(badFormat.code).toBe(2);
    expect(badFormat.stderr).toContain('--format ska vara table, json, csv');
    const missingDir = await capture(compare, ['SE-W', '--year', '2024', '--data', join(dir, 'nope')]);
    expect(missingDir.code).toBe(1);
    expect(missingDir.stderr).toMatch(/--data .*nope: mappen finns inte/);
  });

  it('says in one line when the S3 endpoint cannot be reached', async () => {
    const result = await capture(compare, ['SE-W', '--year', '2024', '--endpoint', 'http://127.0.0.1:9']);
    expect(result.code).toBe(1);
    // (The AWS SDK may print its own Node-version warning first; our message is one line.)
    expect(
      result.stderr.endsWith('\nnamndkoll compare: når inte S3-tjänsten på http://127.0.0.1:9\n') ||
        result.stderr === 'namndkoll compare: når inte S3-tjänsten på http://127.0.0.1:9\n',
    ).toBe(true);
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:4569'), { code: 'ECONNREFUSED' });
    expect(explain(new Error('s3 list failed', { cause: refused }), {}).message).toBe(
      'når inte den lokala S3-tjänsten på http://127.0.0.1:4569 – starta den med `npm start` (eller läs en mapp med --data <mapp>)',
    );
  });
});

describe('namndkoll documents, measures, decisions', () => {
  it('lists documents filtered like the API', async () => {
    const { code, stdout } = await capture(documents, ['--data', flat, '--region', 'SE-W']);
    expect(code).toBe(0);
    expect(stdout).toContain('Handlingsplan för ekonomi i balans');
    expect(stdout).toContain('Totalen stämmer inte (s. 4)');
    expect(stdout).not.toContain('TOTAL_MISMATCH');
    expect(stdout).not.toContain('Åtgärder för ekonomi i balans 2024');
    const json = JSON.parse((await capture(documents, ['--data', flat, '-f', 'json'])).stdout);
    expect(json.count).toBe(ALL_DOCUMENTS.length);
  });

  it('finds measures by words regardless of accents, with the year amount column', async () => {
    const { code, stdout } = await capture(measures, ['lakemedel', '--year', '2024', '--data', flat]);
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toMatch(/^Region\s+Kategori\s+Åtgärd\s+2024 \(mkr\)\s+Sida\s+Dokument$/);
    expect(stdout).toMatch(/Effektivare läkemedelshantering\s+4\s+1/);
    expect(stdout).toMatch(/Översyn av läkemedelsanvändningen\s+40\s+3/);
    const bad = await capture(measures, ['--category', 'nope', '--data', flat]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("okänd kategori 'nope'");
  });

  it('lists decision points', async () => {
    const { code, stdout } = await capture(decisions, ['hyrbemanning', '--region', 'Z', '--data', flat]);
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /Jämtland Härjedalen\s+1a\s+förslag\s+Regiondirektören\s+Verkställa kostnadsminskningar/,
    );
    expect(stdout.trimEnd().split('\n')).toHaveLength(3);
  });
});

describe('the CLI in its own words', () => {
  it('asks for a year as the CLI takes it, not as the web API does', async () => {
    const noYear = await capture(compare, ['SE-W', 'SE-Z', '--data', flat]);
    expect(noYear.code).toBe(2);
    expect(noYear.stderr).toContain(
      'ange ett år: namndkoll compare SE-W SE-Z --year 2024 (eller --years 2023-2025)',
    );
    expect(noYear.stderr).not.toMatch(/year=|years=/);
    const both = await capture(compare, ['SE-W', '--year', '2024', '--years', '2023-2025', '--data', flat]);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('ange antingen --year eller --years, inte båda');
    const badYear = await capture(compare, ['SE-W', '--year', '24', '--data', flat]);
    expect(badYear.stderr).toContain("--year ska vara ett årtal, t.ex. --year 2024 (fick '24')");
  });

  it('answers an unknown flag with the nearest valid one, in one line', async () => {
    const typo = await capture(compare, ['SE-W', '--yaer', '2024', '--data', flat]);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toBe(
      'namndkoll compare: okänd flagga --yaer – menade du --year?\n(se namndkoll compare --help)\n',
    );
    const region = await capture(documents, ['--regoin', 'SE-W', '--data', flat]);
    expect(region.stderr.split('\n')[0]).toBe(
      'namndkoll documents: okänd flagga --regoin – menade du --region?',
    );
    const prefix = await capture(measures, ['--cat', 'revenue', '--data', flat]);
    expect(prefix.stderr.split('\n')[0]).toBe(
      'namndkoll measures: okänd flagga --cat – menade du --category?',
    );
    const far = await capture(decisions, ['--zzzzzz', '--data', flat]);
    expect(far.code).toBe(2);
    expect(far.stderr).toMatch(/^namndkoll decisions: okänd flagga --zzzzzz; giltiga flaggor: --data, /);
    const missingValue = await capture(compare, ['SE-W', '--data', flat, '--year']);
    expect(missingValue.stderr.split('\n')[0]).toBe(
      'namndkoll compare: --year behöver ett värde, t.ex. --year 2024',
    );
    const stray = await capture(documents, ['SE-W', '--data', flat]);
    expect(stray.stderr.split('\n')[0]).toBe(
      "namndkoll documents: oväntat argument 'SE-W': kommandot tar bara flaggor",
    );
    for (const result of [typo, region, prefix, far, missingValue, stray]) {
      expect(result.stderr).not.toMatch(/ERR_PARSE_ARGS|Unknown option|\n\s+at /);
    }
  });

  it('says "Inga uppgifter för …" and exits 3 when a query finds nothing', async () => {
    const nothing = await capture(compare, ['SE-W', 'SE-Z', '--year', '2031', '--data', flat]);
    expect(nothing.code).toBe(3);
    expect(nothing.stdout).toBe('');
    expect(nothing.stderr).toBe(
      'Inga uppgifter för Dalarna, Jämtland Härjedalen 2031: inga åtgärder med effekt det året i de valda regionerna.\n',
    );
    // A script asking for JSON still gets valid JSON, and the exit code says there was nothing.
    const json = await capture(compare, ['SE-W', '--year', '2031', '--data', flat, '-f', 'json']);
    expect(json.code).toBe(3);
    expect(JSON.parse(json.stdout).columnTotals).toEqual([null]);
    const noMeasures = await capture(measures, ['ubåtar', '--data', flat]);
    expect(noMeasures.code).toBe(3);
    expect(noMeasures.stderr).toBe('Inga åtgärder för ”ubåtar”.\n');
    const noDocs = await capture(documents, ['--region', 'SE-AB', '--data', flat]);
    expect(noDocs.code).toBe(3);
    expect(noDocs.stderr).toBe('Inga dokument för region SE-AB.\n');
    const noDecisions = await capture(decisions, ['--year', '2031', '--data', flat]);
    expect(noDecisions.code).toBe(3);
    expect(noDecisions.stderr).toBe('Inga beslutspunkter för år 2031.\n');
  });

  it('documents: Swedish types, each warning once with its pages, the file name without the storage prefix', async () => {
    const folder = join(dir, 'warned');
    mkdirSync(folder);
    const doc = {
      ...dalarnaPlan,
      source: { ...dalarnaPlan.source, fileName: '3f2a9c0d1e7b-Handlingsplan ekonomi.pdf' },
      extraction: {
        ...dalarnaPlan.extraction,
        warnings: [
          { code: 'TOTAL_MISMATCH', message: 'a', page: 4 },
          { code: 'OCR_LOW_CONFIDENCE', message: 'b', page: 2 },
          { code: 'TOTAL_MISMATCH', message: 'c', page: 3 },
          { code: 'TOTAL_MISMATCH', message: 'd', page: 4 },
        ],
      },
    };
    writeFileSync(join(folder, 'doc.json'), JSON.stringify(doc));
    const { code, stdout } = await capture(documents, ['--data', folder]);
    expect(code).toBe(0);
    const [header, , row] = stdout.split('\n');
    expect(header).toMatch(/^Region\s+Typ\s+Datum\s+År\s+Åtgärder\s+Beslut\s+Varningar\s+Titel\s+Fil$/);
    expect(row).toContain('Handlingsplan');
    expect(row).not.toContain('handlingsplan ');
    expect(row).toContain('Totalen stämmer inte (s. 3, 4); Osäker OCR-läsning (s. 2)');
    expect(row).toMatch(/Handlingsplan ekonomi\.pdf$/);
    expect(stdout).not.toContain('3f2a9c0d1e7b');
    expect(stdout.match(/Totalen stämmer inte/g)).toHaveLength(1);
    // JSON keeps the codes and the stored name for scripts.
    const json = JSON.parse((await capture(documents, ['--data', folder, '-f', 'json'])).stdout);
    expect(json.documents[0].warnings.map((w: { code: string }) => w.code)).toContain('TOTAL_MISMATCH');
  });

  it('documents: one row per paper, naming its copies', async () => {
    const folder = join(dir, 'copies');
    mkdirSync(folder);
    const copyId = `sha256:${'e'.repeat(64)}`;
    const copy = {
      ...dalarnaPlan,
      documentId: copyId,
      source: { ...dalarnaPlan.source, sha256: 'e'.repeat(64), fileName: 'Handlingsplan skannad.pdf' },
    };
    const original = { ...dalarnaPlan, source: { ...dalarnaPlan.source, fileName: 'Handlingsplan.pdf' } };
    writeFileSync(join(folder, 'a.json'), JSON.stringify(original));
    writeFileSync(join(folder, 'b.json'), JSON.stringify(copy));
    const { code, stdout } = await capture(documents, ['--data', folder]);
    expect(code).toBe(0);
    const rows = stdout
      .split('\n')
      .slice(2)
      .filter((line) => line.trim() !== '');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatch(/Handlingsplan(?: skannad)?\.pdf = Handlingsplan(?: skannad)?\.pdf$/);
  });

  it('--data accepts the data folder that `npm start` prints and finds the bucket inside it', async () => {
    const dataDir = join(dir, 'local-data');
    const bucket = join(dataDir, 's3', 'namndkoll-local', 'extracted');
    mkdirSync(bucket, { recursive: true });
    mkdirSync(join(dataDir, 'queue'), { recursive: true });
    writeFileSync(
      join(bucket, `${jamtlandMemo.documentId}.json._S3rver_object`),
      JSON.stringify(jamtlandMemo),
    );
    writeFileSync(join(bucket, `${jamtlandMemo.documentId}.json._S3rver_metadata.json`), '{}');
    const result = await capture(compare, ['SE-Z', '--year', '2024', '--data', dataDir]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Inhyrd personal\s+50/);
    const docs = await capture(documents, ['--data', dataDir]);
    expect(docs.stdout).toContain('Åtgärder för ekonomi i balans 2024');
  });
});
