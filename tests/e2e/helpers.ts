/**
 * Shared pieces of the pipeline e2e tests: fixtures, golden facts, and reading the bucket through the
 * real S3 protocol.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { GetObjectCommand, ListObjectsV2Command, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { GoldenFacts } from '../golden/golden-match.ts';
import { OWN_EXPECTATIONS_DIR, REFERENCE_GOLDEN_DIR } from '../helpers/repo-paths.ts';

export const root = resolve(import.meta.dirname, '..', '..');
export const fixturesDir = join(root, 'fixtures');

export function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(fixturesDir, name)));
}

export function seedFixtures(): string[] {
  return readdirSync(fixturesDir)
    .filter((file) => /^seed-\d{3}-.+\.pdf$/.test(file))
    .sort();
}

export function tempDataDir(label: string): string {
  return mkdtempSync(join(tmpdir(), `namndkoll-${label}-`));
}

/** The golden facts of a seed (`seed-004-…pdf` → 004): the reference ones and the project's own. */
export function goldensFor(fileName: string): { file: string; facts: GoldenFacts }[] {
  const seed = /^seed-(\d{3})-/.exec(fileName)?.[1];
  if (!seed) return [];
  const out: { file: string; facts: GoldenFacts }[] = [];
  for (const dir of [REFERENCE_GOLDEN_DIR, OWN_EXPECTATIONS_DIR]) {
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir).filter((f) => f.startsWith(`${seed}_`) && f.endsWith('.json'))) {
      out.push({ file, facts: JSON.parse(readFileSync(join(dir, file), 'utf8')) as GoldenFacts });
    }
  }
  return out;
}

export async function put(
  s3: S3Client,
  bucket: string,
  key: string,
  body: Uint8Array,
  metadata?: Record<string, string>,
): Promise<void> {
  await s3.send(
    new PutObjectCommand({
      Bucket: bucket,
      Key: key,
      Body: body,
      ContentType: 'application/pdf',
      ...(metadata ? { Metadata: metadata } : {}),
    }),
  );
}

export async function getBytes(s3: S3Client, bucket: string, key: string): Promise<Uint8Array> {
  const response = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
  return response.Body!.transformToByteArray();
}

export async function getJson(s3: S3Client, bucket: string, key: string): Promise<unknown> {
  return JSON.parse(new TextDecoder().decode(await getBytes(s3, bucket, key)));
}

export async function listKeys(s3: S3Client, bucket: string, prefix: string): Promise<string[]> {
  const keys: string[] = [];
  let token: string | undefined;
  do {
    const page = await s3.send(
      new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, ContinuationToken: token }),
    );
    for (const item of page.Contents ?? []) if (item.Key) keys.push(item.Key);
    token = page.IsTruncated ? page.NextContinuationToken : undefined;
  } while (token);
  return keys;
}
