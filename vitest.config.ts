import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // s3rver's truncated listings (more than 1000 keys) fail under OpenSSL 3 without it (NOTES.md).
    execArgv: ['--openssl-legacy-provider'],
    // As `npm start` and the CLI do: the AWS SDK's notice that its 2027 releases need Node 22 (the Lambda
    // functions run on Node 22; this machine's Node 20 is supported until then) is not a test's output.
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
  },
});
