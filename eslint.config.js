// Lint rules. Besides the recommended sets, `no-restricted-imports` enforces the dependency
// direction of the layout in STYLE.md: core imports nothing of ours outside core; shared imports
// only core; a context folder never imports another context folder; ui imports no context; and
// only the browser wrapper (src/shared/browser.ts) imports webextension-polyfill.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const CONTEXTS = ['background', 'content', 'popup', 'options', 'review'];
const polyfill = {
  group: ['webextension-polyfill'],
  message: 'Import `browser` from src/shared/browser.ts, the only module that imports the polyfill.',
};
/** Forbids importing any of `folders` (by their folder name anywhere in the path). */
const folders = (names, message) => names.map((name) => ({ group: [`**/${name}/*`, `**/${name}`], message }));
const restrict = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns: [polyfill, ...patterns.flat()] }] });

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', '.scratch/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        console: 'readonly',
        process: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        performance: 'readonly',
        Buffer: 'readonly',
        structuredClone: 'readonly',
        globalThis: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      ...restrict(),
    },
  },
  {
    files: ['src/core/**'],
    rules: restrict(
      folders(['shared', 'ui', ...CONTEXTS], 'core/ is pure: it imports nothing of ours outside core/ (and the embedded pack asset).'),
      [{ group: ['preact', 'preact/*', '@floating-ui/*', '@mozilla/*'], message: 'core/ runs without DOM or browser APIs.' }],
    ),
  },
  { files: ['src/shared/**'], rules: restrict(folders(['ui', ...CONTEXTS], 'shared/ imports only core/.')) },
  ...CONTEXTS.map((context) => ({
    files: [`src/${context}/**`],
    rules: restrict(
      folders(
        CONTEXTS.filter((other) => other !== context),
        `${context}/ must not import another context: move shared code to shared/ or ui/.`,
      ),
    ),
  })),
  { files: ['src/ui/**'], rules: restrict(folders(CONTEXTS, 'ui/ holds components shared by contexts; it must not import a context.')) },
  { files: ['src/shared/browser.ts'], rules: { 'no-restricted-imports': 'off' } },
  {
    // Scripts hand functions to page.evaluate(): those run in the browser, with its globals.
    files: ['scripts/**/*.mjs'],
    languageOptions: {
      globals: {
        document: 'readonly',
        window: 'readonly',
        CSS: 'readonly',
        NodeFilter: 'readonly',
        Range: 'readonly',
        chrome: 'readonly',
        PerformanceObserver: 'readonly',
        Worker: 'readonly',
        requestAnimationFrame: 'readonly',
        Mark: 'readonly',
        location: 'readonly',
      },
    },
  },
  // Fixture pages' own scripts run in the page; they are written for the browser, not checked here.
  { files: ['tests/fixtures/**/*.js'], rules: { 'no-undef': 'off' } },
  // TypeScript checks names itself; no-undef only misfires on DOM and lib types there.
  { files: ['**/*.ts', '**/*.tsx'], rules: { 'no-undef': 'off' } },
);
