/**
 * The command line of scripts/ (scripts/lib/cli.mjs): every command answers `--help` with its
 * usage and exit code 0, and refuses an unknown option or a bad value with one line that names it,
 * the usage, and exit code 2, before it builds, launches or reads anything. Every top-level script
 * is listed here, as a command or as a module that commands import, so that a new script cannot
 * go without the shared parser unnoticed.
 */
import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');
const SCRIPTS = join(ROOT, 'scripts');

/** The commands, each with the start of its usage line. */
const COMMANDS: Record<string, string> = {
  'bench-core.mjs': 'node scripts/bench-core.mjs',
  'bench.mjs': 'npm run bench',
  'build.mjs': 'npm run build',
  'eval-attribution.mjs': 'npm run eval:attribution',
  'eval-builder.mjs': 'npm run eval:builder',
  'eval-offstory.mjs': 'npm run eval:offstory',
  'eval-robustness.mjs': 'npm run eval:robustness',
  'eval.mjs': 'npm run eval',
  'lexicon-forms.mjs': 'npm run lexicon:forms',
  'lint-firefox.mjs': 'node scripts/lint-firefox.mjs',
  'make-icons.mjs': 'node scripts/make-icons.mjs',
  'pack.mjs': 'npm run pack',
  'package.mjs': 'npm run package',
  'start.mjs': 'npm start',
};

/** Top-level modules that commands and tests import, which take no arguments of their own. */
const MODULES = ['bench-packs.mjs', 'bench-pages.mjs', 'bench-trace.mjs', 'manifest.mjs'];

/** Runs `node scripts/<script> ...args` from the repository's root. */
function run(script: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(process.execPath, [join(SCRIPTS, script), ...args], { cwd: ROOT, timeout: 30_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      done({ code, stdout, stderr });
    });
  });
}

describe('scripts/', () => {
  it('lists every top-level script here, as a command or as a module', () => {
    const found = readdirSync(SCRIPTS)
      .filter((name) => name.endsWith('.mjs'))
      .sort();
    expect(found).toEqual([...Object.keys(COMMANDS), ...MODULES].sort());
  });
});

// Concurrent: each case waits on a process of its own.
describe.concurrent.each(Object.entries(COMMANDS))('node scripts/%s', (script, usage) => {
  it('prints its usage and every option on --help, and exits 0', async ({ expect }) => {
    const { code, stdout, stderr } = await run(script, ['--help']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout.startsWith(`usage: ${usage}`)).toBe(true);
    expect(stdout).toContain('-h, --help');
  });

  it('refuses an unknown option by name, with its usage, and exits 2', async ({ expect }) => {
    const { code, stdout, stderr } = await run(script, ['--no-such-option']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.split('\n')[0]).toMatch(/^[a-z:-]+: unknown option --no-such-option$/);
    expect(stderr).toContain(`usage: ${usage}`);
  });
});

describe.concurrent('a bad value or a missing argument', () => {
  it.for<[string, string[], string]>([
    ['build.mjs', ['--browser', 'safari'], '--browser must be one of chrome, firefox, not "safari"'],
    ['bench.mjs', ['--runs', 'none'], '--runs must be a whole number of at least 1, not "none"'],
    ['bench.mjs', ['--only', 'dense,sparse'], '--only takes a comma-separated list of dense, none, article, empty, packs, builder'],
    ['eval-robustness.mjs', ['--split', 'everything'], '--split must be one of all, train, dev, test, not "everything"'],
    ['eval.mjs', [], 'DIR is missing'],
    ['pack.mjs', ['one.txt', 'two.txt'], 'one ARTICLE at a time'],
    ['pack.mjs', ['--url'], '--url needs a value'],
    ['start.mjs', ['--browser=edge'], '--browser must be one of firefox, chromium, not "edge"'],
  ])('node scripts/%s %j says what is wrong and exits 2', async ([script, args, message], { expect }) => {
    const { code, stderr } = await run(script, args);
    expect(code).toBe(2);
    expect(stderr.split('\n')[0]).toContain(message);
  });
});
