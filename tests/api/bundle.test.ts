/**
 * The query API as it is deployed: functions/api/handler.ts bundled by esbuild with the settings of the
 * CDK stack's `apiBundling()` (ESM, minified, the createRequire banner, the same externals, web/ copied
 * beside it; syntax target node20, the Node this runs on, where the stack targets the Lambda's node22),
 * copied into an empty folder and run with node against s3rver. Proves the bundle loads exceljs, the
 * presigner and the page files without node_modules.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createS3Client } from '../../functions/lib/s3-client.ts';
import { S3DocumentStore } from '../../functions/lib/store.ts';
import { ALL_DOCUMENTS } from './documents.ts';

const root = resolve(import.meta.dirname, '..', '..');
const BUCKET = 'namndkoll-bundle-test';
let dir: string;
let server: S3rver;
let endpoint: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'namndkoll-api-bundle-'));
  server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    directory: join(dir, 's3'),
    silent: true,
    configureBuckets: [{ name: BUCKET }],
  });
  endpoint = `http://127.0.0.1:${((await server.run()) as AddressInfo).port}`;
  const store = new S3DocumentStore(createS3Client({ endpoint }), BUCKET);
  for (const doc of ALL_DOCUMENTS) await store.putJson(`extracted/${doc.documentId}.json`, doc);
  await build({
    entryPoints: [join(root, 'functions', 'api', 'handler.ts')],
    outfile: join(dir, 'lambda', 'index.mjs'),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    minify: true,
    mainFields: ['module', 'main'],
    banner: {
      js: "import { createRequire as __namndkollCreateRequire } from 'node:module'; const require = __namndkollCreateRequire(import.meta.url);",
    },
    external: [
      'pdf-parse',
      'pdfjs-dist',
      '@napi-rs/canvas',
      'tesseract.js',
      '@tesseract.js-data/swe',
      '@duckdb/node-api',
    ],
    logLevel: 'silent',
  });
  cpSync(join(root, 'web'), join(dir, 'lambda', 'web'), { recursive: true });
});

afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the bundled query API', () => {
  it('runs from an empty folder: compare, xlsx export, presigned link, the page, errors', async () => {
    const script = `
      const { handler } = await import('./index.mjs');
      const event = (rawPath, rawQueryString = '') => ({ rawPath, rawQueryString, headers: {}, requestContext: { http: { method: 'GET' } } });
      const out = {};
      out.compare = await handler(event('/compare', 'regions=SE-W,SE-Z&year=2024'));
      out.xlsx = await handler(event('/export', 'view=compare&format=xlsx&regions=SE-W&year=2024'));
      out.document = await handler(event('/documents/${ALL_DOCUMENTS[0]!.documentId}'));
      out.page = await handler(event('/'));
      out.bad = await handler(event('/measures', 'year=x'));
      process.stdout.write(JSON.stringify(out));
    `;
    writeFileSync(join(dir, 'lambda', 'smoke.mjs'), script);
    // Asynchronously: s3rver runs in this process and must keep answering the child.
    const { stdout: output } = await promisify(execFile)(process.execPath, ['smoke.mjs'], {
      cwd: join(dir, 'lambda'),
      env: {
        PATH: process.env['PATH'],
        NAMNDKOLL_BUCKET: BUCKET,
        NAMNDKOLL_S3_ENDPOINT: endpoint,
        POWERTOOLS_LOG_LEVEL: 'SILENT',
        AWS_SDK_JS_SUPPRESS_NODE_VERSION_WARNING: '1',
      },
      encoding: 'utf8',
    });
    const out = JSON.parse(output) as Record<
      string,
      { statusCode: number; headers: Record<string, string>; body: string; isBase64Encoded: boolean }
    >;
    expect(
      JSON.parse(out['compare']!.body).rows[0].cells.map((cell: { amountMsek: number }) => cell.amountMsek),
    ).toEqual([18.5, 50]);
    expect(out['xlsx']!.isBase64Encoded).toBe(true);
    expect(Buffer.from(out['xlsx']!.body, 'base64').subarray(0, 2).toString()).toBe('PK');
    expect(new URL(JSON.parse(out['document']!.body).pdfUrl).searchParams.get('X-Amz-Expires')).toBe('300');
    expect(out['page']!.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(out['bad']!.statusCode).toBe(400);
  });
});
