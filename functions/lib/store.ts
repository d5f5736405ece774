/**
 * The DocumentStore port: the few object operations the pipeline needs, so services are tested against an
 * in-memory store and run against S3 (AWS or the local s3rver) through `S3DocumentStore`.
 */
import { createHash } from 'node:crypto';
import {
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  NoSuchKey,
  NotFound,
  PutObjectCommand,
  type S3Client,
} from '@aws-sdk/client-s3';
import { ObjectNotFoundError, StoreError } from './errors.ts';

export interface ObjectInfo {
  key: string;
  size: number;
  /** User metadata (`x-amz-meta-*`), keys lower-case as S3 returns them. */
  metadata: Record<string, string>;
  lastModified: Date | null;
  contentType: string | null;
  /** The entity tag (quoted, as S3 sends it), for conditional writes. */
  etag?: string;
}

export interface StoredObject extends ObjectInfo {
  bytes: Uint8Array;
}

export interface DocumentStore {
  /** Throws ObjectNotFoundError when the key does not exist. */
  getObject(key: string): Promise<StoredObject>;
  /** null when the key does not exist. */
  head(key: string): Promise<ObjectInfo | null>;
  exists(key: string): Promise<boolean>;
  putJson(key: string, value: unknown): Promise<void>;
  putText(key: string, text: string, contentType?: string): Promise<void>;
  putBytes(key: string, bytes: Uint8Array, options?: PutOptions): Promise<void>;
  /**
   * Conditional writes (S3 If-None-Match / If-Match): `ifAbsent` writes only when the key does not exist,
   * `ifMatch` only when its ETag is still the given one. The new ETag, or null when the condition failed
   * (412, or 409 for a conditional write racing another).
   */
  putConditional(
    key: string,
    text: string,
    condition: { ifAbsent: true } | { ifMatch: string },
  ): Promise<string | null>;
  /** Every key under the prefix (all pages). */
  list(prefix: string): Promise<string[]>;
  /** Every object under the prefix with its ETag (changes whenever the bytes change) and size. */
  listObjects(prefix: string): Promise<ListedObject[]>;
}

export interface PutOptions {
  metadata?: Record<string, string>;
  contentType?: string;
}

export interface ListedObject {
  key: string;
  etag: string;
  size: number;
  lastModified: Date | null;
}

export async function getText(store: DocumentStore, key: string): Promise<string> {
  const object = await store.getObject(key);
  return new TextDecoder().decode(object.bytes);
}

function isConditionFailed(error: unknown): boolean {
  const status = (error as { $metadata?: { httpStatusCode?: number } } | null)?.$metadata?.httpStatusCode;
  const name = (error as { name?: string } | null)?.name;
  return (
    status === 412 || status === 409 || name === 'PreconditionFailed' || name === 'ConditionalRequestConflict'
  );
}

function isNotFound(error: unknown): boolean {
  if (error instanceof NoSuchKey || error instanceof NotFound) return true;
  const status = (error as { $metadata?: { httpStatusCode?: number } } | null)?.$metadata?.httpStatusCode;
  const name = (error as { name?: string } | null)?.name;
  return status === 404 || name === 'NoSuchKey' || name === 'NotFound';
}

/** Every object under a prefix with its ETag, size and date, following ListObjectsV2's pages. */
export async function listAllObjects(
  client: S3Client,
  bucket: string,
  prefix: string,
): Promise<ListedObject[]> {
  const objects: ListedObject[] = [];
  let token: string | undefined;
  do {
    const page = await client.send(
      new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, ContinuationToken: token }),
    );
    for (const item of page.Contents ?? []) {
      if (!item.Key) continue;
      objects.push({
        key: item.Key,
        etag: item.ETag ?? '',
        size: item.Size ?? 0,
        lastModified: item.LastModified ?? null,
      });
    }
    token = page.IsTruncated ? page.NextContinuationToken : undefined;
  } while (token);
  return objects;
}

export class S3DocumentStore implements DocumentStore {
  constructor(
    private readonly client: S3Client,
    readonly bucket: string,
  ) {}

  async getObject(key: string): Promise<StoredObject> {
    try {
      const response = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
      const bytes = response.Body ? await response.Body.transformToByteArray() : new Uint8Array();
      return {
        key,
        bytes,
        size: bytes.byteLength,
        metadata: response.Metadata ?? {},
        lastModified: response.LastModified ?? null,
        contentType: response.ContentType ?? null,
        ...(response.ETag ? { etag: response.ETag } : {}),
      };
    } catch (error) {
      throw this.translate(error, key, 'get');
    }
  }

  async head(key: string): Promise<ObjectInfo | null> {
    try {
      const response = await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: key }));
      return {
        key,
        size: response.ContentLength ?? 0,
        metadata: response.Metadata ?? {},
        lastModified: response.LastModified ?? null,
        contentType: response.ContentType ?? null,
        ...(response.ETag ? { etag: response.ETag } : {}),
      };
    } catch (error) {
      if (isNotFound(error)) return null;
      throw this.translate(error, key, 'head');
    }
  }

  async exists(key: string): Promise<boolean> {
    return (await this.head(key)) !== null;
  }

  async putJson(key: string, value: unknown): Promise<void> {
    await this.putText(key, `${JSON.stringify(value)}\n`, 'application/json; charset=utf-8');
  }

  async putText(key: string, text: string, contentType = 'text/plain; charset=utf-8'): Promise<void> {
    await this.putBytes(key, new TextEncoder().encode(text), { contentType });
  }

  async putBytes(key: string, bytes: Uint8Array, options: PutOptions = {}): Promise<void> {
    try {
      await this.client.send(
        new PutObjectCommand({
          Bucket: this.bucket,
          Key: key,
          Body: bytes,
          ...(options.contentType ? { ContentType: options.contentType } : {}),
          ...(options.metadata ? { Metadata: options.metadata } : {}),
        }),
      );
    } catch (error) {
      throw this.translate(error, key, 'put');
    }
  }

  async putConditional(
    key: string,
    text: string,
    condition: { ifAbsent: true } | { ifMatch: string },
  ): Promise<string | null> {
    try {
      const response = await this.client.send(
        new PutObjectCommand({
          Bucket: this.bucket,
          Key: key,
          Body: new TextEncoder().encode(text),
          ContentType: 'application/json; charset=utf-8',
          ...('ifAbsent' in condition ? { IfNoneMatch: '*' } : { IfMatch: condition.ifMatch }),
        }),
      );
      return response.ETag ?? (await this.head(key))?.etag ?? '';
    } catch (error) {
      if (isConditionFailed(error)) return null;
      throw this.translate(error, key, 'conditional put');
    }
  }

  async list(prefix: string): Promise<string[]> {
    return (await this.listObjects(prefix)).map((object) => object.key);
  }

  async listObjects(prefix: string): Promise<ListedObject[]> {
    try {
      return await listAllObjects(this.client, this.bucket, prefix);
    } catch (error) {
      throw this.translate(error, prefix, 'list');
    }
  }

  private translate(error: unknown, key: string, operation: string): Error {
    if (isNotFound(error)) return new ObjectNotFoundError(key, { cause: error });
    const message = error instanceof Error ? error.message : String(error);
    return new StoreError(`s3 ${operation} s3://${this.bucket}/${key} failed: ${message}`, { cause: error });
  }
}

/** A DocumentStore in memory, for unit tests and for injecting faults. */
export class MemoryDocumentStore implements DocumentStore {
  readonly objects = new Map<string, StoredObject>();

  constructor(private readonly now: () => Date = () => new Date(0)) {}

  put(
    key: string,
    bytes: Uint8Array,
    metadata: Record<string, string> = {},
    contentType: string | null = null,
  ): void {
    this.objects.set(key, {
      key,
      bytes,
      size: bytes.byteLength,
      metadata,
      lastModified: this.now(),
      contentType,
    });
  }

  async getObject(key: string): Promise<StoredObject> {
    const object = this.objects.get(key);
    if (!object) throw new ObjectNotFoundError(key);
    return object;
  }

  async head(key: string): Promise<ObjectInfo | null> {
    const object = this.objects.get(key);
    if (!object) return null;
    const { bytes: _bytes, ...info } = object;
    return { ...info, etag: `"${createHash('md5').update(object.bytes).digest('hex')}"` };
  }

  async putConditional(
    key: string,
    text: string,
    condition: { ifAbsent: true } | { ifMatch: string },
  ): Promise<string | null> {
    // Checked and written without an await in between: atomic, as S3's conditional writes are.
    const current = this.objects.get(key);
    const etag = current ? `"${createHash('md5').update(current.bytes).digest('hex')}"` : null;
    if ('ifAbsent' in condition ? current !== undefined : etag !== condition.ifMatch) return null;
    const bytes = new TextEncoder().encode(text);
    this.put(key, bytes, {}, 'application/json; charset=utf-8');
    return `"${createHash('md5').update(bytes).digest('hex')}"`;
  }

  async exists(key: string): Promise<boolean> {
    return this.objects.has(key);
  }

  async putJson(key: string, value: unknown): Promise<void> {
    await this.putText(key, `${JSON.stringify(value)}\n`, 'application/json; charset=utf-8');
  }

  async putText(key: string, text: string, contentType = 'text/plain; charset=utf-8'): Promise<void> {
    this.put(key, new TextEncoder().encode(text), {}, contentType);
  }

  async putBytes(key: string, bytes: Uint8Array, options: PutOptions = {}): Promise<void> {
    this.put(key, bytes, options.metadata ?? {}, options.contentType ?? null);
  }

  async list(prefix: string): Promise<string[]> {
    return [...this.objects.keys()].filter((key) => key.startsWith(prefix)).sort();
  }

  async listObjects(prefix: string): Promise<ListedObject[]> {
    return (await this.list(prefix)).map((key) => {
      const object = this.objects.get(key)!;
      const etag = createHash('md5').update(object.bytes).digest('hex');
      return { key, etag: `"${etag}"`, size: object.size, lastModified: object.lastModified };
    });
  }
}
