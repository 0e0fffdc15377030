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
import { loadBuilder } from './lib/load-builder.mjs';

const USAGE = 'usage: npm run eval:robustness -- [--polnear DIR] [--split all|train|dev|test] [--json]';
const args = process.argv.slice(2);
const valueOf = (flag) => {
  const i = args.indexOf(flag);
  return i >= 0 ? args[i + 1] : undefined;
};
const polnear = resolve(valueOf('--polnear') ?? process.env.POLNEAR_GIT ?? '');
const split = valueOf('--split') ?? 'all';
const asJson = args.includes('--json');
if (!['all', 'train', 'dev', 'test'].includes(split)) {
  process.stderr.write(`eval:robustness: --split must be all, train, dev or test\n${USAGE}\n`);
  process.exit(2);
}
if (!valueOf('--polnear') && !process.env.POLNEAR_GIT) {
  process.stderr.write(
    `eval:robustness: the PolNeAR corpus is not given: set POLNEAR_GIT to a git directory of github:networkdynamics/PolNeAR, or pass --polnear DIR\n${USAGE}\n`,
  );
  process.exit(2);
}

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

/** Reads every blob in one `git cat-file --batch` run: one process instead of a thousand. */
function readBlobs(repo, names) {
  return new Promise((done, failed) => {
    const git = spawn('git', ['-C', repo, 'cat-file', '--batch'], { stdio: ['pipe', 'pipe', 'inherit'] });
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
const { buildPack, parsePack } = await loadBuilder();
buildPack({ text: 'Warm-up. Jane Doe said that it works.' });
const rows = [];
for (let i = 0; i < paths.length; i++) {
  const name = paths[i].replace(/^data\//, '');
  const started = performance.now();
  let error = null;
  let problems = [];
  let passFailures = 0;
  try {
    const { pack, warnings } = buildPack({ text: texts[i] });
    const parsed = parsePack(pack);
    if (!parsed.ok) problems = parsed.errors.slice(0, 3);
    passFailures = warnings.filter((w) => /step failed/.test(w)).length;
  } catch (e) {
    error = String(e?.message ?? e);
  }
  rows.push({ name, chars: texts[i].length, ms: performance.now() - started, error, problems, passFailures });
}

const times = rows.map((r) => r.ms).sort((a, b) => a - b);
const at = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
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
