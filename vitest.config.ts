import { defineConfig } from 'vitest/config';

/** Unit tests (Node) and DOM tests (happy-dom); the real browsers have their own config. */
export default defineConfig({
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx', 'tests/dom/**/*.test.ts', 'tests/dom/**/*.test.tsx'],
    environment: 'node',
  },
});
