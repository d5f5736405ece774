/**
 * Builds the S3 client. On AWS: the SDK defaults (regional endpoint, default credential chain, checksums).
 * Only for the local S3 server (s3rver) the settings it needs (NOTES.md): path-style addressing, no
 * aws-chunked checksum framing (s3rver would store the framing inside the object), the key pair the local
 * stack generated (its S3 endpoint verifies signatures).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { S3Client } from '@aws-sdk/client-s3';

export interface S3ClientOptions {
  /** The local server's URL (http://127.0.0.1:4569); absent for AWS. */
  endpoint?: string | undefined;
  region?: string | undefined;
  /** For the local server: the key pair to sign with (default: localCredentials()). */
  credentials?: S3Credentials | undefined;
}

export interface S3Credentials {
  accessKeyId: string;
  secretAccessKey: string;
}

/** Where the local stack keeps the key pair it generated (0600, in its data folder). */
export const LOCAL_CREDENTIALS_FILE = 'credentials.json';

/** The local stack's data folder as the stack itself picks it (NAMNDKOLL_DATA_DIR, else .local-data). */
function localDataDir(): string {
  const configured = process.env['NAMNDKOLL_DATA_DIR'];
  if (configured) return resolve(configured);
  return resolve(import.meta.dirname ?? process.cwd(), '..', '..', '.local-data');
}

/** The key pair in a local stack's data folder, or null when there is none (stack never started). */
export function readLocalCredentials(dataDir: string): S3Credentials | null {
  try {
    const value = JSON.parse(
      readFileSync(join(dataDir, LOCAL_CREDENTIALS_FILE), 'utf8'),
    ) as Partial<S3Credentials>;
    if (typeof value.accessKeyId === 'string' && typeof value.secretAccessKey === 'string') {
      return { accessKeyId: value.accessKeyId, secretAccessKey: value.secretAccessKey };
    }
  } catch {
    // Missing or unreadable: the caller falls back.
  }
  return null;
}

/**
 * Credentials for the local server: NAMNDKOLL_S3_ACCESS_KEY_ID / NAMNDKOLL_S3_SECRET_ACCESS_KEY, else the
 * pair the local stack generated into its data folder. Without either, a pair the local stack refuses (a
 * plain s3rver, as in some tests, accepts anything). A fresh object per client: the SDK writes bookkeeping
 * into the credentials object it is given.
 */
export function localCredentials(): S3Credentials {
  const accessKeyId = process.env['NAMNDKOLL_S3_ACCESS_KEY_ID'];
  const secretAccessKey = process.env['NAMNDKOLL_S3_SECRET_ACCESS_KEY'];
  if (accessKeyId && secretAccessKey) return { accessKeyId, secretAccessKey };
  return readLocalCredentials(localDataDir()) ?? { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };
}

export function createS3Client(options: S3ClientOptions = {}): S3Client {
  const region = options.region ?? 'eu-north-1';
  if (!options.endpoint) return new S3Client({ region });
  return new S3Client({
    region,
    endpoint: options.endpoint,
    forcePathStyle: true,
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    credentials: options.credentials ? { ...options.credentials } : localCredentials(),
  });
}
