/**
 * Who may talk to the local stack's API. On AWS the HTTP API is IAM-authorised; locally it listens on
 * 127.0.0.1 where every web page the user opens can reach it, so:
 *
 * - the Host header must name the API itself (127.0.0.1, localhost or [::1] on its port): a DNS-rebinding
 *   page reaches the port under its own host name and is refused, for reads too;
 * - a request carrying an Origin must come from the API's own origin;
 * - writes (anything but GET/HEAD) need the write token, which the page reads from its own index.html (the
 *   API injects it there; another origin cannot read that page) and sends in `x-namndkoll-token` — a custom
 *   header, so a cross-origin form or `text/plain` POST cannot carry it without a CORS preflight, which is
 *   never granted.
 */
import { timingSafeEqual } from 'node:crypto';

export const WRITE_TOKEN_HEADER = 'x-namndkoll-token';

export interface RequestPolicy {
  /** The API's port: Host must be 127.0.0.1, localhost or [::1] with it. */
  port: number;
  /** The token writes must carry. */
  writeToken: string;
}

export type GuardVerdict = { ok: true } | { ok: false; status: 403 | 421; code: string; message: string };

const LOOPBACK_NAMES = ['127.0.0.1', 'localhost', '[::1]'];

function header(headers: Record<string, string>, name: string): string | undefined {
  const direct = headers[name];
  if (direct !== undefined) return direct;
  const found = Object.keys(headers).find((key) => key.toLowerCase() === name);
  return found === undefined ? undefined : headers[found];
}

export function allowedHosts(port: number): string[] {
  return LOOPBACK_NAMES.map((name) => `${name}:${port}`);
}

export function checkRequest(
  request: { method: string; headers: Record<string, string> },
  policy: RequestPolicy,
): GuardVerdict {
  const hosts = allowedHosts(policy.port);
  const host = header(request.headers, 'host')?.toLowerCase();
  if (host === undefined || !hosts.includes(host)) {
    return {
      ok: false,
      status: 421,
      code: 'WRONG_HOST',
      message: `this API answers only to ${hosts[0]} (or localhost)`,
    };
  }
  const origin = header(request.headers, 'origin');
  if (origin !== undefined && !hosts.some((allowed) => origin.toLowerCase() === `http://${allowed}`)) {
    return {
      ok: false,
      status: 403,
      code: 'FOREIGN_ORIGIN',
      message: 'requests from other origins are refused',
    };
  }
  const method = request.method.toUpperCase();
  if (method !== 'GET' && method !== 'HEAD') {
    const token = header(request.headers, WRITE_TOKEN_HEADER) ?? '';
    const expected = Buffer.from(policy.writeToken);
    const given = Buffer.from(token);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      return {
        ok: false,
        status: 403,
        code: 'TOKEN_REQUIRED',
        message: `writes need the page's token in ${WRITE_TOKEN_HEADER} (reload the page)`,
      };
    }
  }
  return { ok: true };
}

/** The page's index.html with the write token in a meta tag (read by app.js for its uploads). */
export function injectWriteToken(html: string, token: string): string {
  const tag = `<meta name="namndkoll-write-token" content="${token.replace(/[^A-Za-z0-9_-]/g, '')}">`;
  return html.includes('</head>') ? html.replace('</head>', `  ${tag}\n</head>`) : `${tag}\n${html}`;
}
