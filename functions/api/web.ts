/**
 * The page's static files (web/index.html, app.js, style.css) served by the API itself, so on AWS the page
 * sits behind the same IAM-authorised HTTP API as the data (one origin, no public bucket, no CORS). A strict
 * Content-Security-Policy backs up the page's rule that document text is only ever inserted as text.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import type { ApiResponse } from './router.ts';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
  "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/** A GET of `path` as a file under `dir` (index.html for `/`), or null when there is no such file. */
export function serveWebFile(
  dir: string,
  path: string,
  transformHtml?: (html: string) => string,
): ApiResponse | null {
  const relative = path === '/' || path === '' ? 'index.html' : path.replace(/^\/+/, '');
  const file = normalize(join(dir, relative));
  if (!file.startsWith(normalize(dir) + sep)) return null;
  if (!(extname(file) in CONTENT_TYPES) || !existsSync(file) || !statSync(file).isFile()) return null;
  return {
    status: 200,
    headers: {
      'content-type': CONTENT_TYPES[extname(file)]!,
      'cache-control': 'no-cache',
      'x-content-type-options': 'nosniff',
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'referrer-policy': 'no-referrer',
    },
    body:
      transformHtml && extname(file) === '.html'
        ? transformHtml(readFileSync(file, 'utf8'))
        : new Uint8Array(readFileSync(file)),
  };
}
