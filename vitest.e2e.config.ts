import { defineConfig } from 'vitest/config';

/**
 * End-to-end tests: the built extension in real Chromium and Firefox. Files run one at a time
 * (two cores, two real browsers) with timeouts sized for browser start-up.
 */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    reporters: ['default'],
  },
});
