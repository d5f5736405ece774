import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // s3rver's truncated listings (more than 1000 keys) fail under OpenSSL 3 without it (NOTES.md).
    execArgv: ['--openssl-legacy-provider'],
  },
});
