/**
 * `npm run eval:attribution -- --split train|dev [--polnear DIR] [--json] [--limit N]` (`--help`
 * lists every option, the scorer's own passed on to it): scores
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
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineCommand, parseCommand, usageError, wholeNumber } from './lib/cli.mjs';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const COMMAND = defineCommand({
  name: 'eval:attribution',
  usage: 'npm run eval:attribution -- --split train|dev|test [--polnear DIR] [--scorer score.mjs] [--json] [--limit N]',
  summary:
    "Scores this checkout's pack builder on PolNeAR's hand-annotated attributions with ../shared/polnear/score.mjs (its README defines the figures). Develop on train, check on dev, never tune on test.",
  options: {
    split: {
      type: 'string',
      value: 'SPLIT',
      choices: ['train', 'dev', 'test', 'annotator-training'],
      help: 'the part of the corpus to score',
    },
    polnear: { type: 'string', value: 'DIR', help: 'a git copy of github:networkdynamics/PolNeAR (default: $POLNEAR_GIT)' },
    scorer: { type: 'string', value: 'PATH', help: 'the scorer to run (default: ../shared/polnear/score.mjs)' },
    json: { type: 'boolean', help: 'print one JSON object instead of the table' },
    limit: { type: 'string', value: 'N', check: wholeNumber(), help: 'score the first N articles only' },
    via: { type: 'string', value: 'HOW', choices: ['module', 'cli'], help: "the scorer's way of running the builder (default module)" },
    fake: { type: 'string', value: 'KIND', choices: ['gold', 'wrong-speaker', 'empty'], help: "score the scorer's made-up packs instead" },
    selftest: { type: 'boolean', help: "run the scorer's self-test on the split" },
    agreement: { type: 'boolean', help: 'score annotator agreement where several annotated an article' },
  },
});
const { values } = parseCommand(COMMAND);

/**
 * Says what went wrong and exits 2.
 * @param {string} message
 * @returns {never}
 */
function fail(message) {
  process.stderr.write(`eval:attribution: ${message}\n`);
  process.exit(2);
}

// --builder and --repo are not options here: this checkout is the builder, --polnear the corpus.
/** @type {string[]} */
const passOn = [];
for (const name of /** @type {const} */ (['split', 'limit', 'via', 'fake'])) {
  const value = values[name];
  if (value !== undefined) passOn.push(`--${name}`, value);
}
for (const name of /** @type {const} */ (['json', 'selftest', 'agreement'])) if (values[name]) passOn.push(`--${name}`);
if (!values.split) usageError(COMMAND, 'which split? --split train or --split dev');
let polnear = values.polnear ?? process.env.POLNEAR_GIT ?? '';
let scorer = values.scorer ?? join(repoRoot, '..', 'shared', 'polnear', 'score.mjs');
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
/** @type {string | undefined} */
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
