/**
 * A second `npm start` while the first still runs: the command `npm start` runs, on ports that are taken,
 * must say so in one line (no stack trace) and exit non-zero, before it creates anything.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..', '..');
const dirs: string[] = [];
const servers: Server[] = [];

afterAll(async () => {
  for (const server of servers) await new Promise((done) => server.close(done));
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

async function takePort(): Promise<number> {
  const server = createServer();
  servers.push(server);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return (server.address() as { port: number }).port;
}

/** The start script of package.json, run directly (npm would add its own lines around the output). */
function start(
  env: Record<string, string>,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      ['--openssl-legacy-provider', '--import', './cli/register.mjs', 'infra/local/start.ts'],
      {
        cwd: root,
        env: {
          ...process.env,
          AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
          OCR_ENGINE: 'none',
          ...env,
        },
        timeout: 60_000,
      },
      (error, stdout, stderr) =>
        done({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe('npm start on a busy port', () => {
  it.each([
    ['S3', 'NAMNDKOLL_S3_PORT'],
    ['webb och API', 'NAMNDKOLL_API_PORT'],
  ])(
    'says in one line that the %s port is taken, and exits 1',
    async (what, variable) => {
      const busy = await takePort();
      const free = await takePort();
      await new Promise((done) => servers.pop()?.close(done));
      const dataDir = mkdtempSync(join(tmpdir(), 'namndkoll-busy-'));
      dirs.push(dataDir);
      const result = await start({
        NAMNDKOLL_DATA_DIR: join(dataDir, 'data'),
        NAMNDKOLL_S3_PORT: String(variable === 'NAMNDKOLL_S3_PORT' ? busy : free),
        NAMNDKOLL_API_PORT: String(variable === 'NAMNDKOLL_API_PORT' ? busy : free),
      });
      expect(result.code).toBe(1);
      const lines = result.stderr.split('\n').filter((line) => line.trim() !== '');
      expect(lines).toEqual([
        `namndkoll: port ${busy} (${what}) används redan – kör Nämndkoll redan i en annan terminal? Stoppa den, eller välj en annan port med ${variable}=<port>.`,
      ]);
      expect(result.stderr).not.toMatch(/\n\s+at |EADDRINUSE|Unhandled/);
      // Nothing was started or written.
      expect(existsSync(join(dataDir, 'data'))).toBe(false);
    },
    60_000,
  );
});
