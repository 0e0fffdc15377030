/**
 * Bundles the pack builder (or other sources of src/) with esbuild at run time and imports it, so
 * the command line runs exactly the code the extension runs. The bundle goes to
 * node_modules/.cache, where Node resolves the packages it leaves external (happy-dom is only
 * needed for HTML input).
 */
import { build } from 'esbuild';
import { mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * Bundles `lines` (export statements, resolved from the repository's root) and imports the
 * result; `name` names the temporary file. `T` is what the caller declares the module to be,
 * `typeof import('…')` of the sources it re-exports: the bundle is made of exactly those.
 * @template T
 * @param {string[]} lines
 * @param {string} name
 * @returns {Promise<T>}
 */
export async function importFromSources(lines, name) {
  const outDir = join(root, 'node_modules', '.cache', 'news-context-lens');
  mkdirSync(outDir, { recursive: true });
  const outfile = join(outDir, `${name}-${process.pid}.mjs`);
  await build({
    stdin: { contents: lines.join('\n'), resolveDir: root, loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    logLevel: 'error',
  });
  try {
    return await import(pathToFileURL(outfile).href);
  } finally {
    // The module stays loaded; the file is only needed for the import.
    rmSync(outfile, { force: true });
  }
}

/**
 * The builder, the pack schema's parser and the article extractor, from the sources under src/.
 * @typedef {object} Builder
 * @property {typeof import('../../src/core/builder/index').buildPack} buildPack Drafts a pack from an article.
 * @property {typeof import('../../src/core/pack').parsePack} parsePack Validates a pack.
 * @property {typeof import('../../src/content/extract-article').extractArticle} extractArticle Reads an article out of a document.
 */

/**
 * Returns `{ buildPack, parsePack, extractArticle }` from the sources under src/.
 * @returns {Promise<Builder>}
 */
export function loadBuilder() {
  return importFromSources(
    [
      "export { buildPack } from './src/core/builder/index.ts';",
      "export { parsePack } from './src/core/pack.ts';",
      "export { extractArticle } from './src/content/extract-article.ts';",
    ],
    'builder',
  );
}

/** The repository's root folder. */
export const repoRoot = root;
