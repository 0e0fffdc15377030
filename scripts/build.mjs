/**
 * `npm run build`: bundles every entry point with esbuild into dist/chrome and dist/firefox, each a
 * complete unpacked extension, with manifests derived from the one source manifest.json.
 *
 * Every build writes esbuild's metafile of each browser's build to `dist/metafile-<browser>.json`
 * (what each bundle is made of; `npm run bench` prints it) and fails when a bundle is past its
 * size budget (scripts/bundle-budgets.json), listing what grew.
 *
 * Flags (`--help` lists them): `--watch` rebuilds on change, `--browser chrome|firefox` builds one,
 * `--no-minify` keeps names readable for profiling (and skips the budgets, which are for minified
 * bundles), `--record-sizes` writes this build's sizes into the budgets file as the record growth
 * is measured against. esbuild and TypeScript (for the plugin that strips the rule tables'
 * examples) are imported once the arguments are read, so that `--help` answers at once.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundleSizes, checkBudgets, recordSizes } from './lib/bundle-budgets.mjs';
import { parseCommand } from './lib/cli.mjs';
import { checkManifestFiles, deriveManifest } from './manifest.mjs';

const BROWSERS = ['chrome', 'firefox'];
const { values: flags } = parseCommand({
  name: 'build',
  usage: 'npm run build [-- --browser chrome|firefox] [--watch] [--no-minify] [--record-sizes]',
  summary:
    'Bundles every entry point with esbuild into dist/chrome and dist/firefox, with manifests derived from manifest.json, and fails when a bundle is past its size budget (scripts/bundle-budgets.json).',
  options: {
    browser: { type: 'string', value: 'NAME', choices: BROWSERS, help: 'build for one browser only (default: both)' },
    watch: { type: 'boolean', help: 'rebuild on every change until stopped' },
    'no-minify': { type: 'boolean', help: 'keep names readable for profiling (skips the size budgets, which are for minified bundles)' },
    'record-sizes': { type: 'boolean', help: "write this build's sizes into the budgets file as the record growth is measured against" },
  },
});

const { build, context } = await import('esbuild');
const { stripTableExamplesPlugin } = await import('./lib/strip-table-examples.mjs');
const { dependencyPatchesPlugin } = await import('./lib/dependency-patches.mjs');
const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Each bundle: where it starts and the file the manifest or an HTML page loads. */
const ENTRIES = [
  { in: 'src/background/index.ts', out: 'background' },
  { in: 'src/content/index.ts', out: 'content' },
  // The matcher and page rules, injected by the background into a frame that needs them (src/content/rules.ts).
  { in: 'src/content/rules-entry.ts', out: 'content-rules' },
  { in: 'src/popup/index.tsx', out: 'popup' },
  { in: 'src/options/index.tsx', out: 'options' },
  { in: 'src/review/index.tsx', out: 'review' },
  // The review page's worker, the only bundle with compromise and the pack builder (src/review/builder-worker.ts).
  { in: 'src/review/builder-worker.ts', out: 'builder-worker' },
  // The review page's first script, which starts that worker before review.js is parsed (src/review/builder-prestart.ts).
  { in: 'src/review/builder-start.ts', out: 'builder-start' },
  // Injected into one tab on demand ("Use this article"), never declared as a content script.
  { in: 'src/content/extract-entry.ts', out: 'extract' },
];

/** Extension pages: the HTML shell copied next to its bundle. */
const PAGES = [
  { from: 'src/popup/index.html', to: 'popup.html' },
  { from: 'src/options/index.html', to: 'options.html' },
  { from: 'src/review/index.html', to: 'review.html' },
];

/**
 * Validates the embedded pack with the same `parsePack` the extension uses, failing the build on
 * any error, and returns it with the schema's defaults applied. Bundles then embed this parsed
 * JSON, as a string, and skip validation at run time (see src/core/embedded-pack.ts).
 */
/**
 * Also returns the table of the pack's alias variants (`variantTable` of src/core/context.ts),
 * which the bundles that compile matchers embed as `__SEED_VARIANTS__`: working them out took
 * 10–17 ms of every frame that compiled the seed pack (Chromium 156, 2026-12). A matcher uses
 * the table only for an actor list with the same fingerprint, so an edited copy of the pack
 * works its own out.
 * @returns {Promise<{ pack: import('../src/core/pack').Pack, variants: import('../src/core/context').VariantTable }>}
 */
async function validatedEmbeddedPack() {
  const outfile = join(root, 'node_modules', '.cache', 'ncl', 'embedded-pack.mjs');
  await build({
    absWorkingDir: root,
    stdin: {
      contents: "export { loadEmbeddedPack } from './src/core/embedded-pack';\nexport { variantTable } from './src/core/context';",
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile,
    logLevel: 'warning',
  });
  /** @type {typeof import('../src/core/embedded-pack') & typeof import('../src/core/context')} */
  const { loadEmbeddedPack, variantTable } = await import(`${pathToFileURL(outfile).href}?${Date.now()}`);
  const pack = loadEmbeddedPack();
  return { pack, variants: variantTable(pack.actors) };
}

/**
 * A JS string literal in single quotes: JSON is full of double quotes, which would all need escaping.
 * @param {string} text
 */
function singleQuoted(text) {
  return `'${text
    .replace(/\\/g, '\\\\')
    .replace(/'/g, "\\'")
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')}'`;
}

const EMBEDDED_PACK_FILE = /assets[\\/]packs[\\/]iraq-sudani-isis-threat\.json$/;

/**
 * The pack schema module, whose only side effect is `z.config({ jitless: true })`. Marking it free
 * of side effects lets esbuild drop it, and zod with it, from a bundle that uses none of its
 * exports: the content script imports `loadEmbeddedPack`, whose `parsePack` call is dead code
 * once `__PACK_PREVALIDATED__` is defined, and checks stored packs without zod (see
 * src/content/config.ts). Every bundle that does use zod imports `parsePack` or a schema from it,
 * so the setting is still applied wherever zod runs.
 */
const PACK_SCHEMA_FILE = join(root, 'src', 'core', 'pack.ts');

/**
 * The esbuild options of one browser's build, with `pack` and the table of its alias variants embedded.
 * @param {string} browser
 * @param {{ pack: import('../src/core/pack').Pack, variants: import('../src/core/context').VariantTable }} seed
 * @returns {import('esbuild').BuildOptions & { metafile: true }}
 */
function esbuildOptions(browser, { pack, variants }) {
  return {
    absWorkingDir: root,
    entryPoints: ENTRIES.map((entry) => ({ in: entry.in, out: entry.out })),
    outdir: join(root, 'dist', browser),
    bundle: true,
    format: 'iife',
    // Chrome 120 and Firefox 146 both run ES2022; keeping syntax modern keeps the bundle small.
    target: ['chrome120', 'firefox146'],
    jsx: 'automatic',
    jsxImportSource: 'preact',
    // Minified (the content script is parsed on every page and frame the user opens), except with
    // --no-minify, which keeps names readable in profiles.
    minify: !flags['no-minify'],
    metafile: true,
    sourcemap: false,
    legalComments: 'none',
    define: {
      __BROWSER__: JSON.stringify(browser),
      __PACK_PREVALIDATED__: 'true',
      // As a JSON string, parsed when a matcher is first compiled (see `seedVariantTable` in src/core/variant-table.ts).
      __SEED_VARIANTS__: JSON.stringify(JSON.stringify(variants)),
    },
    plugins: [
      // The rule tables' examples and look-alikes are test data: see scripts/lib/strip-table-examples.mjs.
      stripTableExamplesPlugin(join(root, 'src', 'core')),
      // Exact edits of a dependency's source, each with its reason: see scripts/lib/dependency-patches.mjs.
      dependencyPatchesPlugin(root),
      {
        name: 'pack-schema-without-side-effects',
        setup(b) {
          b.onResolve({ filter: /[\\/]pack(?:\.ts)?$/ }, async (args) => {
            if (args.pluginData?.resolving) return undefined;
            const result = await b.resolve(args.path, {
              resolveDir: args.resolveDir,
              kind: args.kind,
              importer: args.importer,
              pluginData: { resolving: true },
            });
            if (result.errors.length > 0 || result.path !== PACK_SCHEMA_FILE) return undefined;
            return { path: result.path, sideEffects: false };
          });
        },
      },
      {
        name: 'validated-embedded-pack',
        setup(b) {
          // As one string, parsed by loadEmbeddedPack when a pack is needed: an object literal of
          // 37 KB was built in every frame as the bundle was evaluated (measured 2026-12 in
          // Chromium 156: about a third of the content script's 1 ms of evaluation in an empty
          // frame), and each call cloned it; JSON.parse of the string gives a fresh copy.
          b.onLoad({ filter: EMBEDDED_PACK_FILE }, () => ({
            contents: `export default ${singleQuoted(JSON.stringify(pack))};`,
            loader: 'js',
          }));
        },
      },
    ],
    logLevel: 'warning',
  };
}

/**
 * Fails the build when the content script would carry zod: it is parsed and run in every frame of
 * every page, and zod was 96 KiB of it and about 5 ms of start-up per frame (measured 2026-12).
 */
/**
 * @param {import('esbuild').Metafile} metafile
 * @param {string} browser
 */
function checkContentBundle(metafile, browser) {
  const output = Object.entries(metafile.outputs).find(([path]) => path.endsWith(`${browser}/content.js`));
  const zod = Object.keys(output?.[1].inputs ?? {}).filter((input) => /node_modules[\\/]zod[\\/]/.test(input));
  if (zod.length > 0)
    throw new Error(
      `dist/${browser}/content.js includes zod (${zod.length} files, e.g. ${zod[0]}); the content script must check data without it (src/content/config.ts).`,
    );
}

/**
 * Fails the build when the review page's bundle would carry the builder or compromise: they belong
 * in builder-worker.js, off the page's main thread, and were 487 KiB of its 829 KiB (measured 2026-12).
 */
/**
 * @param {import('esbuild').Metafile} metafile
 * @param {string} browser
 */
function checkReviewBundle(metafile, browser) {
  const output = Object.entries(metafile.outputs).find(([path]) => path.endsWith(`${browser}/review.js`));
  const builder = Object.keys(output?.[1].inputs ?? {}).filter((input) =>
    /node_modules[\\/]compromise[\\/]|^src[\\/]core[\\/]builder[\\/]/.test(input),
  );
  if (builder.length > 0)
    throw new Error(
      `dist/${browser}/review.js includes the pack builder (${builder.length} files, e.g. ${builder[0]}); only builder-worker.js may (src/review/builder-client.ts).`,
    );
}

/**
 * Copies the pages and icons into the browser's folder and writes its manifest.
 * @param {string} browser
 */
function writeStatic(browser) {
  const out = join(root, 'dist', browser);
  mkdirSync(out, { recursive: true });
  for (const page of PAGES) cpSync(join(root, page.from), join(out, page.to));
  cpSync(join(root, 'assets', 'icons'), join(out, 'icons'), { recursive: true });
  const source = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'));
  if (typeof source?.background?.service_worker !== 'string') throw new Error('manifest.json names no background.service_worker');
  const manifest = deriveManifest(source, browser);
  writeFileSync(join(out, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  checkManifestFiles(manifest, out);
}

const only = flags.browser ? [flags.browser] : BROWSERS;
const seed = await validatedEmbeddedPack();
const BUDGETS_FILE = join(root, 'scripts', 'bundle-budgets.json');
/** @type {string[]} */
const budgetLines = [];

if (flags.watch) {
  for (const browser of only) {
    writeStatic(browser);
    const ctx = await context(esbuildOptions(browser, seed));
    await ctx.watch();
  }
  console.log(`Watching; rebuilding dist/${only.join(', dist/')} on change.`);
} else {
  for (const browser of only) {
    rmSync(join(root, 'dist', browser), { recursive: true, force: true });
    const result = await build(esbuildOptions(browser, seed));
    checkContentBundle(result.metafile, browser);
    checkReviewBundle(result.metafile, browser);
    writeFileSync(join(root, 'dist', `metafile-${browser}.json`), JSON.stringify(result.metafile));
    const sizes = bundleSizes(result.metafile);
    if (flags['record-sizes'] && browser === only[0]) recordSizes(sizes, BUDGETS_FILE);
    if (!flags['no-minify']) {
      try {
        budgetLines.push(`${browser}: ${checkBudgets(sizes, BUDGETS_FILE, `dist/${browser}`).join(', ')}`);
      } catch (error) {
        console.error(error instanceof Error ? error.message : error);
        process.exit(1);
      }
    }
    writeStatic(browser);
  }
  console.log(`Built ${only.map((browser) => `dist/${browser}`).join(' and ')}.`);
  for (const line of budgetLines) console.log(`Within size budgets, ${line}.`);
}
