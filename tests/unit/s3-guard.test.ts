/**
 * The local S3 gate's payload check (issue 11, case 1 and 2): the SigV4 signature covers the declared
 * x-amz-content-sha256, not the body, so the gate holds the body to the declared hash while it streams.
 * The gate runs here in front of a stand-in for s3rver that writes the body to a temporary file and
 * renames it only when the body ended (as disk.ts does), so "nothing is stored" is observable.
 */
import { createHash } from 'node:crypto';
import { createWriteStream, existsSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createS3Guard, EMPTY_PAYLOAD_SHA256 } from '../../infra/local/s3-guard.ts';
import { rawRequest, signedHeaders } from '../helpers/raw-s3.ts';

const credentials = { accessKeyId: 'LOCALTESTKEY', secretAccessKey: 'local-test-secret' };
const BUCKET = 'namndkoll-local';
let server: Server;
let endpoint: string;
let folder: string;
/** Bytes the stand-in app has received, per key, while the request is still arriving. */
const received = new Map<string, number>();
const refused: string[] = [];

/** The stand-in for s3rver: streams the body to a temporary file, renames it when the body ended. */
async function store(req: IncomingMessage, key: string): Promise<void> {
  const target = join(folder, key.replace(/\//g, '_'));
  const temp = `${target}.tmp`;
  received.set(key, 0);
  req.on('data', (chunk: Buffer) => received.set(key, (received.get(key) ?? 0) + chunk.length));
  try {
    await pipeline(req, createWriteStream(temp));
    renameSync(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'namndkoll-s3-guard-'));
  const app = (req: IncomingMessage, res: import('node:http').ServerResponse) => {
    const key = decodeURIComponent((req.url ?? '').split('?')[0]!.split('/').slice(2).join('/'));
    if (req.method !== 'PUT') {
      res.writeHead(200).end('ok');
      return;
    }
    store(req, key).then(
      () => res.writeHead(200).end(),
      () => {
        if (!res.headersSent) res.writeHead(500).end('stand-in failed');
      },
    );
  };
  server = createServer(
    createS3Guard(app, {
      bucket: BUCKET,
      credentials,
      maxObjectBytes: 64 * 1024 * 1024,
      currentEtag: async () => null,
      onRefused: (details) => refused.push(details.code),
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  rmSync(folder, { recursive: true, force: true });
});

const stored = (key: string) => existsSync(join(folder, key.replace(/\//g, '_')));
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/**
 * A signed PUT of `total` bytes in 256 KiB chunks declaring `declared`; after the first chunk it waits
 * until the app behind the gate has received bytes (proof that the gate does not buffer the body) and
 * reports how many bytes the app had when it was still missing most of the body.
 */
function streamedPut(
  key: string,
  body: Buffer,
  declared: string,
): Promise<{ status: number; text: string; seenEarly: number }> {
  const url = new URL(endpoint);
  const path = `/${BUCKET}/${key}`;
  const headers = signedHeaders('PUT', url.host, path, credentials, body, {}, new Date(), declared);
  return new Promise((resolve) => {
    let seenEarly = 0;
    let settled = false;
    const settle = (status: number, text: string) => {
      if (settled) return;
      settled = true;
      resolve({ status, text, seenEarly });
    };
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        method: 'PUT',
        path,
        agent: false,
        headers: { ...headers, 'content-length': body.length },
      },
      (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => {
          text += chunk.toString('utf8');
        });
        res.on('end', () => settle(res.statusCode ?? 0, text));
        res.on('error', () => settle(res.statusCode ?? 0, text));
      },
    );
    req.on('error', () => settle(0, ''));
    const chunk = 256 * 1024;
    req.write(body.subarray(0, chunk));
    const waitForApp = () => {
      const seen = received.get(key) ?? 0;
      if (seen === 0) return void setTimeout(waitForApp, 5);
      seenEarly = seen;
      for (let offset = chunk; offset < body.length; offset += chunk) {
        req.write(body.subarray(offset, offset + chunk));
      }
      req.end();
    };
    waitForApp();
  });
}

describe('the local S3 gate holds the body to the signed x-amz-content-sha256', () => {
  const body = Buffer.alloc(8 * 1024 * 1024, 0x41);

  it('streams a matching body through without buffering it, and stores it', async () => {
    const result = await streamedPut('uploads/match.pdf', body, sha256(body));
    expect(result.status).toBe(200);
    // The app had part of the body while the client still held back the other 31 chunks.
    expect(result.seenEarly).toBeGreaterThan(0);
    expect(result.seenEarly).toBeLessThan(body.length);
    expect(stored('uploads/match.pdf')).toBe(true);
  });

  it('refuses a signed body that differs from its declared hash: 400, nothing stored', async () => {
    const other = Buffer.from(body);
    other[other.length - 1] = 0x42;
    const result = await streamedPut('uploads/mismatch.pdf', other, sha256(body));
    expect(result.status).toBe(400);
    expect(result.text).toContain('XAmzContentSHA256Mismatch');
    expect(result.seenEarly).toBeLessThan(other.length);
    // Give the stand-in's failed write its turn, then: no object, no temporary file.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(stored('uploads/mismatch.pdf')).toBe(false);
    expect(readdirSync(folder).filter((name) => name.includes('mismatch'))).toEqual([]);
    expect(refused).toContain('XAmzContentSHA256Mismatch');
  });

  it('refuses UNSIGNED-PAYLOAD and the aws-chunked STREAMING-* forms on a PUT before reading the body', async () => {
    for (const declared of [
      'UNSIGNED-PAYLOAD',
      'STREAMING-AWS4-HMAC-SHA256-PAYLOAD',
      'STREAMING-UNSIGNED-PAYLOAD-TRAILER',
      'STREAMING-AWS4-HMAC-SHA256-PAYLOAD-TRAILER',
    ]) {
      const response = await rawRequest(endpoint, 'PUT', `/${BUCKET}/uploads/unsigned.pdf`, {
        credentials,
        body: Buffer.from('%PDF-1.4 x'),
        declaredPayload: declared,
      });
      expect(response.status, declared).toBe(400);
      expect(response.body, declared).toContain('x-amz-content-sha256');
    }
    expect(stored('uploads/unsigned.pdf')).toBe(false);
  });

  it('refuses a PUT above the size limit from its Content-Length, and one without a length, unread', async () => {
    const url = new URL(endpoint);
    const send = (key: string, extra: Record<string, string>, declared: string) =>
      new Promise<number>((resolve, reject) => {
        const path = `/${BUCKET}/${key}`;
        const headers = signedHeaders(
          'PUT',
          url.host,
          path,
          credentials,
          Buffer.alloc(0),
          {},
          new Date(),
          declared,
        );
        const req = request(
          {
            host: url.hostname,
            port: url.port,
            method: 'PUT',
            path,
            agent: false,
            headers: { ...headers, ...extra },
          },
          (res) => {
            res.resume();
            resolve(res.statusCode ?? 0);
            req.destroy();
          },
        );
        req.on('error', reject);
        // Headers only: the answer must come without the body.
        req.flushHeaders();
      });
    const declared = sha256(Buffer.from('never sent'));
    expect(await send('uploads/huge.pdf', { 'content-length': String(500 * 1024 * 1024) }, declared)).toBe(
      400,
    );
    expect(await send('uploads/chunked.pdf', { 'transfer-encoding': 'chunked' }, declared)).toBe(411);
    expect(received.has('uploads/huge.pdf')).toBe(false);
    expect(received.has('uploads/chunked.pdf')).toBe(false);
    expect(refused).toEqual(expect.arrayContaining(['EntityTooLarge', 'MissingContentLength']));
  });

  it('refuses a GET or DELETE that declares or carries a body', async () => {
    const path = `/${BUCKET}/uploads/match.pdf`;
    expect((await rawRequest(endpoint, 'GET', path, { credentials })).status).toBe(200);
    for (const method of ['GET', 'DELETE']) {
      const declared = await rawRequest(endpoint, method, path, {
        credentials,
        declaredPayload: 'UNSIGNED-PAYLOAD',
      });
      expect(declared.status, method).toBe(400);
      const withBody = await rawRequest(endpoint, method, path, {
        credentials,
        body: Buffer.from('x'),
        declaredPayload: EMPTY_PAYLOAD_SHA256,
        headers: { 'content-length': '1' },
      });
      expect(withBody.status, method).toBe(400);
    }
  });

  it('refuses a DNS-rebinding Host and a browser Origin even on a validly signed request', async () => {
    const url = new URL(endpoint);
    const path = `/${BUCKET}/uploads/match.pdf`;
    for (const host of [`evil.example:${url.port}`, `127.0.0.1.evil.example:${url.port}`, '127.0.0.1:1']) {
      const headers = signedHeaders('GET', host, path, credentials, Buffer.alloc(0));
      const status = await new Promise<number>((resolve, reject) => {
        request({ host: url.hostname, port: url.port, method: 'GET', path, headers, agent: false }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        })
          .on('error', reject)
          .end();
      });
      expect(status, host).toBe(421);
    }
    const withOrigin = await rawRequest(endpoint, 'GET', path, {
      credentials,
      headers: { origin: 'http://127.0.0.1:9' },
    });
    expect(withOrigin.status).toBe(403);
    expect(refused).toContain('MisdirectedRequest');
  });
});
