/**
 * `npm run package`: writes store-ready zips of both builds into dist/packages/ (run after a build;
 * the npm script builds first). The zips hold the files of dist/chrome and dist/firefox at their
 * root, as both stores expect.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCommand } from './lib/cli.mjs';

parseCommand({
  name: 'package',
  usage: 'npm run package',
  summary: 'Builds both browsers, then writes store-ready zips of dist/chrome and dist/firefox to dist/packages/.',
  options: {},
});
const { cmd } = await import('web-ext');
const root = process.cwd();
const { version } = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'));
if (typeof version !== 'string') throw new Error('manifest.json has no version');
const artifactsDir = join(root, 'dist', 'packages');
for (const browser of ['chrome', 'firefox']) {
  const result = await cmd.build(
    { sourceDir: join(root, 'dist', browser), artifactsDir, overwriteDest: true, filename: `news-context-lens-${version}-${browser}.zip` },
    { shouldExitProgram: false },
  );
  console.log(`Wrote ${result.extensionPath}`);
}
