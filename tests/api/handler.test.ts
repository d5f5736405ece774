/**
 * The Lambda entry of the query API against a real S3 protocol peer (s3rver on a free port): HTTP API v2
 * events in, results out, presigned PDF links, base64 for binary bodies and uploads.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createS3Client } from '../../functions/lib/s3-client.ts';
import { S3DocumentStore } from '../../functions/lib/store.ts';
import { ALL_DOCUMENTS, dalarnaPlan } from './documents.ts';

const BUCKET = 'namndkoll-handler-test';
let server: S3rver;
let dir: string;
let store: S3DocumentStore;
let handler: typeof import('../../functions/api/handler.ts').handler;

function event(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(import.meta.dirname, 'events', name), 'utf8')) as Record<
    string,
    unknown
  >;
}

function get(rawPath: string, rawQueryString = ''): Record<string, unknown> {
  const base = event('http-compare.json');
  return {
    ...base,
    rawPath,
    rawQueryString,
    requestContext: { ...(base['requestContext'] as object), http: { method: 'GET', path: rawPath } },
  };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'namndkoll-handler-'));
  server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    directory: dir,
    silent: true,
    configureBuckets: [{ name: BUCKET }],
  });
  const address = (await server.run()) as AddressInfo;
  const endpoint = `http://127.0.0.1:${address.port}`;
  store = new S3DocumentStore(createS3Client({ endpoint }), BUCKET);
  for (const doc of ALL_DOCUMENTS) {
    await store.putJson(`extracted/${doc.documentId}.json`, doc);
    await store.putBytes(doc.source.key, new TextEncoder().encode('%PDF-1.7 test'), {
      contentType: 'application/pdf',
    });
  }
  process.env['NAMNDKOLL_BUCKET'] = BUCKET;
  process.env['NAMNDKOLL_S3_ENDPOINT'] = endpoint;
  process.env['POWERTOOLS_LOG_LEVEL'] = 'SILENT';
  ({ handler } = await import('../../functions/api/handler.ts'));
});

afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('query API Lambda handler', () => {
  it('answers an HTTP API v2 compare event from the bucket', async () => {
    const result = await handler(event('http-compare.json'));
    expect(result.statusCode).toBe(200);
    expect(result.isBase64Encoded).toBe(false);
    expect(result.headers?.['content-type']).toBe('application/json; charset=utf-8');
    const body = JSON.parse(result.body);
    expect(body.rows[0].cells.map((cell: { amountMsek: number }) => cell.amountMsek)).toEqual([18.5, 50]);
  });

  it('links a document to a presigned, short-lived URL of its PDF', async () => {
    const result = await handler(get(`/documents/${dalarnaPlan.documentId}`));
    const { pdfUrl } = JSON.parse(result.body);
    const url = new URL(pdfUrl);
    expect(url.pathname).toBe(`/${BUCKET}/${dalarnaPlan.source.key}`);
    expect(url.searchParams.get('X-Amz-Expires')).toBe('300');
    expect(url.searchParams.get('X-Amz-Signature')).toMatch(/^[0-9a-f]{64}$/);
    const pdf = await fetch(url);
    expect(pdf.status).toBe(200);
    expect(await pdf.text()).toBe('%PDF-1.7 test');
  });

  it('returns binary exports base64-encoded', async () => {
    const result = await handler(get('/export', 'view=compare&format=xlsx&regions=SE-W,SE-Z&year=2024'));
    expect(result.statusCode).toBe(200);
    expect(result.isBase64Encoded).toBe(true);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(result.body, 'base64') as unknown as ArrayBuffer);
    expect(workbook.getWorksheet('Jämförelse')!.getRow(2).getCell(2).value).toBe(18.5);
  });

  it('stores a base64 upload under uploads/<region>/ with region metadata', async () => {
    const result = await handler(event('http-upload.json'));
    expect(result.statusCode).toBe(202);
    const receipt = JSON.parse(result.body);
    expect(receipt.key).toMatch(/^uploads\/SE-Z\/[0-9a-f]{12}-plan-för-2024\.pdf$/);
    const stored = await store.getObject(receipt.key);
    expect(new TextDecoder().decode(stored.bytes)).toBe('%PDF-1.7\n% uploaded through the HTTP API\n');
    expect(stored.metadata).toEqual({ region: 'SE-Z' });
  });

  it('answers 400 and 404 without stack traces, and a malformed event with 400', async () => {
    const bad = await handler(get('/measures', 'year=twenty'));
    expect(bad.statusCode).toBe(400);
    expect(JSON.parse(bad.body).error.message).toContain('year must be a four-digit year');
    const missing = await handler(get('/nowhere'));
    expect(missing.statusCode).toBe(404);
    const malformed = await handler({ hello: 'world' });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.body).not.toMatch(/at .*\.ts/);
  });
});
