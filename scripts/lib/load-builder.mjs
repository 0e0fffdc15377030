/**
 * Bundles the pack builder (TypeScript) with esbuild at run time and imports it, so the command
 * line runs exactly the code the popup runs. The bundle goes to node_modules/.cache, where Node
 * resolves the packages it leaves external (happy-dom is only needed for HTML input).
 */
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Returns `{ buildPack, parsePack, extractArticle }` from the sources under src/. */
export async function loadBuilder() {
  const outDir = join(root, 'node_modules', '.cache', 'news-context-lens');
  mkdirSync(outDir, { recursive: true });
  const outfile = join(outDir, `builder-${process.pid}.mjs`);
  await build({
    stdin: {
      contents: [
        "export { buildPack } from './src/core/builder/index.ts';",
        "export { parsePack } from './src/core/pack.ts';",
        "export { extractArticle } from './src/content/extract-article.ts';",
      ].join('\n'),
      resolveDir: root,
      loader: 'ts',
    },
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
    const { rmSync } = await import('node:fs');
    rmSync(outfile, { force: true });
  }
}

/** The repository's root folder. */
export const repoRoot = root;
