/**
 * The local stack under attack and bad luck (issue 11, items 1, 2, 5, 7, 9): keys that leave the bucket,
 * unsigned and forged requests, cross-origin pages and DNS rebinding, oversized bodies, hostile upload
 * names, and the same bytes uploaded under two keys at once. Raw HTTP with paths as-is, no SDK shortcuts.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect } from 'node:net';
import { basename, dirname, join } from 'node:path';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isIngestKey } from '../../functions/lib/layout.ts';
import { createS3Client } from '../../functions/lib/s3-client.ts';
import { type LocalStack, startLocalStack } from '../../infra/local/start.ts';
import { rawRequest } from '../helpers/raw-s3.ts';
import { fixture, tempDataDir } from './helpers.ts';

let stack: LocalStack;
let dataDir: string;
const PDF = fixture('seed-004-handlingsplan-ruled.pdf');

beforeAll(async () => {
  dataDir = tempDataDir('hostile');
  stack = await startLocalStack({
    port: 0,
    apiPort: 0,
    dataDir,
    seed: false,
    logLevel: 'SILENT',
    ocr: 'none',
  });
});

afterAll(async () => {
  await stack?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

/** Every file under the data folder's parent that is not inside the data folder (escapes land there). */
function filesOutside(): string[] {
  const parent = dirname(dataDir);
  return readdirSync(parent).filter((name) => name.startsWith('escaped-'));
}

describe('the local S3 endpoint', () => {
  const escapes = [
    'uploads/../../../../escaped-1.pdf',
    'uploads/%2e%2e/%2e%2e/%2e%2e/%2e%2e/escaped-2.pdf',
    'uploads/..%2f..%2f..%2f..%2fescaped-3.pdf',
    'uploads/%2E%2E%2F%2E%2E%2F%2E%2E%2F%2E%2E%2Fescaped-4.pdf',
    'uploads/./../../../../escaped-5.pdf',
  ];

  it('refuses keys that leave the bucket, for PUT, GET, DELETE and copy, even when signed', async () => {
    const credentials = stack.credentials;
    // The signer works: a safe key goes through.
    const safe = await rawRequest(stack.s3Endpoint, 'PUT', `/${stack.bucket}/tmp/safe.txt`, {
      credentials,
      body: Buffer.from('x'),
    });
    expect(safe.status).toBe(200);
    for (const key of escapes) {
      const path = `/${stack.bucket}/${key}`;
      for (const method of ['PUT', 'GET', 'DELETE', 'HEAD']) {
        const response = await rawRequest(stack.s3Endpoint, method, path, {
          credentials,
          ...(method === 'PUT' ? { body: Buffer.from('%PDF-1.4 escaped') } : {}),
        });
        expect(response.status, `${method} ${path}`).toBe(400);
      }
      const copy = await rawRequest(stack.s3Endpoint, 'PUT', `/${stack.bucket}/tmp/copy.txt`, {
        credentials,
        headers: { 'x-amz-copy-source': `/${stack.bucket}/${key}` },
      });
      expect(copy.status, `copy from ${key}`).toBe(400);
    }
    expect(filesOutside()).toEqual([]);
    // DELETE aimed at a folder beside the data folder, in every spelling: the folder stays.
    const sentinel = join(dirname(dataDir), `sentinel-${process.pid}`);
    mkdirSync(sentinel, { recursive: true });
    writeFileSync(join(sentinel, 'keep.txt'), 'keep');
    try {
      const name = basename(sentinel);
      for (const prefix of [
        '../../../../',
        '%2e%2e/%2e%2e/%2e%2e/%2e%2e/',
        '..%2f..%2f..%2f..%2f',
        '..%2F..%2F..%2F..%2F',
      ]) {
        for (const target of [name, `${name}/keep.txt`]) {
          const path = `/${stack.bucket}/uploads/${prefix}${target}`;
          const response = await rawRequest(stack.s3Endpoint, 'DELETE', path, { credentials });
          expect(response.status, `DELETE ${path}`).toBe(400);
        }
      }
      expect(readFileSync(join(sentinel, 'keep.txt'), 'utf8')).toBe('keep');
    } finally {
      rmSync(sentinel, { recursive: true, force: true });
    }
    // Other buckets (s3rver would create them as folders) are not served either.
    const other = await rawRequest(stack.s3Endpoint, 'PUT', '/..', { credentials });
    expect(other.status).toBeGreaterThanOrEqual(400);
  });

  it('needs the generated key pair: unsigned, wrong secret and unknown key ids are refused', async () => {
    const path = `/${stack.bucket}/uploads/unsigned.pdf`;
    const body = Buffer.from(PDF);
    expect((await rawRequest(stack.s3Endpoint, 'PUT', path, { body })).status).toBe(403);
    expect((await rawRequest(stack.s3Endpoint, 'GET', `/${stack.bucket}?list-type=2`)).status).toBe(403);
    const wrongSecret = { ...stack.credentials, secretAccessKey: 'not-the-secret' };
    const forged = await rawRequest(stack.s3Endpoint, 'PUT', path, { credentials: wrongSecret, body });
    expect(forged.status).toBe(403);
    expect(forged.body).toContain('SignatureDoesNotMatch');
    const s3rverDefault = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };
    const sdk = createS3Client({ endpoint: stack.s3Endpoint, credentials: s3rverDefault });
    await expect(
      sdk.send(new PutObjectCommand({ Bucket: stack.bucket, Key: 'uploads/sdk.pdf', Body: PDF })),
    ).rejects.toThrow();
    sdk.destroy();
    expect(await stack.store.exists('uploads/unsigned.pdf')).toBe(false);
    expect(await stack.store.exists('uploads/sdk.pdf')).toBe(false);

    const file = join(dataDir, 'credentials.json');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(stack.credentials);
  });

  it('refuses a signed upload whose body differs from its x-amz-content-sha256: nothing stored, nothing queued', async () => {
    const declaredFor = Buffer.concat([Buffer.from(PDF), Buffer.from('\n%declared\n')]);
    const sent = Buffer.concat([Buffer.from(PDF), Buffer.from('\n%swapped!\n')]);
    const response = await rawRequest(stack.s3Endpoint, 'PUT', `/${stack.bucket}/uploads/swapped.pdf`, {
      credentials: stack.credentials,
      body: sent,
      declaredPayload: createHash('sha256').update(declaredFor).digest('hex'),
    });
    expect(response.status).toBe(400);
    expect(response.body).toContain('XAmzContentSHA256Mismatch');
    for (const payload of ['UNSIGNED-PAYLOAD', 'STREAMING-UNSIGNED-PAYLOAD-TRAILER']) {
      const unsigned = await rawRequest(stack.s3Endpoint, 'PUT', `/${stack.bucket}/uploads/swapped.pdf`, {
        credentials: stack.credentials,
        body: sent,
        declaredPayload: payload,
      });
      expect(unsigned.status, payload).toBe(400);
    }
    await stack.idle();
    expect(await stack.store.exists('uploads/swapped.pdf')).toBe(false);
    const leftovers = readdirSync(join(dataDir, 's3', stack.bucket), { recursive: true }).filter((name) =>
      String(name).includes('swapped'),
    );
    expect(leftovers).toEqual([]);
  });

  it('refuses a DNS-rebinding Host and a browser Origin on a signed request', async () => {
    const port = new URL(stack.s3Endpoint).port;
    const rebound = await rawRequest(stack.s3Endpoint, 'GET', `/${stack.bucket}?list-type=2`, {
      credentials: stack.credentials,
      headers: { host: `evil.example:${port}` },
    });
    expect(rebound.status).toBe(421);
    const fromPage = await rawRequest(stack.s3Endpoint, 'PUT', `/${stack.bucket}/extracted/forged.json`, {
      credentials: stack.credentials,
      body: Buffer.from('{}'),
      headers: { origin: 'http://127.0.0.1:9' },
    });
    expect(fromPage.status).toBe(403);
    expect(await stack.store.exists('extracted/forged.json')).toBe(false);
  });

  it('refuses browser form POSTs (policy uploads)', async () => {
    const boundary = 'x-boundary';
    const form = Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="key"\r\n\r\nextracted/forged.json\r\n` +
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="f.json"\r\n\r\n{}\r\n--${boundary}--\r\n`,
    );
    const response = await rawRequest(stack.s3Endpoint, 'POST', `/${stack.bucket}`, {
      body: form,
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, origin: 'http://127.0.0.1:9' },
    });
    expect(response.status).toBe(405);
    expect(await stack.store.exists('extracted/forged.json')).toBe(false);
  });

  it('supports If-None-Match: * and If-Match as S3 does, one winner among concurrent writers', async () => {
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        stack.store.putConditional('locks/race.json', `{"n":${i}}`, { ifAbsent: true }),
      ),
    );
    expect(results.filter((etag) => etag !== null)).toHaveLength(1);
    const head = await stack.store.head('locks/race.json');
    expect(await stack.store.putConditional('locks/race.json', '{}', { ifMatch: '"0000"' })).toBeNull();
    expect(await stack.store.putConditional('locks/race.json', '{"n":9}', { ifMatch: head!.etag! })).toEqual(
      expect.any(String),
    );
  });
});

function apiRequest(
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: Buffer,
): Promise<{ status: number; body: string }> {
  const url = new URL(stack.apiUrl);
  return new Promise((resolve, reject) => {
    // A fresh connection each time: a kept-alive socket the server closes at its keep-alive timeout
    // while the client reuses it ends in "socket hang up" on a loaded machine.
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        method,
        path,
        headers: { host: url.host, ...headers },
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/**
 * POST up to `totalMb` MB over a raw socket, reading the answer while writing (an HTTP client would stop
 * at the first EPIPE). Resolves with the status and how many MB had been written when it arrived.
 */
function postLarge(
  headers: Record<string, string>,
  totalMb: number,
): Promise<{ status: number; sentMb: number }> {
  const url = new URL(stack.apiUrl);
  const chunked = headers['transfer-encoding'] === 'chunked';
  const chunk = Buffer.alloc(1024 * 1024, 0x25);
  const framed = chunked
    ? Buffer.concat([Buffer.from(`${chunk.length.toString(16)}\r\n`), chunk, Buffer.from('\r\n')])
    : chunk;
  return new Promise((resolve, reject) => {
    const socket = connect(Number(url.port), url.hostname);
    let sent = 0;
    let answer = '';
    let finished = false;
    const finish = (status: number) => {
      if (finished) return;
      finished = true;
      socket.destroy();
      resolve({ status, sentMb: sent });
    };
    socket.on('data', (data: Buffer) => {
      answer += data.toString('latin1');
      const status = /^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1];
      if (status) finish(Number(status));
    });
    socket.on('error', () =>
      answer ? undefined : finished || reject(new Error('connection failed before an answer')),
    );
    socket.on('close', () => finish(Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1] ?? 0)));
    const head = [
      `POST /api/uploads?name=big.pdf HTTP/1.1`,
      `host: ${url.host}`,
      ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`),
    ];
    socket.write(`${head.join('\r\n')}\r\n\r\n`);
    const pump = () => {
      while (!finished && sent < totalMb) {
        sent += 1;
        if (!socket.write(framed)) return void socket.once('drain', pump);
      }
      if (!finished && chunked) socket.write('0\r\n\r\n');
    };
    pump();
  });
}

async function pageToken(): Promise<string> {
  const page = await apiRequest('GET', '/', {});
  const token = /name="namndkoll-write-token" content="([^"]+)"/.exec(page.body)?.[1];
  expect(token).toBeDefined();
  return token!;
}

describe('the local API', () => {
  it('refuses a write from a page on another loopback port, a forged Host, and a write without the token', async () => {
    const token = await pageToken();
    const body = Buffer.from(PDF);
    // A page at http://127.0.0.1:<other port> posting text/plain (no preflight): refused by Origin.
    const crossOrigin = await apiRequest(
      'POST',
      '/api/uploads?name=forged.pdf',
      { origin: 'http://127.0.0.1:9', 'content-type': 'text/plain' },
      body,
    );
    expect(crossOrigin.status).toBe(403);
    // Even with the token (it could not have read it, but the Origin alone decides).
    const crossWithToken = await apiRequest(
      'POST',
      '/api/uploads?name=forged.pdf',
      { origin: 'http://localhost:9', 'x-namndkoll-token': token },
      body,
    );
    expect(crossWithToken.status).toBe(403);
    // DNS rebinding: the attacker's host name pointing at 127.0.0.1 — reads are refused too.
    const port = new URL(stack.apiUrl).port;
    const rebound = await apiRequest('GET', '/api/documents', { host: `evil.example:${port}` });
    expect(rebound.status).toBe(421);
    const reboundWrite = await apiRequest(
      'POST',
      '/api/uploads?name=forged.pdf',
      { host: `evil.example:${port}`, 'x-namndkoll-token': token },
      body,
    );
    expect(reboundWrite.status).toBe(421);
    // A client without the page's token (curl, another program's forged request).
    const noToken = await apiRequest('POST', '/api/uploads?name=forged.pdf', {}, body);
    expect(noToken.status).toBe(403);
    expect(await stack.store.list('uploads/')).toEqual([]);
    // The page itself: same origin, with the token.
    const own = await apiRequest(
      'POST',
      '/api/uploads?name=own.pdf',
      { origin: stack.apiUrl, 'x-namndkoll-token': token, 'content-type': 'application/pdf' },
      body,
    );
    expect(own.status).toBe(202);
  });

  it('answers 413 to an oversized body before reading it, and stops a chunked one at the limit', async () => {
    const token = await pageToken();
    const headers = { 'x-namndkoll-token': token, 'content-type': 'application/pdf' };
    // 500 MB announced: refused from the Content-Length, before the body.
    const declared = await postLarge({ ...headers, 'content-length': String(500 * 1024 * 1024) }, 500);
    expect(declared.status).toBe(413);
    expect(declared.sentMb).toBeLessThanOrEqual(16);

    // 500 MB chunked (no length): the answer comes once the limit (50 MB) is passed, not at the end.
    const rssBefore = process.memoryUsage().rss;
    const streamed = await postLarge({ ...headers, 'transfer-encoding': 'chunked' }, 500);
    expect(streamed.status).toBe(413);
    expect(streamed.sentMb).toBeLessThan(120);
    // Client and server share this process: growth stays near the limit, not the 500 MB sent.
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(200 * 1024 * 1024);
  });

  it('keeps a processable key for hostile names (..pdf, %2F.pdf, no .pdf, unicode, very long)', async () => {
    const token = await pageToken();
    const names = ['..pdf', '%2F.pdf', 'rapport', 'Åtgärdsplan ö.PDF', `${'x'.repeat(400)}.pdf`];
    for (const [index, name] of names.entries()) {
      const bytes = Buffer.concat([Buffer.from(PDF), Buffer.from(`\n%name-test-${index}\n`)]);
      const response = await apiRequest(
        'POST',
        `/api/uploads?name=${encodeURIComponent(name)}`,
        { 'x-namndkoll-token': token, 'content-type': 'application/pdf' },
        bytes,
      );
      expect(response.status, name).toBe(202);
      const receipt = JSON.parse(response.body) as { key: string; documentId: string };
      expect(isIngestKey(receipt.key), receipt.key).toBe(true);
      expect(receipt.key.endsWith('.pdf')).toBe(true);
      expect(await stack.store.exists(receipt.key)).toBe(true);
    }
    await stack.idle();
    // Every one was picked up: extracted or failed, none pending.
    for (const key of await stack.store.list('uploads/')) {
      const bytes = (await stack.store.getObject(key)).bytes;
      const id = `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
      const done =
        (await stack.store.exists(`extracted/${id}.json`)) || (await stack.store.exists(`failed/${id}.json`));
      expect(done, key).toBe(true);
    }
  });
});

describe('a restart after a crash', () => {
  it('starts over zero-byte s3rver metadata and an empty queue file, quarantining them', async () => {
    const dir = tempDataDir('restart');
    const first = await startLocalStack({
      port: 0,
      apiPort: 0,
      dataDir: dir,
      seed: false,
      logLevel: 'SILENT',
      ocr: 'none',
    });
    await first.store.putText('extracted/note.json', '{}');
    await first.stop();
    // What a kill -9 during s3rver's old in-place writes and the old queue left behind.
    const bucketDir = join(dir, 's3', first.bucket);
    writeFileSync(join(bucketDir, 'extracted', 'note.json._S3rver_metadata.json'), '');
    writeFileSync(join(bucketDir, 'extracted', 'note.json._S3rver_object.md5'), '');
    writeFileSync(join(dir, 'queue', 'empty.json'), '');
    const second = await startLocalStack({
      port: 0,
      apiPort: 0,
      dataDir: dir,
      seed: false,
      logLevel: 'SILENT',
      ocr: 'none',
    });
    try {
      expect(await second.store.list('extracted/')).toEqual(['extracted/note.json']);
      expect(readdirSync(join(dir, 'quarantine', 'queue'))).toHaveLength(1);
      expect(readdirSync(join(dir, 'quarantine', 's3', first.bucket, 'extracted'))).toHaveLength(2);
      const health = await fetch(`${second.apiUrl}/health`);
      expect(health.status).toBe(200);
    } finally {
      await second.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the same bytes under two keys at the same moment', () => {
  it('settles on one region and one set of facts', async () => {
    const bytes = Buffer.concat([Buffer.from(PDF), Buffer.from('\n%race\n')]);
    const id = `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
    await Promise.all([
      stack.s3.send(new PutObjectCommand({ Bucket: stack.bucket, Key: 'uploads/race-x.pdf', Body: bytes })),
      stack.s3.send(
        new PutObjectCommand({ Bucket: stack.bucket, Key: 'uploads/SE-W/race-y.pdf', Body: bytes }),
      ),
    ]);
    await stack.idle();
    const doc = JSON.parse(
      new TextDecoder().decode((await stack.store.getObject(`extracted/${id}.json`)).bytes),
    );
    const region = doc.document.region?.code ?? 'unknown';
    const withRows: string[] = [];
    for (const object of await stack.store.listObjects('facts/')) {
      if (object.key.endsWith(`/${id}.jsonl`) && object.size > 0) withRows.push(object.key);
    }
    expect(withRows.length).toBeGreaterThan(0);
    const regions = new Set(withRows.map((key) => /region=([^/]+)/.exec(key)?.[1]));
    expect([...regions]).toEqual([region]);
    const lease = JSON.parse(
      new TextDecoder().decode((await stack.store.getObject(`locks/${id}.json`)).bytes),
    );
    expect(lease.state).toBe('released');
    expect(existsSync(join(dataDir, 'dead-letter')) ? readdirSync(join(dataDir, 'dead-letter')) : []).toEqual(
      [],
    );
  });
});
