import { defineConfig } from 'vitest/config';

/** Unit tests (Node) and DOM tests (happy-dom); the real browsers have their own config. */
export default defineConfig({
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx', 'tests/dom/**/*.test.ts', 'tests/dom/**/*.test.tsx'],
    environment: 'node',
    // Properties compile a matcher per run and the table test reads hundreds of sentences; on a
    // loaded or slow machine that takes longer than vitest's 5 s default, which would fail a test
    // that asserts nothing about time.
    testTimeout: 60_000,
  },
});
