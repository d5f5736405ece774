/**
 * The gate in front of the embedded S3 server (s3rver). s3rver maps keys straight onto its folder, accepts
 * unsigned requests and browser form POSTs, and knows no conditional writes; every request passes here
 * first and only the operations the pipeline needs, on the stack's bucket, signed with the stack's key pair,
 * reach it:
 *
 * - keys that would leave the bucket's folder (`..` or `.` segments once decoded, NUL, over-long names)
 *   are refused for every method, in the path and in `x-amz-copy-source`;
 * - every request must carry a valid SigV4 header signature (sigv4.ts); presigned query signatures,
 *   POSTs (form uploads, multi-object delete, multipart) and bucket-level writes are refused;
 * - the Host header must name the gate itself (127.0.0.1, localhost or [::1] on its port) and no
 *   browser Origin may be present: a DNS-rebinding page reaches the port under its own host name;
 * - the signature covers the declared payload hash (x-amz-content-sha256), not the body, so the body is
 *   checked against it here: a PUT must declare the hex SHA-256 of its body (UNSIGNED-PAYLOAD and the
 *   aws-chunked STREAMING-* forms are refused before a byte is read), the body is hashed as it streams
 *   through to s3rver, and when the digest differs the end of the body is withheld and the request is
 *   destroyed instead: s3rver's write (disk.ts, temporary file then rename) fails and nothing is stored.
 *   Other methods must declare the empty payload and send no body;
 * - PUT honours `If-None-Match: *` and `If-Match: <etag>`, DELETE `If-Match: <etag>`, as S3 does (412
 *   PreconditionFailed), with writes
 *   to one key serialised so two conditional writers cannot both win;
 * - a PUT body larger than the limit is refused from its Content-Length before a byte is read, and writes
 *   are refused with 503 while the data folder's disk is (nearly) full — reads keep working.
 */
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { allowedHosts } from '../../functions/api/request-guard.ts';
import { type LocalCredentials, verifySigV4 } from './sigv4.ts';

export interface S3GuardOptions {
  bucket: string;
  credentials: LocalCredentials;
  /** PUT bodies above this are refused (EntityTooLarge). */
  maxObjectBytes: number;
  /** The current ETag of a key (quoted, as S3 sends it), or null when there is no such object. */
  currentEtag: (key: string) => Promise<string | null>;
  /** Free bytes where objects are stored; writes are refused below `minFreeBytes`. */
  freeBytes?: () => number;
  minFreeBytes?: number;
  now?: () => Date;
  /** Told about every refused request (for the log). */
  onRefused?: (details: { method: string; url: string; code: string; message: string }) => void;
}

type Listener = (req: IncomingMessage, res: ServerResponse) => void;

/** Query parameters the SDK adds to object writes; anything else on a write is a subresource we refuse. */
const WRITE_QUERY_ALLOWED = new Set(['x-id']);
const MAX_KEY_BYTES = 1024;
/** The SHA-256 of an empty body, which every request without one declares. */
export const EMPTY_PAYLOAD_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
const SHA256_HEX = /^[0-9a-f]{64}$/;
/** s3rver appends `._S3rver_metadata.json` (22 bytes) to the last segment; file names stop at 255. */
const MAX_SEGMENT_BYTES = 200;

/** Why a decoded key is unsafe for a folder-backed store, or null when it is safe. */
export function unsafeKeyReason(key: string): string | null {
  if (key.length === 0) return 'the key is empty';
  if (key.includes('\0')) return 'the key contains a NUL byte';
  if (Buffer.byteLength(key) > MAX_KEY_BYTES) return `the key is longer than ${MAX_KEY_BYTES} bytes`;
  for (const segment of key.split('/')) {
    if (segment === '.' || segment === '..') return 'the key has a `.` or `..` segment';
    if (Buffer.byteLength(segment) > MAX_SEGMENT_BYTES)
      return `a segment of the key is longer than ${MAX_SEGMENT_BYTES} bytes`;
  }
  return null;
}

function decode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

interface Target {
  bucket: string | null;
  key: string | null;
  query: URLSearchParams;
}

/** Bucket and key as s3rver's router will see them (each decoded once), or an error message. */
export function parseTarget(url: string): Target | string {
  if (!url.startsWith('/')) return 'only origin-form request targets are accepted';
  const queryStart = url.indexOf('?');
  const path = queryStart === -1 ? url : url.slice(0, queryStart);
  const query = new URLSearchParams(queryStart === -1 ? '' : url.slice(queryStart + 1));
  const rest = path.slice(1);
  if (rest === '') return { bucket: null, key: null, query };
  const slash = rest.indexOf('/');
  const bucket = decode(slash === -1 ? rest : rest.slice(0, slash));
  if (bucket === null) return 'the bucket name is not valid percent-encoding';
  if (slash === -1 || slash === rest.length - 1) return { bucket, key: null, query };
  const key = decode(rest.slice(slash + 1));
  if (key === null) return 'the key is not valid percent-encoding';
  return { bucket, key, query };
}

class KeyLocks {
  private readonly tails = new Map<string, Promise<void>>();

  /** Runs `work` after every earlier holder of `key` is done. */
  async hold(key: string, work: (release: () => void) => void): Promise<void> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    let release!: () => void;
    const done = new Promise<void>((resolve) => {
      release = resolve;
    });
    const tail = previous.then(() => done);
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    await previous;
    work(release);
  }
}

/**
 * Hashes the body of `req` as node's HTTP parser hands it over (before any consumer sees a chunk) and,
 * at its end, compares the digest with `expected`. On a match the end is passed on; on a mismatch the end
 * is withheld and `onMismatch` runs, so a consumer piping the body somewhere never sees it complete.
 * IncomingMessage receives every chunk and its end through `push` (node's parserOnBody and
 * parserOnMessageComplete), hence the hook there rather than a listener, which would race the consumer.
 */
export function verifyPayloadWhileStreaming(
  req: IncomingMessage,
  expected: string,
  onMismatch: (actual: string) => void,
): void {
  const hash = createHash('sha256');
  const push = req.push.bind(req);
  req.push = (chunk: unknown, encoding?: BufferEncoding): boolean => {
    if (chunk !== null) {
      hash.update(typeof chunk === 'string' ? Buffer.from(chunk, encoding) : (chunk as Uint8Array));
      return push(chunk, encoding);
    }
    const actual = hash.digest('hex');
    if (actual === expected) return push(null);
    onMismatch(actual);
    return false;
  };
}

function xmlEscape(text: string): string {
  return text.replace(/[<>&'"]/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

export function createS3Guard(app: Listener, options: S3GuardOptions): Listener {
  const locks = new KeyLocks();
  const now = options.now ?? (() => new Date());
  const minFree = options.minFreeBytes ?? 32 * 1024 * 1024;

  const refuse = (
    req: IncomingMessage,
    res: ServerResponse,
    status: number,
    code: string,
    message: string,
  ) => {
    options.onRefused?.({ method: req.method ?? '', url: req.url ?? '', code, message });
    const body = `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${xmlEscape(message)}</Message></Error>`;
    // The body of a refused write is never read: close the connection instead of draining it.
    res.writeHead(status, {
      'content-type': 'application/xml',
      'content-length': Buffer.byteLength(body),
      connection: 'close',
    });
    res.end(body);
    req.resume();
  };

  return (req, res) => {
    const method = (req.method ?? 'GET').toUpperCase();
    const url = req.url ?? '/';
    const contentType = String(req.headers['content-type'] ?? '');
    if (method === 'POST' || /multipart\/form-data/i.test(contentType)) {
      return refuse(
        req,
        res,
        405,
        'MethodNotAllowed',
        'POST (browser form uploads, batch deletes, multipart) is not accepted here',
      );
    }
    const target = parseTarget(url);
    if (typeof target === 'string') return refuse(req, res, 400, 'InvalidURI', target);
    if (
      target.query.has('X-Amz-Algorithm') ||
      target.query.has('Signature') ||
      target.query.has('AWSAccessKeyId')
    ) {
      return refuse(req, res, 403, 'AccessDenied', 'presigned URLs are not accepted by the local stack');
    }
    const hosts = allowedHosts(req.socket.localPort ?? 0);
    const host = String(req.headers.host ?? '').toLowerCase();
    if (!hosts.includes(host)) {
      return refuse(req, res, 421, 'MisdirectedRequest', `this endpoint answers only to ${hosts[0]}`);
    }
    if (req.headers.origin !== undefined) {
      return refuse(req, res, 403, 'AccessDenied', 'requests from web pages (with an Origin) are refused');
    }
    const check = verifySigV4({ method, url, headers: req.headers }, options.credentials, now());
    if (!check.ok) return refuse(req, res, 403, check.code, check.message);
    // verifySigV4 has made sure the header is present and signed.
    const declaredPayload = String(req.headers['x-amz-content-sha256']);
    const hasBody =
      req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length'] ?? 0) > 0;
    if (method === 'PUT' && req.headers['x-amz-copy-source'] === undefined) {
      if (!SHA256_HEX.test(declaredPayload)) {
        return refuse(
          req,
          res,
          400,
          'InvalidArgument',
          'x-amz-content-sha256 must be the hex SHA-256 of the body (UNSIGNED-PAYLOAD and STREAMING-* are not accepted here)',
        );
      }
    } else if (declaredPayload !== EMPTY_PAYLOAD_SHA256 || hasBody) {
      return refuse(
        req,
        res,
        400,
        'InvalidArgument',
        'a request without an object body must send no body and declare the empty payload in x-amz-content-sha256',
      );
    }
    if (target.bucket !== null && target.bucket !== options.bucket) {
      return refuse(req, res, 403, 'AccessDenied', `only the bucket ${options.bucket} is served here`);
    }
    if (target.key !== null) {
      const reason = unsafeKeyReason(target.key);
      if (reason) return refuse(req, res, 400, 'InvalidArgument', reason);
    }
    const isWrite = method === 'PUT' || method === 'DELETE';
    if (isWrite && target.key === null) {
      return refuse(req, res, 403, 'AccessDenied', 'bucket-level writes are not accepted here');
    }
    if (!['GET', 'HEAD', 'PUT', 'DELETE'].includes(method)) {
      return refuse(req, res, 405, 'MethodNotAllowed', `${method} is not accepted here`);
    }
    if (isWrite && [...target.query.keys()].some((name) => !WRITE_QUERY_ALLOWED.has(name))) {
      return refuse(
        req,
        res,
        403,
        'AccessDenied',
        'subresource writes (acl, tagging, uploads …) are not accepted here',
      );
    }
    const copySource = req.headers['x-amz-copy-source'];
    if (copySource !== undefined) {
      const raw = Array.isArray(copySource) ? copySource.join(',') : copySource;
      const decoded = decode(raw.split('?')[0] ?? '');
      const [sourceBucket, ...sourceKey] = (decoded ?? '').replace(/^\//, '').split('/');
      const reason = decoded === null ? 'invalid percent-encoding' : unsafeKeyReason(sourceKey.join('/'));
      if (reason || sourceBucket !== options.bucket) {
        return refuse(req, res, 400, 'InvalidArgument', `x-amz-copy-source: ${reason ?? 'another bucket'}`);
      }
    }
    if (method === 'PUT') {
      if (copySource === undefined) {
        const length = Number(req.headers['content-length']);
        if (req.headers['content-length'] === undefined || !Number.isFinite(length)) {
          return refuse(req, res, 411, 'MissingContentLength', 'a PUT needs a Content-Length');
        }
        if (length > options.maxObjectBytes) {
          return refuse(
            req,
            res,
            400,
            'EntityTooLarge',
            `objects above ${options.maxObjectBytes} bytes are not accepted`,
          );
        }
      }
      if (options.freeBytes && options.freeBytes() < minFree) {
        return refuse(
          req,
          res,
          503,
          'ServiceUnavailable',
          'the local disk is full: writes resume when space is freed',
        );
      }
    }
    // s3rver would look the signature's key id up in its own registry: it has been checked here instead.
    delete req.headers.authorization;
    if (method === 'PUT' && copySource === undefined) {
      verifyPayloadWhileStreaming(req, declaredPayload, () => {
        options.onRefused?.({
          method,
          url,
          code: 'XAmzContentSHA256Mismatch',
          message: 'the body does not match x-amz-content-sha256',
        });
        // Answer first, then end the request without its end-of-body: s3rver's pending write fails.
        const body = `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>XAmzContentSHA256Mismatch</Code><Message>The provided x-amz-content-sha256 header does not match what was computed.</Message></Error>`;
        if (!res.headersSent) {
          res.writeHead(400, {
            'content-type': 'application/xml',
            'content-length': Buffer.byteLength(body),
            connection: 'close',
          });
        }
        // Also when the client goes away before the answer is flushed: the body must never end.
        const fail = () => req.destroy(new Error('payload does not match x-amz-content-sha256'));
        res.once('close', fail);
        res.end(body, fail);
      });
    }
    if (!isWrite) return app(req, res);
    const key = target.key!;
    void locks.hold(key, (release) => {
      res.once('close', release);
      const ifNoneMatch = req.headers['if-none-match'];
      const ifMatch = req.headers['if-match'];
      // PUT honours both; DELETE honours If-Match (S3's conditional delete: only while the ETag is still
      // the one given), which the compaction uses to remove a landing file only if it was not rewritten.
      if (ifNoneMatch === undefined && ifMatch === undefined) return app(req, res);
      if (method === 'DELETE' && ifNoneMatch !== undefined) return app(req, res);
      options.currentEtag(key).then(
        (etag) => {
          if (ifNoneMatch !== undefined && (ifNoneMatch !== '*' || etag !== null)) {
            return refuse(req, res, 412, 'PreconditionFailed', 'the object exists (If-None-Match)');
          }
          if (ifMatch !== undefined && (etag === null || (ifMatch !== '*' && ifMatch !== etag))) {
            return refuse(
              req,
              res,
              412,
              'PreconditionFailed',
              'the object is not at the expected version (If-Match)',
            );
          }
          delete req.headers['if-none-match'];
          delete req.headers['if-match'];
          app(req, res);
        },
        (error: unknown) =>
          refuse(req, res, 500, 'InternalError', `cannot read the object's state: ${String(error)}`),
      );
    });
  };
}
