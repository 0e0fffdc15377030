/**
 * `npm run eval:builder [-- ARTICLE.txt] [--pack PACK.json] [--json]`: runs the on-device pack
 * builder on the seed article and compares its draft with the hand-made pack.
 *
 * - People and organisations (every actor that is not a country), matched by a shared alias:
 *   recall ≥ 0.9, precision ≥ 0.8.
 * - Direct quotations: all found (matched by text), with the right speaker for ≥ 0.9 of them.
 * - Claim ↔ opposing-claim pairs: a builder claim stands for the hand claim whose sentences and
 *   quotations it shares most; the article's main pairs are the hand pairs between claims that
 *   actors make (not the article's own voice); ≥ 3 of 4 must be recovered.
 *
 * Exits 1 when a threshold is missed, so it can guard a change.
 *
 * `--dir DIR` instead drafts a pack for every .txt article in DIR and reports, without hand-made
 * packs to compare with, whether each draft is valid and what it found.
 *
 * `--gold GOLDDIR [--texts DIR] [--misses]` drafts every article of a labelled set such as
 * ../shared/builder-dev (its NN-slug.gold.json files) and scores the drafts with that folder's own
 * score.mjs: one line per article and the micro-averaged TOTAL (people and organisations recall /
 * precision, direct quotes found and with the right speaker, reported speech found, oppositions
 * found), then the issue's targets. The texts are not stored with the labels: each NN-slug.txt is
 * read from --texts, else from GOLDDIR, $BUILDER_DEV_TEXTS or /tmp/bdev (where the set's README
 * materialises them). `--misses` also prints the scorer's misses for every article.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineCommand, parseCommand, usageError } from './lib/cli.mjs';

const COMMAND = defineCommand({
  name: 'eval:builder',
  usage:
    'npm run eval:builder [-- ARTICLE.txt] [--pack PACK.json] [--json] | -- --dir DIR [--json] | -- --gold GOLDDIR [--texts DIR] [--misses]',
  summary:
    'Compares the drafted pack of the seed article (or ARTICLE.txt) with the hand-made one and exits 1 when a threshold is missed; with --dir, drafts every article of a folder; with --gold, drafts and scores a labelled set such as ../shared/builder-dev with its score.mjs.',
  options: {
    pack: { type: 'string', value: 'PACK.json', help: 'the hand-made pack to compare with (default: the seed pack)' },
    json: { type: 'boolean', help: 'print the figures as JSON' },
    dir: { type: 'string', value: 'DIR', help: 'draft every .txt article in DIR and report what each draft found' },
    gold: { type: 'string', value: 'GOLDDIR', help: 'draft and score every NN-slug.gold.json article of a labelled set' },
    texts: {
      type: 'string',
      value: 'DIR',
      help: 'with --gold: where the NN-slug.txt texts are (else GOLDDIR, $BUILDER_DEV_TEXTS or /tmp/bdev)',
    },
    misses: { type: 'boolean', help: "with --gold: also print the scorer's misses for every article" },
  },
  positionals: { name: 'ARTICLE', min: 0, max: 1 },
});
const { values, positionals } = parseCommand(COMMAND);
const asJson = values.json;
const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const packPath = values.pack !== undefined ? resolve(values.pack) : join(repoRoot, 'assets', 'packs', 'iraq-sudani-isis-threat.json');
const articlePath = resolve(positionals[0] ?? join(repoRoot, '..', 'shared', 'seed', 'article.txt'));

const THRESHOLDS = { actorRecall: 0.9, actorPrecision: 0.8, quotesFound: 1, speakerAccuracy: 0.9, mainPairs: 3 };

/**
 * A text folded for comparison: typographic quotes made plain, lower case, no leading "the" or
 * trailing possessive, spaces collapsed.
 * @param {string} text
 */
function fold(text) {
  return text
    .normalize('NFKC')
    .replace(/[’‘`´]/g, "'")
    .replace(/[“”„«»]/g, '"')
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/'s?$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * @param {number} n
 * @param {number} d
 */
function ratio(n, d) {
  return d === 0 ? 1 : n / d;
}

const { loadBuilder } = await import('./lib/load-builder.mjs');
const { buildPack, parsePack } = await loadBuilder();
/** @typedef {import('../src/core/pack').PackInput} Pack A pack as drafted (parsed packs are one too, with the defaults filled in). */

if (values.gold !== undefined) {
  await scoreGoldSet();
  process.exit(0);
}

// `--dir DIR`: no hand-made packs there, so only what can be checked without one: every draft is
// valid, how much it found, and how long it took. For trying the builder on articles it never saw.
if (values.dir !== undefined) {
  const { readdirSync } = await import('node:fs');
  const dir = resolve(values.dir);
  const rows = [];
  buildPack({ text: 'Warm-up. Jane Doe said that it works.' });
  for (const name of readdirSync(dir)
    .filter((f) => /\.txt$/i.test(f))
    .sort()) {
    const body = readFileSync(join(dir, name), 'utf8');
    if (!body.trim()) continue;
    const t0 = performance.now();
    const { pack: draft, warnings: notes } = buildPack({ text: body });
    const ms = Math.round(performance.now() - t0);
    /** @type {Record<string, number>} */
    const kinds = {};
    for (const a of draft.actors) kinds[a.kind] = (kinds[a.kind] ?? 0) + 1;
    rows.push({
      file: name,
      chars: body.length,
      valid: parsePack(draft).ok,
      ms,
      actors: kinds,
      directQuotes: (draft.quotes ?? []).filter((q) => q.direct).length,
      reported: (draft.quotes ?? []).filter((q) => !q.direct).length,
      claims: (draft.claims ?? []).length,
      pairs: (draft.claims ?? []).reduce((n, c) => n + (c.opposes ?? []).length, 0) / 2,
      warnings: notes.length,
    });
  }
  const allValid = rows.every((r) => r.valid);
  if (asJson) process.stdout.write(`${JSON.stringify({ dir, rows, allValid }, null, 2)}\n`);
  else {
    for (const r of rows) {
      const kinds = Object.entries(r.actors)
        .map(([k, n]) => `${n} ${k}`)
        .join(', ');
      process.stdout.write(
        `${r.valid ? 'ok ' : 'BAD'} ${r.file} (${r.chars} chars, ${r.ms} ms): ${kinds || 'no actors'}; ${r.directQuotes} direct quotes, ${r.reported} reported; ${r.claims} claims, ${r.pairs} pairs; ${r.warnings} warnings\n`,
      );
    }
    process.stdout.write(`${allValid ? 'all drafts valid' : 'SOME DRAFTS INVALID'} (${rows.length} articles)\n`);
  }
  process.exit(allValid ? 0 : 1);
}
/** @param {unknown} error */
const messageOf = (error) => (error instanceof Error ? error.message : String(error));
/** @type {string} */
let text;
/** @type {Pack} */
let hand;
try {
  text = readFileSync(articlePath, 'utf8');
} catch (error) {
  usageError(COMMAND, `cannot read the article ${articlePath}: ${messageOf(error)}`);
}
try {
  const checked = parsePack(JSON.parse(readFileSync(packPath, 'utf8')));
  if (!checked.ok) throw new Error(`not a valid pack: ${checked.errors.slice(0, 3).join('; ')}`);
  hand = checked.value;
} catch (error) {
  usageError(COMMAND, `cannot read the hand-made pack ${packPath}: ${messageOf(error)}`);
}

// The first build pays for compromise's lexicon and our regular expressions (what the popup's
// first press costs); the second is what every later article costs.
// CPU time is reported too: on a busy machine the wall clock mostly measures the other processes.
/** @param {NodeJS.CpuUsage} since */
const cpuMs = (since) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};
let started = performance.now();
let cpu = process.cpuUsage();
buildPack({ text });
const coldMs = performance.now() - started;
const coldCpuMs = cpuMs(cpu);
started = performance.now();
cpu = process.cpuUsage();
const { pack, warnings } = buildPack({ text });
const buildMs = performance.now() - started;
const buildCpuMs = cpuMs(cpu);
// The popup's budget is about a second for a 10 KB article: the seed four times over stands in.
const tenKb = Array.from({ length: Math.max(1, Math.ceil(10_240 / text.length)) }, () => text).join('\n');
started = performance.now();
cpu = process.cpuUsage();
buildPack({ text: tenKb });
const tenKbMs = performance.now() - started;
const tenKbCpuMs = cpuMs(cpu);
const valid = parsePack(pack);

// Actors: every non-country actor, matched by any shared alias.
/** @typedef {Pack['actors'][number]} Actor */
/** @param {Actor} actor */
const aliasSet = (actor) => new Set(actor.aliases.map((a) => fold(a.text)));
const handActors = hand.actors;
const draftActors = pack.actors;
/**
 * @param {Actor} a
 * @param {Actor} b
 */
const overlap = (a, b) => [...aliasSet(a)].filter((x) => aliasSet(b).has(x)).length;
/** @type {Map<string, string>} */
const bestHandFor = new Map();
for (const d of draftActors) {
  /** @type {Actor | null} */
  let best = null;
  let bestScore = 0;
  for (const h of handActors) {
    const score = overlap(d, h);
    if (score > bestScore) {
      best = h;
      bestScore = score;
    }
  }
  if (best) bestHandFor.set(d.id, best.id);
}
/** @param {Actor} actor */
const isPeopleOrOrg = (actor) => actor.kind !== 'country';
const handPO = handActors.filter(isPeopleOrOrg);
const draftPO = draftActors.filter(isPeopleOrOrg);
const foundHand = handPO.filter((h) => draftPO.some((d) => bestHandFor.get(d.id) === h.id || overlap(d, h) > 0));
const correctDraft = draftPO.filter((d) => {
  const h = handActors.find((x) => x.id === bestHandFor.get(d.id));
  return h !== undefined && isPeopleOrOrg(h);
});
const actorRecall = ratio(foundHand.length, handPO.length);
const actorPrecision = ratio(correctDraft.length, draftPO.length);

// Direct quotations, matched by text (one containing the other, after folding).
const handDirect = (hand.quotes ?? []).filter((q) => q.direct);
const draftDirect = (pack.quotes ?? []).filter((q) => q.direct);
const quoteRows = handDirect.map((h) => {
  const match = draftDirect.find((d) => fold(d.text).includes(fold(h.text)) || fold(h.text).includes(fold(d.text)));
  return {
    text: h.text,
    speaker: h.speaker,
    found: Boolean(match),
    draftSpeaker: match ? (bestHandFor.get(match.speaker ?? '') ?? match.speaker) : null,
  };
});
const quotesFound = quoteRows.filter((r) => r.found).length;
const speakersRight = quoteRows.filter((r) => r.found && r.draftSpeaker === r.speaker).length;
const handReported = (hand.quotes ?? []).filter((q) => !q.direct);
const draftReported = (pack.quotes ?? []).filter((q) => !q.direct);
/** @param {NonNullable<Pack['quotes']>[number]} h */
const reportedMatch = (h) => draftReported.find((d) => fold(d.text).includes(fold(h.text)) || fold(h.text).includes(fold(d.text)));
const reportedFound = handReported.filter((h) => reportedMatch(h)).length;
const reportedRight = handReported.filter((h) => {
  const d = reportedMatch(h);
  return d && (bestHandFor.get(d.speaker ?? '') ?? d.speaker) === h.speaker;
}).length;

// Claims: a draft claim stands for the hand claims whose sentences and quotations it shares most.
/**
 * @param {Pack} p
 * @param {string} id
 */
const quoteText = (p, id) => (p.quotes ?? []).find((q) => q.id === id)?.text ?? '';
/**
 * @param {Pack} p
 * @param {NonNullable<Pack['claims']>[number]} c
 */
const claimKeys = (p, c) => ({
  sentences: new Set((c.sentences ?? []).map(fold)),
  quotes: (c.quotes ?? []).map((id) => fold(quoteText(p, id))).filter(Boolean),
});
const handKeys = new Map((hand.claims ?? []).map((c) => [c.id, claimKeys(hand, c)]));
/** @type {Map<string, Set<string>>} */
const standsFor = new Map();
for (const c of pack.claims ?? []) {
  const mine = claimKeys(pack, c);
  let best = 0;
  /** @type {string[]} */
  let ids = [];
  for (const [id, theirs] of handKeys) {
    const shared =
      [...mine.sentences].filter((s) => theirs.sentences.has(s)).length +
      mine.quotes.filter((q) => theirs.quotes.some((t) => t.includes(q) || q.includes(t))).length;
    if (shared > best) {
      best = shared;
      ids = [id];
    } else if (shared === best && shared > 0) ids.push(id);
  }
  standsFor.set(c.id, new Set(ids));
}
/** @type {[string, string][]} */
const handPairs = [];
for (const c of hand.claims ?? []) for (const o of c.opposes ?? []) if (c.id < o) handPairs.push([c.id, o]);
/** @param {string} id */
const speaks = (id) => ((hand.claims ?? []).find((c) => c.id === id)?.speakers ?? []).length > 0;
/** @type {[string, string][]} */
const draftPairs = [];
for (const c of pack.claims ?? []) for (const o of c.opposes ?? []) if (c.id < o) draftPairs.push([c.id, o]);
/**
 * @param {string} a
 * @param {string} b
 */
const recovered = (a, b) =>
  draftPairs.some(
    ([x, y]) => (standsFor.get(x)?.has(a) && standsFor.get(y)?.has(b)) || (standsFor.get(x)?.has(b) && standsFor.get(y)?.has(a)),
  );
const pairRows = handPairs.map(([a, b]) => ({ pair: `${a} ↔ ${b}`, main: speaks(a) && speaks(b), recovered: recovered(a, b) }));
const mainRows = pairRows.filter((r) => r.main);
const draftPairsMatching = draftPairs.filter(([x, y]) =>
  handPairs.some(
    ([a, b]) => (standsFor.get(x)?.has(a) && standsFor.get(y)?.has(b)) || (standsFor.get(x)?.has(b) && standsFor.get(y)?.has(a)),
  ),
).length;

const figures = {
  article: articlePath,
  handPack: packPath,
  valid: valid.ok,
  buildMs: Math.round(buildMs),
  buildCpuMs: Math.round(buildCpuMs),
  firstBuildMs: Math.round(coldMs),
  firstBuildCpuMs: Math.round(coldCpuMs),
  tenKb: { chars: tenKb.length, ms: Math.round(tenKbMs), cpuMs: Math.round(tenKbCpuMs) },
  articleChars: text.length,
  actors: {
    recall: actorRecall,
    precision: actorPrecision,
    handCount: handPO.length,
    draftCount: draftPO.length,
    missed: handPO.filter((h) => !foundHand.includes(h)).map((h) => h.id),
    extra: draftPO.filter((d) => !correctDraft.includes(d)).map((d) => d.id),
  },
  directQuotes: {
    hand: handDirect.length,
    found: quotesFound,
    speakerRight: speakersRight,
    speakerAccuracy: ratio(speakersRight, quotesFound),
    rows: quoteRows,
  },
  reportedSpeech: { hand: handReported.length, found: reportedFound, speakerRight: reportedRight, draft: draftReported.length },
  pairs: {
    main: mainRows.length,
    mainRecovered: mainRows.filter((r) => r.recovered).length,
    all: pairRows.length,
    allRecovered: pairRows.filter((r) => r.recovered).length,
    draftPairs: draftPairs.length,
    draftPairsMatchingHand: draftPairsMatching,
    rows: pairRows,
  },
  warnings,
};
const checks = {
  valid: valid.ok,
  actorRecall: actorRecall >= THRESHOLDS.actorRecall,
  actorPrecision: actorPrecision >= THRESHOLDS.actorPrecision,
  quotesFound: quotesFound >= handDirect.length * THRESHOLDS.quotesFound,
  speakerAccuracy: ratio(speakersRight, quotesFound) >= THRESHOLDS.speakerAccuracy,
  mainPairs: figures.pairs.mainRecovered >= Math.min(THRESHOLDS.mainPairs, mainRows.length),
};
const pass = Object.values(checks).every(Boolean);

if (asJson) {
  process.stdout.write(`${JSON.stringify({ ...figures, checks, pass }, null, 2)}\n`);
} else {
  /** @param {boolean} ok */
  const mark = (ok) => (ok ? 'ok ' : 'LOW');
  /** @param {number} x */
  const pct = (x) => x.toFixed(2);
  const out = [];
  out.push(`pack builder on ${articlePath} (${text.length} chars) against ${packPath}`);
  out.push(
    `  draft valid for parsePack: ${valid.ok ? 'yes' : `NO: ${valid.errors.join('; ')}`}    build time: ${figures.firstBuildMs} ms first (CPU ${figures.firstBuildCpuMs} ms), ${figures.buildMs} ms after (CPU ${figures.buildCpuMs} ms)`,
  );
  out.push(
    `  a ${figures.tenKb.chars}-character article (the seed repeated): ${figures.tenKb.ms} ms (CPU ${figures.tenKb.cpuMs} ms); budget about 1 s`,
  );
  out.push(
    `${mark(checks.actorRecall)} people & organisations recall    ${pct(actorRecall)}  (${foundHand.length} of ${handPO.length}; need ≥ ${THRESHOLDS.actorRecall})${figures.actors.missed.length ? `  missed: ${figures.actors.missed.join(', ')}` : ''}`,
  );
  out.push(
    `${mark(checks.actorPrecision)} people & organisations precision ${pct(actorPrecision)}  (${correctDraft.length} of ${draftPO.length}; need ≥ ${THRESHOLDS.actorPrecision})${figures.actors.extra.length ? `  extra: ${figures.actors.extra.join(', ')}` : ''}`,
  );
  out.push(`${mark(checks.quotesFound)} direct quotes found              ${quotesFound} of ${handDirect.length}`);
  out.push(
    `${mark(checks.speakerAccuracy)} right speaker                    ${pct(ratio(speakersRight, quotesFound))}  (${speakersRight} of ${quotesFound}; need ≥ ${THRESHOLDS.speakerAccuracy})`,
  );
  for (const r of quoteRows)
    out.push(
      `      ${r.found ? (r.draftSpeaker === r.speaker ? 'right' : `WRONG (${r.draftSpeaker})`) : 'MISSED'}  ${r.speaker}: “${r.text.length > 60 ? `${r.text.slice(0, 60)}…` : r.text}”`,
    );
  out.push(
    `    reported speech found             ${reportedFound} of ${handReported.length}, right speaker ${reportedRight} (the draft has ${draftReported.length})`,
  );
  out.push(
    `${mark(checks.mainPairs)} main claim ↔ opposing-claim pairs ${figures.pairs.mainRecovered} of ${mainRows.length} (need ≥ ${Math.min(THRESHOLDS.mainPairs, mainRows.length)}); all hand pairs ${figures.pairs.allRecovered} of ${pairRows.length}`,
  );
  for (const r of pairRows) out.push(`      ${r.recovered ? 'found ' : 'MISSED'} ${r.main ? 'main   ' : 'article'} ${r.pair}`);
  out.push(`    draft pairs that match a hand pair ${draftPairsMatching} of ${draftPairs.length}`);
  out.push(pass ? 'PASS' : 'FAIL');
  process.stdout.write(`${out.join('\n')}\n`);
}
process.exit(pass ? 0 : 1);

/** `--gold GOLDDIR`: drafts and scores a labelled set; see the header. */
async function scoreGoldSet() {
  const { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { spawnSync } = await import('node:child_process');
  const { pathToFileURL } = await import('node:url');
  const goldDir = resolve(values.gold ?? '');
  if (!existsSync(goldDir)) usageError(COMMAND, '--gold needs the folder of NN-slug.gold.json files (such as ../shared/builder-dev)');
  const scorer = join(goldDir, 'score.mjs');
  if (!existsSync(scorer)) usageError(COMMAND, `${goldDir} has no score.mjs to score with`);
  const textDirs = [values.texts ? resolve(values.texts) : '', goldDir, process.env.BUILDER_DEV_TEXTS ?? '', '/tmp/bdev'].filter(
    (dir) => dir !== '',
  );
  const golds = readdirSync(goldDir)
    .filter((f) => f.endsWith('.gold.json'))
    .sort();
  if (golds.length === 0) usageError(COMMAND, `no *.gold.json files in ${goldDir}`);
  const out = mkdtempSync(join(tmpdir(), 'eval-builder-'));
  /**
   * The labelled set's own scorer (GOLDDIR/score.mjs, outside this repository), as far as it is
   * used here: it scores one pack against its gold labels, and turns summed counts into figures.
   * @typedef {object} Scorer
   * @property {(pack: Pack, gold: unknown) => Record<string, Record<string, unknown>>} score Counts for one article, by part.
   * @property {(file: string) => unknown} load Reads a gold file.
   * @property {(total: Record<string, Record<string, number>>) => Record<string, number | null>} figures Ratios from counts.
   */
  /** @type {Scorer} */
  const { score, figures: figuresOf, load } = await import(pathToFileURL(scorer).href);
  /** @type {Record<string, Record<string, number>>} */
  const total = { people: {}, orgs: {}, direct: {}, reported: {}, opp: {} };
  /** @type {string[]} */
  const problems = [];
  /** @type {number[]} */
  const times = [];
  try {
    for (const name of golds) {
      const slug = name.slice(0, -'.gold.json'.length);
      const textPath = textDirs.map((d) => join(d, `${slug}.txt`)).find((p) => existsSync(p));
      if (!textPath) {
        console.error(
          `eval:builder: no text for ${slug} in ${textDirs.join(', ')}; materialise the set first (node ${join(goldDir, 'materialise.mjs')} MIRROR_GIT_DIR /tmp/bdev), or pass --texts DIR`,
        );
        process.exit(2);
      }
      const started = performance.now();
      const { pack: draft } = buildPack({ text: readFileSync(textPath, 'utf8') });
      times.push(performance.now() - started);
      const checked = parsePack(draft);
      if (!checked.ok) problems.push(`${slug}: the draft is invalid: ${checked.errors.join('; ')}`);
      const packPath = join(out, `${slug}.pack.json`);
      writeFileSync(packPath, JSON.stringify(draft, null, 2));
      const s = score(draft, load(join(goldDir, name)));
      for (const [k, sums] of Object.entries(total))
        for (const [m, v] of Object.entries(s[k] ?? {})) if (typeof v === 'number') sums[m] = (sums[m] ?? 0) + v;
    }
    // The scorer's own table, exactly as it prints it.
    const table = spawnSync(process.execPath, [scorer, '--all', out, '--gold', goldDir], { encoding: 'utf8' });
    process.stdout.write(table.stdout);
    if (table.status !== 0) process.stderr.write(table.stderr);
    if (values.misses) {
      for (const name of golds) {
        const slug = name.slice(0, -'.gold.json'.length);
        const one = spawnSync(process.execPath, [scorer, join(out, `${slug}.pack.json`), join(goldDir, name)], { encoding: 'utf8' });
        process.stdout.write(`\n== ${slug}\n${one.stdout}`);
      }
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
  const x = figuresOf(total);
  const links = total.opp?.links ?? 0;
  /** @type {[string, number | null | undefined, number][]} */
  const targets = [
    ['people recall', x.peopleR, 0.9],
    ['people precision', x.peopleP, 0.9],
    ['organisations recall', x.orgsR, 0.9],
    ['organisations precision', x.orgsP, 0.9],
    ['direct quotes found', x.quoteR, 0.95],
    ['right speaker', x.speakerAcc, 0.9],
    ['reported speech found', x.reportedR, 0.7],
    ['oppositions found', x.oppFound, 0.6],
    // The issue's second opposition target: of the builder's opposes links, the share on a gold pair.
    ['opposition links on a gold pair', links > 0 ? (total.opp?.supported ?? 0) / links : null, 0.7],
  ];
  const shown = targets.map(
    ([label, value, need]) =>
      `${value !== null && value !== undefined && value >= need ? 'ok' : 'LOW'} ${label} ${value === null || value === undefined ? '–' : value.toFixed(2)} (≥ ${need})`,
  );
  times.sort((a, b) => a - b);
  process.stdout.write(`targets: ${shown.join(' · ')}\n`);
  process.stdout.write(
    `drafted ${golds.length} articles, median ${Math.round(times[Math.floor(times.length / 2)] ?? NaN)} ms, max ${Math.round(times[times.length - 1] ?? NaN)} ms\n`,
  );
  for (const p of problems) process.stdout.write(`INVALID ${p}\n`);
}
