/**
 * Runs `web-ext lint` on dist/firefox (building first when it is missing) and fails on any error.
 * Warnings are printed but do not fail: each remaining one is explained in README.md.
 */
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { parseCommand } from './lib/cli.mjs';

parseCommand({
  name: 'lint-firefox',
  usage: 'node scripts/lint-firefox.mjs   (run by npm run lint)',
  summary: 'Runs web-ext lint on dist/firefox (building it first when it is missing) and fails on any error; warnings are printed.',
  options: {},
});
const { cmd } = await import('web-ext');

const dir = join(process.cwd(), 'dist', 'firefox');
if (!existsSync(join(dir, 'manifest.json')))
  execFileSync(process.execPath, ['scripts/build.mjs', '--browser', 'firefox'], { stdio: 'inherit' });
const result = await cmd.lint({ sourceDir: dir, output: 'text', selfHosted: false, boring: true }, { shouldExitProgram: false });
const summary = result.summary ?? {};
for (const warning of result.warnings ?? [])
  console.log(`web-ext lint warning: ${warning.code}: ${warning.message} (${warning.file ?? ''})`);
for (const error of result.errors ?? []) console.error(`web-ext lint error: ${error.code}: ${error.message} (${error.file ?? ''})`);
console.log(
  `web-ext lint on dist/firefox: ${summary.errors ?? 0} errors, ${summary.warnings ?? 0} warnings, ${summary.notices ?? 0} notices.`,
);
if ((summary.errors ?? 0) > 0) process.exit(1);
