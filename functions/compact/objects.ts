/**
 * The object operations the compaction needs beyond the pipeline's DocumentStore: ranged reads (Parquet
 * footers and single columns), bytes with their ETag, conditional writes and deletes. Against S3 on AWS and
 * the local stack's S3 endpoint alike (which honours If-Match / If-None-Match as S3 does).
 */
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  PutObjectCommand,
  type S3Client,
} from '@aws-sdk/client-s3';
import type { AsyncBuffer } from 'hyparquet';
import { type ListedObject, listAllObjects } from '../lib/store.ts';

export type { ListedObject };

export interface CompactionObjects {
  list(prefix: string): Promise<ListedObject[]>;
  /** null when the key does not exist. */
  get(key: string): Promise<{ bytes: Uint8Array; etag: string; versionId: string | null } | null>;
  /** A Parquet reader's view of an object of known size: each slice is one ranged GET. */
  asyncBuffer(key: string, size: number): AsyncBuffer;
  /** The new ETag, or null when the condition failed. */
  put(
    key: string,
    body: Uint8Array | string,
    contentType: string,
    condition?: { ifAbsent: true } | { ifMatch: string },
  ): Promise<string | null>;
  /** Deletes only when the object still has this ETag; false when it changed (or is gone). */
  deleteIfMatch(key: string, etag: string): Promise<boolean>;
  /** ETag and version id (null in an unversioned bucket) of the current object; null when absent. */
  head(key: string): Promise<{ etag: string; versionId: string | null } | null>;
  delete(key: string): Promise<void>;
}

function status(error: unknown): number | undefined {
  return (error as { $metadata?: { httpStatusCode?: number } } | null)?.$metadata?.httpStatusCode;
}

function isMissing(error: unknown): boolean {
  const name = (error as { name?: string } | null)?.name;
  return status(error) === 404 || name === 'NoSuchKey' || name === 'NotFound';
}

function isConditionFailed(error: unknown): boolean {
  const name = (error as { name?: string } | null)?.name;
  return (
    status(error) === 412 ||
    status(error) === 409 ||
    name === 'PreconditionFailed' ||
    name === 'ConditionalRequestConflict'
  );
}

export class S3CompactionObjects implements CompactionObjects {
  constructor(
    private readonly client: S3Client,
    readonly bucket: string,
  ) {}

  list(prefix: string): Promise<ListedObject[]> {
    return listAllObjects(this.client, this.bucket, prefix);
  }

  async get(key: string): Promise<{ bytes: Uint8Array; etag: string; versionId: string | null } | null> {
    try {
      const response = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
      const bytes = response.Body ? await response.Body.transformToByteArray() : new Uint8Array();
      return { bytes, etag: response.ETag ?? '', versionId: response.VersionId ?? null };
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  asyncBuffer(key: string, size: number): AsyncBuffer {
    return {
      byteLength: size,
      slice: async (start: number, end?: number): Promise<ArrayBuffer> => {
        const last = (end ?? size) - 1;
        if (last < start) return new ArrayBuffer(0);
        const response = await this.client.send(
          new GetObjectCommand({ Bucket: this.bucket, Key: key, Range: `bytes=${start}-${last}` }),
        );
        const bytes = response.Body ? await response.Body.transformToByteArray() : new Uint8Array();
        return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
      },
    };
  }

  async put(
    key: string,
    body: Uint8Array | string,
    contentType: string,
    condition?: { ifAbsent: true } | { ifMatch: string },
  ): Promise<string | null> {
    try {
      const response = await this.client.send(
        new PutObjectCommand({
          Bucket: this.bucket,
          Key: key,
          Body: typeof body === 'string' ? new TextEncoder().encode(body) : body,
          ContentType: contentType,
          ...(condition === undefined
            ? {}
            : 'ifAbsent' in condition
              ? { IfNoneMatch: '*' }
              : { IfMatch: condition.ifMatch }),
        }),
      );
      return response.ETag ?? '';
    } catch (error) {
      if (condition !== undefined && isConditionFailed(error)) return null;
      throw error;
    }
  }

  async deleteIfMatch(key: string, etag: string): Promise<boolean> {
    try {
      await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key, IfMatch: etag }));
      return true;
    } catch (error) {
      if (isConditionFailed(error) || isMissing(error)) return false;
      throw error;
    }
  }

  async head(key: string): Promise<{ etag: string; versionId: string | null } | null> {
    try {
      const head = await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: key }));
      return { etag: head.ETag ?? '', versionId: head.VersionId ?? null };
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key }));
  }
}
