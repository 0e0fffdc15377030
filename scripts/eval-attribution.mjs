/**
 * `npm run eval:attribution -- --split train|dev [--polnear DIR] [--json] [--limit N]`: scores
 * this checkout's pack builder on PolNeAR (github:networkdynamics/PolNeAR), a public corpus of
 * political news with every attribution annotated by hand, with the shared scorer
 * `../shared/polnear/score.mjs` (its README defines the figures). Nothing of the corpus is read
 * into or written to this repository: the scorer reads a git copy of it (`--polnear DIR`, else
 * `POLNEAR_GIT`) with `git show`, and bundles `src/core/builder` into a temporary folder.
 *
 * Develop on train, check on dev; the test split is scored once, for the record, never tuned on
 * (PolNeAR asks that it not be inspected). `npm test` never needs the corpus.
 *
 * The scorer as of 2026-12 stops on train with a TypeError: one train annotation
 * (wash-post_2016-06-27_byline-amber-phillips_4e07.ann) has an entity whose text runs onto a
 * second line, which its `T` line parser does not expect. Such a continuation line is then run
 * through a copy of the scorer that skips it (the entity keeps its first line, the figures of every
 * other article are untouched; dev and test have no such line). The original runs unchanged when
 * its parser no longer has that shape.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { repoRoot } from './lib/load-builder.mjs';

const USAGE = 'usage: npm run eval:attribution -- --split train|dev|test [--polnear DIR] [--scorer score.mjs] [--json] [--limit N]';

function fail(message, code = 2) {
  process.stderr.write(`eval:attribution: ${message}\n`);
  process.exit(code);
}

const args = process.argv.slice(2);
let polnear = process.env.POLNEAR_GIT ?? '';
let scorer = join(repoRoot, '..', 'shared', 'polnear', 'score.mjs');
const passOn = [];
for (let i = 0; i < args.length; i++) {
  const arg = args[i];
  const flag = /^--(polnear|scorer)(?:=(.*))?$/.exec(arg);
  if (flag) {
    const value = flag[2] ?? args[++i];
    if (value === undefined) fail(`--${flag[1]} needs a value\n${USAGE}`);
    if (flag[1] === 'polnear') polnear = value;
    else scorer = value;
  } else if (arg === '--help' || arg === '-h') {
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
  } else if (arg === '--builder' || arg === '--repo' || arg.startsWith('--builder=') || arg.startsWith('--repo=')) {
    fail(`${arg.split('=')[0]} is set by this command (this checkout, and --polnear)\n${USAGE}`);
  } else passOn.push(arg);
}
if (!passOn.some((a) => a === '--split' || a.startsWith('--split='))) fail(`which split? --split train or --split dev\n${USAGE}`);
if (!polnear) {
  fail(
    'the PolNeAR corpus is not given: set POLNEAR_GIT to a git directory of github:networkdynamics/PolNeAR (a bare mirror will do), or pass --polnear DIR',
  );
}
polnear = resolve(polnear);
const probe = spawnSync('git', ['-C', polnear, 'cat-file', '-e', 'HEAD:data/dev/text'], { stdio: 'ignore' });
if (!existsSync(polnear) || probe.status !== 0) {
  fail(
    `${polnear} is not a git copy of PolNeAR (no data/dev/text at HEAD); point --polnear or POLNEAR_GIT at a clone or mirror of github:networkdynamics/PolNeAR`,
  );
}
scorer = resolve(scorer);
if (!existsSync(scorer)) fail(`the scorer ${scorer} is not there; pass --scorer PATH to polnear/score.mjs`);

// See the header: skip a brat entity line's continuation instead of stopping on it.
const source = readFileSync(scorer, 'utf8');
const PARSER_LINE = "const [id, head, surface = ''] = line.split('\\t');";
let run = scorer;
let scratch;
if (source.includes(PARSER_LINE) && !source.includes('if (head === undefined) continue;')) {
  scratch = mkdtempSync(join(tmpdir(), 'eval-attribution-'));
  run = join(scratch, 'score.mjs');
  writeFileSync(run, source.replace(PARSER_LINE, `${PARSER_LINE} if (head === undefined) continue;`));
}
try {
  const result = spawnSync(process.execPath, [run, ...passOn, '--builder', repoRoot, '--repo', polnear], {
    stdio: 'inherit',
    cwd: repoRoot,
  });
  process.exitCode = result.status ?? 1;
} finally {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
}
