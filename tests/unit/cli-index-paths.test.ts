/**
 * The CLI's `documents`, `compare`, `measures` and `decisions` read only what they print from the document
 * index (functions/api/cli-source.ts: the compared regions' partitions, the regions' persisted summaries,
 * one region's partitions) and print exactly what they printed when they built the whole catalog from
 * every extracted document: the same bytes on stdout and stderr and the same exit code, in every format,
 * over generated catalogs that are empty, of one region and of every region (with copies, later versions
 * and measures repeated in a second paper, which is where the index paths could differ).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { run as compare } from '../../cli/commands/compare.ts';
import { run as decisions } from '../../cli/commands/decisions.ts';
import { run as documents } from '../../cli/commands/documents.ts';
import { run as measures } from '../../cli/commands/measures.ts';
import {
  loadComparison,
  loadDecisions,
  loadDocuments,
  loadMeasures,
  loadSnapshot,
} from '../../functions/api/cli-source.ts';
import { buildIndex, partitionOfKey } from '../../functions/lib/doc-index.ts';
import { MemoryDocumentStore } from '../../functions/lib/store.ts';
import type { ExtractedDocument } from '../../parsers/schema.ts';
import {
  encodePartition,
  INDEX_VERSION,
  parsePartitionHeader,
  toIndexEntry,
} from '../../query/doc-summary.ts';
import type { RegionFilter } from '../../query/params.ts';
import { compare as compareOver, listDecisions, listDocuments, listMeasures } from '../../query/services.ts';
import { generated } from '../helpers/generated-catalog.ts';

type Command = (argv: string[]) => Promise<number>;

interface Folders {
  /** extracted/ only: the commands build the whole catalog, validating every document (the old path). */
  plain: string;
  /** The bucket layout with the index the pipeline writes (partitions, manifest, region summaries). */
  indexed: string;
  /** The same index as the local stack's s3rver keeps it (objects with their .md5 beside them). */
  s3rver: string;
}

let root: string;

/** The three folders over `docs`. */
async function foldersWith(name: string, docs: readonly ExtractedDocument[]): Promise<Folders> {
  const store = new MemoryDocumentStore(() => new Date('2025-11-01T10:00:00.000Z'));
  const entries = docs.map((doc) => ({ key: `extracted/${doc.documentId}.json`, doc }));
  for (const { key, doc } of entries) await store.putJson(key, doc);
  await buildIndex(store, entries, () => new Date('2025-11-01T10:00:00.000Z'));
  const folders = {
    plain: join(root, name, 'plain'),
    indexed: join(root, name, 'indexed'),
    s3rver: join(root, name, 's3', 'namndkoll-local'),
  };
  const write = (path: string, bytes: Uint8Array | string) => {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, bytes);
  };
  mkdirSync(join(folders.plain, 'extracted'), { recursive: true });
  mkdirSync(join(folders.indexed, 'extracted'), { recursive: true });
  for (const [key, object] of store.objects) {
    if (key.startsWith('extracted/')) write(join(folders.plain, key), object.bytes);
    write(join(folders.indexed, key), object.bytes);
    write(join(folders.s3rver, `${key}._S3rver_object`), object.bytes);
    write(
      join(folders.s3rver, `${key}._S3rver_object.md5`),
      createHash('md5').update(object.bytes).digest('hex'),
    );
  }
  return folders;
}

async function capture(command: Command, argv: string[]) {
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    return true;
  });
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  });
  try {
    const code = await command(argv);
    return { code, stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

/** The README's examples and their neighbours: every selection the index paths answer differently. */
const CASES: [string, string[], Command][] = [
  ['documents', [], documents],
  ['documents', ['--region', 'SE-W'], documents],
  ['documents', ['--region', 'unknown'], documents],
  ['documents', ['--year', '2024'], documents],
  ['documents', ['--type', 'handlingsplan', '--year', '2025'], documents],
  ['documents', ['--region', 'SE-Z', '--year', '2023', '--type', 'rapport'], documents],
  ['compare', ['SE-W', 'SE-Z', '--year', '2024'], compare],
  ['compare', ['SE-W', 'SE-Z', '--year', '2024', '--measures'], compare],
  ['compare', ['SE-W', 'SE-Z', 'SE-M', 'SE-AB', '--years', '2022-2026'], compare],
  ['compare', ['SE-O', 'unknown', '--years', '2023,2025', '--measures'], compare],
  ['measures', ['hyrbemanning', '--year', '2024'], measures],
  ['measures', [], measures],
  ['measures', ['--category', 'purchased_care', '--limit', '40'], measures],
  ['measures', ['--year', '2025', '--q', 'vård'], measures],
  ['measures', ['--region', 'SE-Z', '--category', 'staffing_agency'], measures],
  ['measures', ['--region', 'SE-W', '--year', '2025', '--limit', '3'], measures],
  ['decisions', ['--region', 'SE-Z'], decisions],
  ['decisions', ['uppdrag'], decisions],
  ['decisions', [], decisions],
  ['decisions', ['--region', 'unknown'], decisions],
  ['measures', ['--region', 'unknown', '--year', '2024'], measures],
  ['decisions', ['--year', '2025', '--limit', '20'], decisions],
  ['decisions', ['--region', 'SE-W', '--year', '2024', '--limit', '2'], decisions],
];

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'namndkoll-cli-paths-'));
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

const CATALOGS: [string, () => ExtractedDocument[]][] = [
  ['an empty catalog', () => []],
  ['a catalog of one region', () => generated(300, 3, (doc) => doc.document.region?.code === 'SE-W')],
  ['a catalog of every region', () => generated(240, 5)],
];

describe.each(CATALOGS)('the CLI over %s', (name, docs) => {
  let folders: Folders;
  beforeAll(async () => {
    folders = await foldersWith(name.replace(/\W+/g, '-'), docs());
  });

  it.each(CASES)(
    '%s %j prints from the index what it printed from every document',
    async (_, args, command) => {
      for (const format of ['table', 'json', 'csv']) {
        const old = await capture(command, [...args, '--data', folders.plain, '-f', format]);
        expect(old.code === 0 || old.code === 3, old.stderr).toBe(true);
        for (const data of [folders.indexed, folders.s3rver]) {
          const now = await capture(command, [...args, '--data', data, '-f', format]);
          expect(now, `${format} over ${data}`).toEqual(old);
        }
      }
    },
  );

  it('gives the same answers as the services over the whole catalog', async () => {
    const snapshot = await loadSnapshot({ data: folders.plain });
    const options = { data: folders.indexed };
    for (const query of [{}, { region: 'SE-W' as const }, { year: 2024, offset: 3, limit: 4 }]) {
      expect(await loadDocuments(options, query)).toEqual(listDocuments(snapshot, query));
    }
    for (const query of [
      {},
      { q: 'minskad' },
      { category: 'staffing_agency' as const, year: 2024, offset: 5, limit: 30 },
      { regions: ['SE-W', 'unknown'] as RegionFilter[], year: 2025 },
    ]) {
      expect(await loadMeasures(options, query)).toEqual(listMeasures(snapshot, query));
    }
    for (const query of [
      {},
      { year: 2024, q: 'uppdrag', offset: 2, limit: 9 },
      { region: 'SE-W' as const, q: 'beslut' },
    ]) {
      expect(await loadDecisions(options, query)).toEqual(listDecisions(snapshot, query));
    }
    const query = { regions: ['SE-W', 'SE-Z', 'unknown'] as RegionFilter[], years: [2023, 2024, 2025] };
    expect(await loadComparison(options, query)).toEqual(compareOver(snapshot, query));
  });
});

describe('what the CLI reads', () => {
  it('lists documents from the persisted summaries alone, and compares from the index alone', async () => {
    const docs = generated(120, 11);
    const folders = await foldersWith('reads', docs);
    const expected = {
      documents: await capture(documents, ['--data', folders.plain, '-f', 'json']),
      compare: await capture(compare, ['SE-W', 'SE-Z', '--year', '2024', '--data', folders.plain]),
    };
    expect(JSON.parse(expected.documents.stdout).count).toBeGreaterThan(100);
    // Without extracted/, only the index can answer; with every partition's body destroyed (its .md5 kept,
    // as s3rver keeps it), only the summaries can: reading a partition would find it corrupt.
    rmSync(join(folders.s3rver, 'extracted'), { recursive: true });
    expect(await capture(compare, ['SE-W', 'SE-Z', '--year', '2024', '--data', folders.s3rver])).toEqual(
      expected.compare,
    );
    const index = join(folders.s3rver, 'index');
    for (const name of readdirSync(index, { recursive: true }).map(String)) {
      const key = `index/${name.replace(/\\/g, '/')}`.replace('._S3rver_object', '');
      if (name.endsWith('._S3rver_object') && partitionOfKey(key) !== null)
        writeFileSync(join(index, name), 'not a partition\n');
    }
    expect(await capture(documents, ['--data', folders.s3rver, '-f', 'json'])).toEqual(expected.documents);
  });

  it('summarizes a region again from its partitions when its summary is older than them', async () => {
    const docs = generated(60, 13);
    const folders = await foldersWith('stale', docs);
    const expected = await capture(documents, ['--data', folders.plain]);
    // A partition rewritten after its summary (an ingest that crashed before the summary): other bytes,
    // so another MD5 than the summary was signed with. The listing must then not come from that summary.
    const later = generated(61, 13)[60]!;
    const again = await foldersWith('stale-later', [...docs, later]);
    const region = later.document.region?.code ?? 'unknown';
    for (const folder of [folders.indexed, folders.s3rver]) {
      const from = folder === folders.indexed ? again.indexed : again.s3rver;
      rmSync(join(folder, 'index', 'v2', `region=${region}`), { recursive: true });
      mkdirSync(join(folder, 'index', 'v2', `region=${region}`));
      for (const name of readdirSync(join(from, 'index', 'v2', `region=${region}`)))
        writeFileSync(
          join(folder, 'index', 'v2', `region=${region}`, name),
          readFileSync(join(from, 'index', 'v2', `region=${region}`, name)),
        );
      const extracted = `${later.documentId}.json`;
      const suffix = folder === folders.s3rver ? '._S3rver_object' : '';
      writeFileSync(join(folder, 'extracted', extracted + suffix), JSON.stringify(later));
    }
    writeFileSync(join(folders.plain, 'extracted', `${later.documentId}.json`), JSON.stringify(later));
    const updated = await capture(documents, ['--data', folders.plain]);
    expect(updated).not.toEqual(expected);
    for (const folder of [folders.indexed, folders.s3rver])
      expect(await capture(documents, ['--data', folder])).toEqual(updated);
  });
});

describe('the partition header, checked without zod', () => {
  it('takes the header the writer writes and refuses anything else', () => {
    const doc = generated(1, 17)[0]!;
    const text = encodePartition({ region: 'SE-AB', year: 2024 }, [toIndexEntry(doc, 'extracted/a.json')]);
    const header = JSON.parse(text.slice(0, text.indexOf('\n'))) as Record<string, unknown>;
    expect(parsePartitionHeader(header)).toEqual(header);
    expect(parsePartitionHeader({ ...header, extra: 1 })).toEqual(header);
    for (const bad of [
      null,
      [],
      'header',
      { ...header, version: INDEX_VERSION - 1 },
      { ...header, region: '' },
      { ...header, region: 7 },
      { ...header, year: 2024.5 },
      { ...header, documents: -1 },
      { ...header, measures: '3' },
      { ...header, bytes: Number.MAX_SAFE_INTEGER + 2 },
      Object.fromEntries(Object.entries(header).filter(([name]) => name !== 'crc32')),
    ])
      expect(parsePartitionHeader(bad), JSON.stringify(bad)).toBeNull();
  });
});
