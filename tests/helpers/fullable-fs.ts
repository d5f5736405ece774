/** The real file system for the local queue, with writes failing with ENOSPC while `full` is set. */
import { realFs, type SyncFs } from '../../infra/local/disk.ts';

export function enospc(): Error {
  return Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
}

export function fullableFs(): SyncFs & { full: boolean } {
  const fs = {
    ...realFs,
    full: false,
    writeFileSync(path: string, data: string) {
      if (fs.full) throw enospc();
      realFs.writeFileSync(path, data);
    },
  };
  return fs;
}
