/**
 * Raw HTTP to the local S3 endpoint with the path exactly as given (like `curl --path-as-is`), signed
 * with SigV4 written out here from the AWS documentation — not with the guard's verifier — so tests can
 * send requests no SDK would build (dot segments, encoded slashes) with a valid signature.
 */
import { createHash, createHmac } from 'node:crypto';
import { request } from 'node:http';

export interface RawResponse {
  status: number;
  body: string;
}

const hmac = (key: string | Buffer, data: string) => createHmac('sha256', key).update(data).digest();
const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

function rfc3986(text: string): string {
  return encodeURIComponent(text).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

export function signedHeaders(
  method: string,
  host: string,
  path: string,
  credentials: { accessKeyId: string; secretAccessKey: string },
  body: Buffer,
  extra: Record<string, string> = {},
  now = new Date(),
  /** What to declare in x-amz-content-sha256 (default: the body's SHA-256), signed either way. */
  declaredPayload?: string,
): Record<string, string> {
  const amzDate = now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
  const day = amzDate.slice(0, 8);
  const payload = declaredPayload ?? sha256(body);
  const headers: Record<string, string> = {
    host,
    'x-amz-date': amzDate,
    'x-amz-content-sha256': payload,
    ...Object.fromEntries(Object.entries(extra).map(([k, v]) => [k.toLowerCase(), v])),
  };
  const names = Object.keys(headers).sort();
  const [pathname, rawQuery = ''] = path.split('?');
  const query = rawQuery
    .split('&')
    .filter(Boolean)
    .map((pair) => {
      const [k, v = ''] = pair.split('=');
      return [rfc3986(decodeURIComponent(k!)), rfc3986(decodeURIComponent(v))] as const;
    })
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, v]) => `${k}=${v}`)
    .join('&');
  const canonical = [
    method,
    pathname,
    query,
    names.map((n) => `${n}:${headers[n]!.trim()}\n`).join(''),
    names.join(';'),
    payload,
  ].join('\n');
  const scope = `${day}/eu-north-1/s3/aws4_request`;
  const toSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256(canonical)].join('\n');
  let key = hmac(`AWS4${credentials.secretAccessKey}`, day);
  for (const part of ['eu-north-1', 's3', 'aws4_request']) key = hmac(key, part);
  const signature = createHmac('sha256', key).update(toSign).digest('hex');
  return {
    ...headers,
    authorization: `AWS4-HMAC-SHA256 Credential=${credentials.accessKeyId}/${scope}, SignedHeaders=${names.join(';')}, Signature=${signature}`,
  };
}

/** One request with `path` sent byte for byte as given. */
export function rawRequest(
  endpoint: string,
  method: string,
  path: string,
  options: {
    credentials?: { accessKeyId: string; secretAccessKey: string };
    body?: Buffer;
    headers?: Record<string, string>;
    /** x-amz-content-sha256 to declare and sign instead of the body's own hash. */
    declaredPayload?: string;
  } = {},
): Promise<RawResponse> {
  const url = new URL(endpoint);
  const body = options.body ?? Buffer.alloc(0);
  const headers = options.credentials
    ? signedHeaders(
        method,
        url.host,
        path,
        options.credentials,
        body,
        options.headers,
        new Date(),
        options.declaredPayload,
      )
    : { host: url.host, ...options.headers };
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        method,
        path,
        // A fresh connection per request: no kept-alive socket racing the server's keep-alive timeout.
        agent: false,
        headers: {
          ...headers,
          ...(method === 'PUT' || method === 'POST' ? { 'content-length': body.length } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}
