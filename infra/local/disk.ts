/**
 * Crash-safe local state for the embedded stack: atomic file writes (temporary file, then rename, so a
 * kill -9 leaves the old file or the new one, never half of one), s3rver's object store patched to write
 * that way, recovery of what an older or interrupted run left behind, and the disk-full probe.
 */
import { createHash, randomUUID } from 'node:crypto';
import * as nodeFs from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** The file operations the queue uses; tests replace them to inject ENOSPC and crashes. */
export interface SyncFs {
  writeFileSync(path: string, data: string): void;
  renameSync(from: string, to: string): void;
  rmSync(path: string, options: { force: boolean }): void;
  readFileSync(path: string, encoding: 'utf8'): string;
  readdirSync(path: string): string[];
  mkdirSync(path: string, options: { recursive: boolean }): unknown;
}

export const realFs: SyncFs = {
  writeFileSync: (path, data) => nodeFs.writeFileSync(path, data),
  renameSync: (from, to) => nodeFs.renameSync(from, to),
  rmSync: (path, options) => nodeFs.rmSync(path, options),
  readFileSync: (path, encoding) => nodeFs.readFileSync(path, encoding),
  readdirSync: (path) => nodeFs.readdirSync(path),
  mkdirSync: (path, options) => nodeFs.mkdirSync(path, options),
};

const TEMP_MARK = '.tmp-';

export function tempPath(path: string): string {
  return `${path}${TEMP_MARK}${randomUUID()}`;
}

/** Write then rename: readers (and a restart after kill -9) see the old content or the new, never a part. */
export function writeFileAtomicSync(fs: SyncFs, path: string, data: string): void {
  const temp = tempPath(path);
  try {
    fs.writeFileSync(temp, data);
    fs.renameSync(temp, path);
  } catch (error) {
    try {
      fs.rmSync(temp, { force: true });
    } catch {
      // Best effort: a leftover temporary file is removed at the next start.
    }
    throw error;
  }
}

export function isDiskFull(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return code === 'ENOSPC' || code === 'EDQUOT';
}

/** Free bytes for unprivileged writers on the file system holding `dir`. */
export function freeBytes(dir: string): number {
  const stats = nodeFs.statfsSync(dir);
  return stats.bavail * stats.bsize;
}

interface S3rverObject {
  bucket: string;
  key: string;
  content: Buffer | NodeJS.ReadableStream;
  metadata: Record<string, string>;
}

interface FilesystemStore {
  getResourcePath(bucket: string, key: string | undefined, resource: string): string;
  putObject(object: S3rverObject): Promise<{ size: number; md5: string }>;
  putMetadata(bucket: string, key: string, metadata: Record<string, string>, md5?: string): Promise<void>;
}

const ALLOWED_METADATA = [
  'cache-control',
  'content-disposition',
  'content-encoding',
  'content-language',
  'content-type',
  'expires',
  'x-amz-storage-class',
  'x-amz-website-redirect-location',
];

async function writeAtomic(path: string, data: string): Promise<void> {
  const temp = tempPath(path);
  try {
    await writeFile(temp, data);
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/**
 * s3rver's FilesystemStore writes an object's bytes, then its .md5, then its metadata, each in place, and
 * answers before the object's write stream has finished (and without an error handler on it: a full disk
 * kills the process). Replaced here: the bytes go to a temporary file that is renamed over the object only
 * when complete; the .md5 is removed first (s3rver recomputes a missing one) and rewritten after, the
 * metadata written atomically. A crash at any point leaves the previous object or the new one.
 *
 * The returned `settled()` resolves once every write begun so far has finished or failed, its temporary
 * file removed: a refused upload's write fails after the refusal has been answered, so "nothing of it
 * is left on disk" holds only after that.
 */
export function makeStoreAtomic(store: FilesystemStore): { settled(): Promise<void> } {
  const pending = new Set<Promise<unknown>>();
  store.putMetadata = async (bucket, key, metadata, md5) => {
    const json: Record<string, string> = {};
    for (const [name, value] of Object.entries(metadata)) {
      if (ALLOWED_METADATA.includes(name) || name.startsWith('x-amz-meta-')) json[name] = value;
    }
    if (md5) await writeAtomic(store.getResourcePath(bucket, key, 'object.md5'), md5);
    await writeAtomic(store.getResourcePath(bucket, key, 'metadata.json'), JSON.stringify(json, null, 2));
  };
  const putObject = async (object: S3rverObject): Promise<{ size: number; md5: string }> => {
    const objectPath = store.getResourcePath(object.bucket, object.key, 'object');
    await mkdir(dirname(objectPath), { recursive: true });
    const temp = tempPath(objectPath);
    const hash = createHash('md5');
    let size = 0;
    try {
      const source = Buffer.isBuffer(object.content) ? [object.content] : object.content;
      await pipeline(
        source,
        new Transform({
          transform(chunk: Buffer, _encoding, callback) {
            hash.update(chunk);
            size += chunk.length;
            callback(null, chunk);
          },
        }),
        nodeFs.createWriteStream(temp),
      );
      const md5 = hash.digest('hex');
      await rm(store.getResourcePath(object.bucket, object.key, 'object.md5'), { force: true });
      await rename(temp, objectPath);
      await store.putMetadata(object.bucket, object.key, object.metadata, md5);
      return { size, md5 };
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
  };
  store.putObject = (object) => {
    const write = putObject(object);
    const tracked = write.catch(() => undefined).finally(() => pending.delete(tracked));
    pending.add(tracked);
    return write;
  };
  return {
    async settled() {
      while (pending.size > 0) await Promise.all([...pending]);
    },
  };
}

export interface RecoveryReport {
  /** Temporary files of interrupted writes, removed. */
  removedTemp: string[];
  /** Side files that could not be read (zero-byte or partial), moved aside. */
  quarantined: string[];
}

/**
 * What a crash (or an older s3rver write) left in the object folder: temporary files are removed; an empty
 * or unparsable `._S3rver_metadata.json` (s3rver would fail every listing on it) and an empty `.md5`
 * (recomputed on read) are moved to `quarantineDir`, keeping their relative paths.
 */
export function recoverObjectFolder(root: string, quarantineDir: string): RecoveryReport {
  const report: RecoveryReport = { removedTemp: [], quarantined: [] };
  const walk = (dir: string): void => {
    for (const entry of nodeFs.readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        walk(path);
        continue;
      }
      if (entry.name.includes(TEMP_MARK)) {
        nodeFs.rmSync(path, { force: true });
        report.removedTemp.push(relative(root, path));
      } else if (entry.name.endsWith('._S3rver_metadata.json') && !parsesAsJson(path)) {
        quarantine(root, path, quarantineDir);
        report.quarantined.push(relative(root, path));
      } else if (
        entry.name.endsWith('._S3rver_object.md5') &&
        !/^[0-9a-f]{32}$/.test(readText(path).trim())
      ) {
        quarantine(root, path, quarantineDir);
        report.quarantined.push(relative(root, path));
      }
    }
  };
  if (nodeFs.existsSync(root)) walk(root);
  return report;
}

function readText(path: string): string {
  try {
    return nodeFs.readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

function parsesAsJson(path: string): boolean {
  try {
    JSON.parse(readText(path));
    return true;
  } catch {
    return false;
  }
}

/** Move a damaged file aside (never deleted: it may help to understand what happened). */
export function quarantine(root: string, path: string, quarantineDir: string): string {
  const target = join(quarantineDir, `${relative(root, path)}.${Date.now()}`);
  nodeFs.mkdirSync(dirname(target), { recursive: true });
  nodeFs.renameSync(path, target);
  return target;
}
