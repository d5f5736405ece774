/**
 * A QueryStore over a directory on disk (`namndkoll … --data <dir>`), no S3 needed. The directory may be laid out like the bucket (extracted/, facts/, uploads/),
 * be the bucket folder of the local stack's s3rver (objects stored as `<key>._S3rver_object`), or be a plain
 * folder of ExtractedDocument JSON files (read as extracted/<file>).
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, join, sep } from 'node:path';
import type { QueryStore, StoredObjectInfo } from '../../query/ports.ts';

const S3RVER_OBJECT = '._S3rver_object';

type DirectoryLayout = 'bucket' | 's3rver' | 'flat';

export class DirectoryStore implements QueryStore {
  private layoutCache: DirectoryLayout | undefined;

  constructor(readonly root: string) {}

  /** How the directory stores objects; decided once from what is on disk. */
  async layout(): Promise<DirectoryLayout> {
    if (this.layoutCache) return this.layoutCache;
    const entries = existsSync(this.root) ? await readdir(this.root, { recursive: true }) : [];
    if (entries.some((name) => String(name).endsWith(S3RVER_OBJECT))) this.layoutCache = 's3rver';
    else if (existsSync(join(this.root, 'extracted')) || existsSync(join(this.root, 'facts')))
      this.layoutCache = 'bucket';
    else this.layoutCache = 'flat';
    return this.layoutCache;
  }

  async listKeys(prefix: string): Promise<StoredObjectInfo[]> {
    const layout = await this.layout();
    // Walk only the folder the prefix names (extracted/, not the whole bucket with its facts/).
    const folder = layout === 'flat' ? '' : prefix.slice(0, prefix.lastIndexOf('/') + 1);
    const base = join(this.root, ...folder.split('/').filter((part) => part.length > 0));
    if (!existsSync(base)) return [];
    const names = (await readdir(base, { recursive: true })).map((name) => join(folder, String(name)));
    const candidates = names.flatMap((name) => {
      const key = this.keyOf(name, layout);
      return key?.startsWith(prefix) ? [{ key, path: join(this.root, name) }] : [];
    });
    const out = await Promise.all(
      candidates.map(async ({ key, path }): Promise<StoredObjectInfo | null> => {
        const info = await stat(path);
        return info.isFile() ? { key, etag: `${info.mtimeMs}-${info.size}` } : null;
      }),
    );
    return out
      .filter((item): item is StoredObjectInfo => item !== null)
      .sort((a, b) => (a.key < b.key ? -1 : 1));
  }

  async getBytes(key: string): Promise<Uint8Array | null> {
    const path = await this.pathOf(key);
    if (path === null) return null;
    try {
      return new Uint8Array(await readFile(path));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  async putObject(key: string, bytes: Uint8Array): Promise<void> {
    const layout = await this.layout();
    // Writing into s3rver's folder behind its back would skip the pipeline's events: refuse.
    if (layout === 's3rver')
      throw new Error('cannot write into the local S3 server folder directly; upload through S3');
    const path = layout === 'flat' ? null : join(this.root, ...key.split('/'));
    if (path === null) throw new Error('cannot write into a folder of extracted documents');
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, bytes);
  }

  private keyOf(name: string, layout: DirectoryLayout): string | null {
    const posix = name.split(sep).join('/');
    if (layout === 's3rver')
      return posix.endsWith(S3RVER_OBJECT) ? posix.slice(0, -S3RVER_OBJECT.length) : null;
    if (layout === 'flat') return posix.endsWith('.json') ? `extracted/${posix.split('/').pop()}` : null;
    return posix;
  }

  private async pathOf(key: string): Promise<string | null> {
    const layout = await this.layout();
    if (key.includes('..')) return null;
    if (layout === 's3rver') return join(this.root, ...key.split('/')) + S3RVER_OBJECT;
    if (layout === 'flat') {
      if (!key.startsWith('extracted/')) return null;
      const wanted = key.slice('extracted/'.length);
      const names = (await readdir(this.root, { recursive: true })).map(String);
      const match = names.find((name) => name.split(sep).pop() === wanted);
      return match === undefined ? null : join(this.root, match);
    }
    return join(this.root, ...key.split('/'));
  }
}
