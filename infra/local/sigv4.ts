/**
 * Verification of AWS Signature Version 4 (header form) for the local S3 endpoint. s3rver 3.7 parses the
 * Authorization header but never computes a v4 signature, and lets unsigned requests through as anonymous:
 * the guard in front of it (s3-guard.ts) checks every request here against the key pair the stack
 * generated at start, as S3 does (https://docs.aws.amazon.com/IAM/latest/UserGuide/create-signed-request.html).
 *
 * What is verified: the access key id, the signature over method, path, query, the signed headers
 * (which always include host and x-amz-date) and the declared payload hash, and the request time (within
 * 15 minutes, as S3). The signature covers the declared hash, not the body: the guard (s3-guard.ts) holds
 * the body to that hash while it streams, so a signed request cannot carry other bytes than it declared.
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

export interface LocalCredentials {
  accessKeyId: string;
  secretAccessKey: string;
}

export type SignatureCheck =
  | { ok: true }
  | {
      ok: false;
      code: 'AccessDenied' | 'InvalidAccessKeyId' | 'SignatureDoesNotMatch' | 'RequestTimeTooSkewed';
      message: string;
    };

const ALGORITHM = 'AWS4-HMAC-SHA256';
const MAX_SKEW_MS = 15 * 60 * 1000;

/** RFC 3986 encoding as SigV4 wants it (encodeURIComponent leaves !'()* alone). */
function escapeUri(text: string): string {
  return encodeURIComponent(text).replace(
    /[!'()*]/g,
    (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

function safeDecode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

/** The canonical query string: every parameter, names and values decoded then RFC 3986-encoded, sorted. */
export function canonicalQuery(rawQuery: string): string | null {
  if (rawQuery === '') return '';
  const pairs: [string, string][] = [];
  for (const part of rawQuery.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const name = safeDecode(eq === -1 ? part : part.slice(0, eq));
    const value = safeDecode(eq === -1 ? '' : part.slice(eq + 1));
    if (name === null || value === null) return null;
    if (name === 'X-Amz-Signature') continue;
    pairs.push([escapeUri(name), escapeUri(value)]);
  }
  pairs.sort(([a, av], [b, bv]) => (a < b ? -1 : a > b ? 1 : av < bv ? -1 : av > bv ? 1 : 0));
  return pairs.map(([name, value]) => `${name}=${value}`).join('&');
}

const AUTH_PATTERN =
  /^AWS4-HMAC-SHA256\s+Credential=([^/\s,]+)\/(\d{8})\/([^/\s,]+)\/([^/\s,]+)\/aws4_request\s*,\s*SignedHeaders=([a-z0-9;-]+)\s*,\s*Signature=([0-9a-f]{64})$/;

export interface SignedRequest {
  method: string;
  /** The request target exactly as received (path and query, not normalised). */
  url: string;
  /** Lower-case header names, as node gives them. */
  headers: Record<string, string | string[] | undefined>;
}

function header(request: SignedRequest, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value.join(',') : value;
}

export function verifySigV4(
  request: SignedRequest,
  credentials: LocalCredentials,
  now: Date,
): SignatureCheck {
  const authorization = header(request, 'authorization');
  if (authorization === undefined) {
    return {
      ok: false,
      code: 'AccessDenied',
      message: 'the local S3 endpoint needs signed requests (SigV4)',
    };
  }
  const match = AUTH_PATTERN.exec(authorization.trim());
  if (!match) {
    return { ok: false, code: 'AccessDenied', message: `only ${ALGORITHM} header signatures are accepted` };
  }
  const [, accessKeyId, day, region, service, signedHeaderList, signature] = match as unknown as string[];
  if (accessKeyId !== credentials.accessKeyId) {
    return { ok: false, code: 'InvalidAccessKeyId', message: 'the access key id is not the local stack’s' };
  }
  const amzDate = header(request, 'x-amz-date');
  const payloadHash = header(request, 'x-amz-content-sha256');
  const signedHeaders = signedHeaderList!.split(';');
  if (!amzDate || !/^\d{8}T\d{6}Z$/.test(amzDate) || !amzDate.startsWith(day!)) {
    return {
      ok: false,
      code: 'AccessDenied',
      message: 'x-amz-date is missing or does not match the credential scope',
    };
  }
  if (!signedHeaders.includes('host') || !signedHeaders.includes('x-amz-date') || payloadHash === undefined) {
    return {
      ok: false,
      code: 'AccessDenied',
      message: 'host, x-amz-date and x-amz-content-sha256 must be signed',
    };
  }
  const time = Date.UTC(
    Number(amzDate.slice(0, 4)),
    Number(amzDate.slice(4, 6)) - 1,
    Number(amzDate.slice(6, 8)),
    Number(amzDate.slice(9, 11)),
    Number(amzDate.slice(11, 13)),
    Number(amzDate.slice(13, 15)),
  );
  if (Math.abs(now.getTime() - time) > MAX_SKEW_MS) {
    return {
      ok: false,
      code: 'RequestTimeTooSkewed',
      message: 'the request time is more than 15 minutes off',
    };
  }
  const queryStart = request.url.indexOf('?');
  const path = queryStart === -1 ? request.url : request.url.slice(0, queryStart);
  const query = canonicalQuery(queryStart === -1 ? '' : request.url.slice(queryStart + 1));
  if (query === null) return { ok: false, code: 'AccessDenied', message: 'the query string is not valid' };
  const canonicalHeaders = signedHeaders
    .map((name) => `${name}:${(header(request, name) ?? '').trim().replace(/\s+/g, ' ')}\n`)
    .join('');
  // S3 signs the path as sent (no second encoding, no normalisation of dot segments).
  const canonicalRequest = [
    request.method.toUpperCase(),
    path,
    query,
    canonicalHeaders,
    signedHeaderList,
    payloadHash,
  ].join('\n');
  const scope = `${day}/${region}/${service}/aws4_request`;
  const stringToSign = [ALGORITHM, amzDate, scope, sha256Hex(canonicalRequest)].join('\n');
  let key = hmac(`AWS4${credentials.secretAccessKey}`, day!);
  key = hmac(key, region!);
  key = hmac(key, service!);
  key = hmac(key, 'aws4_request');
  const expected = Buffer.from(hmac(key, stringToSign).toString('hex'));
  const provided = Buffer.from(signature!);
  if (expected.length !== provided.length || !timingSafeEqual(expected, provided)) {
    return { ok: false, code: 'SignatureDoesNotMatch', message: 'the request signature does not match' };
  }
  return { ok: true };
}

function hmac(key: string | Buffer, data: string): Buffer {
  return createHmac('sha256', key).update(data, 'utf8').digest();
}

function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
