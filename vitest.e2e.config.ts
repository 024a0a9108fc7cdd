import { defineConfig } from 'vitest/config';

// Browser tests drive Debian's Chromium against the production build (dist/).
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    env: { TZ: 'UTC' },
  },
});
