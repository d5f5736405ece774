// The npm registry this project's machines reach serves only some platform builds of packages with
// native binaries (@biomejs/cli-*, @duckdb/node-bindings-*). npm then leaves those optional
// dependencies out of package-lock.json, and `npm ci` refuses the lock as "out of sync". This script
// records each missing platform package as an optional entry for its own os/cpu, which npm skips on
// other platforms, so `npm ci` accepts the lock. Run it after `npm install` changes the lock:
//   node scripts/lock-platform-stubs.mjs
import { readFileSync, writeFileSync } from 'node:fs';

const file = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(file, 'utf8'));
const packages = lock.packages;

function platformOf(name) {
  const os = ['android', 'darwin', 'linux', 'win32', 'freebsd'].find((o) => name.includes(`-${o}-`));
  const cpu = ['arm64', 'x64', 'ia32', 'arm'].find((c) => new RegExp(`-${c}(?:-|$)`).test(name));
  const libc = name.endsWith('-musl') ? 'musl' : os === 'linux' ? 'glibc' : undefined;
  return { os, cpu, libc };
}

let added = 0;
for (const [path, entry] of Object.entries(packages)) {
  for (const [dep, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const key = `node_modules/${dep}`;
    if (packages[key]) continue;
    const { os, cpu, libc } = platformOf(dep);
    if (!os || !cpu) continue; // only platform builds are stubbed
    // Keys in the order npm itself writes them (version first, then alphabetical), so that a later
    // `npm install` leaves the lock byte-identical.
    packages[key] = {
      version,
      cpu: [cpu],
      ...(entry.dev ? { dev: true } : {}),
      ...(libc ? { libc: [libc] } : {}),
      optional: true,
      os: [os],
    };
    added++;
    process.stdout.write(`recorded ${dep}@${version} (${os}/${cpu}${libc ? `/${libc}` : ''}) for ${path}\n`);
  }
}
lock.packages = Object.fromEntries(
  Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))),
);
writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
process.stdout.write(`${added} platform package(s) recorded\n`);
