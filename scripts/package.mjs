/**
 * `npm run package`: writes store-ready zips of both builds into dist/packages/ (run after a build;
 * the npm script builds first). The zips hold the files of dist/chrome and dist/firefox at their
 * root, as both stores expect.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cmd } from 'web-ext';

const root = process.cwd();
const { version } = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'));
const artifactsDir = join(root, 'dist', 'packages');
for (const browser of ['chrome', 'firefox']) {
  const result = await cmd.build(
    { sourceDir: join(root, 'dist', browser), artifactsDir, overwriteDest: true, filename: `news-context-lens-${version}-${browser}.zip` },
    { shouldExitProgram: false },
  );
  console.log(`Wrote ${result.extensionPath}`);
}
