/**
 * Builds the S3 client. On AWS: the SDK defaults (regional endpoint, default credential chain, checksums).
 * Only for the local S3 server (s3rver) the settings it needs (NOTES.md): path-style addressing, no
 * aws-chunked checksum framing (s3rver would store the framing inside the object), static dummy credentials.
 */
import { S3Client } from '@aws-sdk/client-s3';

export interface S3ClientOptions {
  /** The local server's URL (http://127.0.0.1:4569); absent for AWS. */
  endpoint?: string | undefined;
  region?: string | undefined;
}

/**
 * Credentials for the local server: s3rver's built-in key pair. A fresh object per client: the SDK writes
 * bookkeeping into the credentials object it is given.
 */
export function localCredentials(): { accessKeyId: string; secretAccessKey: string } {
  return { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };
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
    credentials: localCredentials(),
  });
}
