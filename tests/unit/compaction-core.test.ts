/**
 * The pure parts of compaction shared by the local and the AWS compaction (functions/lib/compaction-core.ts):
 * landing keys, which documents a run takes, and the manifest as JSON Lines (what Athena reads as a table).
 */
import { describe, expect, it } from 'vitest';
import {
  byDocument,
  decodeManifest,
  encodeManifest,
  parseLandingKey,
  type S3Manifest,
  selectConsumable,
  unionViewSql,
} from '../../functions/lib/compaction-core.ts';

describe('landing keys', () => {
  it('reads table, region, year and document from a landing key, and nothing from other keys', () => {
    expect(parseLandingKey('facts/measures/region=SE-W/year=2024/sha256:ab12.jsonl')).toEqual({
      table: 'measures',
      region: 'SE-W',
      year: 2024,
      documentId: 'sha256:ab12',
    });
    expect(parseLandingKey('facts/measures/region=unknown/year=2023/x.jsonl')?.region).toBe('unknown');
    expect(parseLandingKey('facts/other/region=SE-W/year=2024/x.jsonl')).toBeNull();
    expect(parseLandingKey('facts/measures/region=SE-W/year=2024/x.json')).toBeNull();
    expect(parseLandingKey('compacted/measures/region=SE-W/year=2024/part-g1-x.parquet')).toBeNull();
  });
});

describe('which documents a run takes', () => {
  const file = (documentId: string, region: string, size: number) => ({ documentId, region, size });
  it('takes committed documents whose non-empty files lie in their region; the others wait', () => {
    const files = [
      file('a', 'SE-W', 10),
      file('a', 'SE-Z', 0), // emptied: the document left SE-Z
      file('b', 'SE-W', 10), // not committed yet
      file('c', 'SE-W', 10),
      file('c', 'SE-I', 10), // moving to SE-I: the SE-W file is not emptied yet
    ];
    const regions: Record<string, string | null> = { a: 'SE-W', b: null, c: 'SE-I' };
    const selected = selectConsumable(byDocument(files), (id) => regions[id] ?? null);
    expect(selected.documents).toEqual(['a']);
    expect(selected.consume).toEqual([files[0], files[1]]);
    expect(selected.waiting.sort()).toEqual(['b', 'c']);
  });
});

describe('the manifest as JSON Lines', () => {
  const manifest: S3Manifest = {
    generation: 3,
    compactedAt: '2026-01-02T03:04:05.000Z',
    parts: [
      {
        table: 'measures',
        region: 'SE-W',
        year: 2024,
        key: 'compacted/measures/region=SE-W/year=2024/part-g3-a.parquet',
      },
      {
        table: 'documents',
        region: 'unknown',
        year: 2023,
        key: 'compacted/documents/region=unknown/year=2023/part-g2-b.parquet',
      },
    ],
    consumed: 'compaction/consumed/consumed-g3.parquet',
    retired: ['compacted/measures/region=SE-W/year=2024/part-g2-c.parquet'],
  };

  it('round-trips, one flat row per line with the generation on every row', () => {
    const text = encodeManifest(manifest);
    expect(decodeManifest(text)).toEqual(manifest);
    const lines = text
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.map((line) => line.kind)).toEqual(['head', 'part', 'part', 'consumed', 'retired']);
    expect(new Set(lines.map((line) => line.generation))).toEqual(new Set([3]));
    expect(Object.keys(lines[1]).sort()).toEqual([
      'compacted_at',
      'generation',
      'key',
      'kind',
      'region',
      'tbl',
      'year',
    ]);
    expect(decodeManifest(encodeManifest({ ...manifest, consumed: null, retired: [] })).consumed).toBeNull();
  });

  it('refuses a manifest without a head or with mixed generations', () => {
    expect(() => decodeManifest('{"kind":"part","generation":1}\n')).toThrow(/head/);
    const text = encodeManifest(manifest).replace(
      '"kind":"retired","generation":3',
      '"kind":"retired","generation":2',
    );
    expect(() => decodeManifest(text)).toThrow(/generations/);
  });
});

describe('the union view', () => {
  it('reads only the parts the manifest names, and each document from one side', () => {
    const sql = unionViewSql('measures');
    expect(sql).toContain('FROM landing_measures l');
    expect(sql).toContain('FROM compacted_measures p');
    expect(sql).toContain(`m.kind = 'part'`);
    expect(sql).toContain('l.document_id IN (');
    expect(sql).toContain('p.document_id NOT IN (');
    // The re-ingest signal: a consumed documents file counts as folded in only with the same extracted_at.
    expect(sql).toContain('c.extracted_at = d.extracted_at');
  });
});
