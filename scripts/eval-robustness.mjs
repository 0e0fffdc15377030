/**
 * `npm run eval:robustness [-- --polnear DIR] [--split all|train|dev|test] [--json]`: drafts a
 * pack from every article of PolNeAR (1,008 political news articles in all splits, read from a git
 * copy with `git cat-file`, never stored here) and checks that the builder never throws and that
 * every draft passes `parsePack`, then prints the time per article (median, p95, max).
 *
 * Only the builder's outcome is looked at, never an article's content or its annotations, so
 * running it on the test split does not tune anything on it. Exits 1 when a draft throws or is
 * invalid, naming the article and the first problems.
 */
import { execFileSync, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { defineCommand, parseCommand, usageError } from './lib/cli.mjs';

const COMMAND = defineCommand({
  name: 'eval:robustness',
  usage: 'npm run eval:robustness -- [--polnear DIR] [--split all|train|dev|test] [--json]',
  summary:
    'Drafts a pack from every PolNeAR article, checks that none throws and every draft is valid, and prints the time per article (median, p95, max); exits 1 on a failure.',
  options: {
    polnear: { type: 'string', value: 'DIR', help: 'a git copy of github:networkdynamics/PolNeAR (default: $POLNEAR_GIT)' },
    split: { type: 'string', value: 'SPLIT', choices: ['all', 'train', 'dev', 'test'], default: 'all', help: 'the articles to draft' },
    json: { type: 'boolean', help: 'print the summary and the failures as JSON' },
  },
});
const { values } = parseCommand(COMMAND);
const { split, json: asJson } = values;
if (!values.polnear && !process.env.POLNEAR_GIT) {
  usageError(
    COMMAND,
    'the PolNeAR corpus is not given: set POLNEAR_GIT to a git directory of github:networkdynamics/PolNeAR, or pass --polnear DIR',
  );
}
const polnear = resolve(values.polnear ?? process.env.POLNEAR_GIT ?? '');

/** @type {string[]} */
let paths;
try {
  const splits = split === 'all' ? ['train', 'dev', 'test'] : [split];
  paths = splits.flatMap((s) =>
    execFileSync('git', ['-C', polnear, 'ls-tree', '--name-only', 'HEAD', `data/${s}/text/`], { encoding: 'utf8' })
      .split('\n')
      .filter((p) => p.endsWith('.txt')),
  );
} catch {
  process.stderr.write(`eval:robustness: ${polnear} is not a git copy of PolNeAR (no data/SPLIT/text at HEAD)\n`);
  process.exit(2);
}

/**
 * Reads every blob in one `git cat-file --batch` run: one process instead of a thousand.
 * @param {string} repo
 * @param {string[]} names
 * @returns {Promise<string[]>}
 */
function readBlobs(repo, names) {
  return new Promise((done, failed) => {
    const git = spawn('git', ['-C', repo, 'cat-file', '--batch'], { stdio: ['pipe', 'pipe', 'inherit'] });
    /** @type {Buffer[]} */
    const chunks = [];
    git.stdout.on('data', (c) => chunks.push(c));
    git.on('error', failed);
    git.on('close', () => {
      const all = Buffer.concat(chunks);
      const out = [];
      let at = 0;
      for (let i = 0; i < names.length; i++) {
        const eol = all.indexOf(10, at);
        const header = all.subarray(at, eol).toString();
        const size = Number(header.split(' ')[2]);
        if (!Number.isFinite(size)) return failed(new Error(`git cat-file: ${header}`));
        out.push(all.subarray(eol + 1, eol + 1 + size).toString('utf8'));
        at = eol + 1 + size + 1;
      }
      done(out);
    });
    git.stdin.end(names.map((n) => `HEAD:${n}`).join('\n') + '\n');
  });
}

const texts = await readBlobs(polnear, paths);
const { loadBuilder } = await import('./lib/load-builder.mjs');
const { buildPack, parsePack } = await loadBuilder();
buildPack({ text: 'Warm-up. Jane Doe said that it works.' });
/** @type {{ name: string, chars: number, ms: number, error: string | null, problems: string[], passFailures: number }[]} */
const rows = [];
for (const [i, path] of paths.entries()) {
  const name = path.replace(/^data\//, '');
  const text = texts[i] ?? '';
  const started = performance.now();
  /** @type {string | null} */
  let error = null;
  /** @type {string[]} */
  let problems = [];
  let passFailures = 0;
  try {
    const { pack, warnings } = buildPack({ text });
    const parsed = parsePack(pack);
    if (!parsed.ok) problems = parsed.errors.slice(0, 3);
    passFailures = warnings.filter((w) => /step failed/.test(w)).length;
  } catch (e) {
    error = e instanceof Error ? e.message : String(e);
  }
  rows.push({ name, chars: text.length, ms: performance.now() - started, error, problems, passFailures });
}

const times = rows.map((r) => r.ms).sort((a, b) => a - b);
/** @param {number} q */
const at = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? NaN;
const slowest = rows.reduce((a, b) => (b.ms > a.ms ? b : a));
const thrown = rows.filter((r) => r.error);
const invalid = rows.filter((r) => r.problems.length > 0);
const degraded = rows.filter((r) => r.passFailures > 0);
const summary = {
  articles: rows.length,
  valid: rows.length - thrown.length - invalid.length,
  thrown: thrown.length,
  invalid: invalid.length,
  passFailures: degraded.length,
  medianMs: Math.round(at(0.5)),
  p95Ms: Math.round(at(0.95)),
  maxMs: Math.round(slowest.ms),
  slowest: { name: slowest.name, chars: slowest.chars },
};
if (asJson) process.stdout.write(`${JSON.stringify({ summary, failures: [...thrown, ...invalid, ...degraded] }, null, 1)}\n`);
else {
  for (const r of thrown) process.stdout.write(`THROWS  ${r.name}: ${r.error}\n`);
  for (const r of invalid) process.stdout.write(`INVALID ${r.name}: ${r.problems.join('; ')}\n`);
  for (const r of degraded) process.stdout.write(`STEP FAILED ${r.name}: ${r.passFailures} step(s) skipped\n`);
  process.stdout.write(
    `robustness ${split}: ${summary.valid}/${summary.articles} valid packs, ${summary.thrown} thrown, ${summary.invalid} invalid, ${summary.passFailures} with a failed step; ` +
      `time per article median ${summary.medianMs} ms, p95 ${summary.p95Ms} ms, max ${summary.maxMs} ms (${summary.slowest.chars} chars)\n`,
  );
}
process.exit(thrown.length + invalid.length > 0 ? 1 : 0);
