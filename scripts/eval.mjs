/**
 * `npm run eval -- DIR [--json] [--reasons]`: measures how accurately the built extension finds the pack's
 * actors and claims on real pages. Every page listed in DIR/labels.json is opened in headless
 * Chromium with the extension loaded, and the content script's page report is scored against the
 * labels (format: see README.md). `.txt` pages are served as HTML, one `<p>` per paragraph (blank
 * lines separate paragraphs); `.html` pages are served as they are.
 *
 * Scores are over (page, id) pairs: an id is found on a page when at least one highlight has it.
 * Precision ignores ids in the page's `maybe` lists. `--reasons` adds how many candidates each
 * rule rejected, by rule id, summed over the pages, so that a rule that never fires (or fires on
 * everything) shows.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { defineCommand, parseCommand, usageError } from './lib/cli.mjs';
import { notFound, requestedPath, send, startLoopbackServer } from './lib/loopback.mjs';

const COMMAND = defineCommand({
  name: 'eval',
  usage: 'npm run eval -- DIR [--json] [--reasons]   (DIR holds labels.json and the pages it lists)',
  summary:
    "Runs the built extension in headless Chromium on every page listed in DIR/labels.json and scores its page reports against the labels: actors' and claims' precision and recall, mustFind and mustNotFind.",
  options: {
    json: { type: 'boolean', help: 'print the summary and every page as JSON' },
    reasons: { type: 'boolean', help: 'add how many candidates each rule rejected, by rule id, over all pages' },
  },
  positionals: { name: 'DIR', min: 1, max: 1 },
});
const { values, positionals } = parseCommand(COMMAND);
const asJson = values.json;
const withReasons = values.reasons;
const dir = resolve(/** @type {string} */ (positionals[0]));

/**
 * One labelled page of DIR/labels.json (README.md, "Measuring accuracy").
 * @typedef {object} PageLabel
 * @property {string} file The page, relative to DIR.
 * @property {string[]} [actors] The actor ids it mentions.
 * @property {string[]} [claims] The claim ids it states.
 * @property {string[]} [maybeActors] Actor ids that are neither required nor counted against precision.
 * @property {string[]} [maybeClaims] Claim ids likewise.
 * @property {{ actor: string, text: string }[]} [mustFind] Texts some highlight of the actor must contain.
 * @property {string[]} [mustNotFind] Texts no highlight may overlap.
 */

/**
 * Reads DIR/labels.json and checks its shape, so that a typo in it is named instead of scoring
 * nonsense.
 * @param {string} file
 * @returns {{ pages: PageLabel[] }}
 */
function readLabels(file) {
  /** @type {unknown} */
  let data;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    usageError(COMMAND, `cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const pages = /** @type {{ pages?: unknown }} */ (data)?.pages;
  if (!Array.isArray(pages)) usageError(COMMAND, `${file} has no "pages" list`);
  /** @param {unknown} list */
  const isStrings = (list) => list === undefined || (Array.isArray(list) && list.every((x) => typeof x === 'string'));
  /** @param {unknown} entry */
  const isMustFind = (entry) => {
    const { actor, text } = /** @type {{ actor?: unknown, text?: unknown }} */ (entry ?? {});
    return typeof actor === 'string' && typeof text === 'string';
  };
  for (const [i, entry] of pages.entries()) {
    const page = /** @type {Record<string, unknown>} */ (entry ?? {});
    const ok =
      typeof page.file === 'string' &&
      ['actors', 'claims', 'maybeActors', 'maybeClaims', 'mustNotFind'].every((key) => isStrings(page[key])) &&
      (page.mustFind === undefined || (Array.isArray(page.mustFind) && page.mustFind.every(isMustFind)));
    if (!ok)
      usageError(COMMAND, `${file}: page ${i + 1} is not { file, actors?, claims?, maybeActors?, maybeClaims?, mustFind?, mustNotFind? }`);
  }
  return { pages };
}

const labels = readLabels(join(dir, 'labels.json'));
const root = process.cwd();

/** @param {string} text */
const escapeHtml = (text) =>
  text.replace(/[&<>"]/g, (c) => /** @type {Record<string, string>} */ ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);

/**
 * Serves a `.txt` file as a page of paragraphs, and anything else as it is.
 * @param {string} file
 */
function pageBody(file) {
  const raw = readFileSync(join(dir, file), 'utf8');
  if (extname(file) !== '.txt')
    return { type: extname(file) === '.xhtml' ? 'application/xhtml+xml' : 'text/html; charset=utf-8', body: raw };
  const paragraphs = raw
    .split(/\r?\n\s*\r?\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  const body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(file)}</title></head><body>\n${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}\n</body></html>`;
  return { type: 'text/html; charset=utf-8', body };
}

/**
 * In the page: for each of `needles`, the texts of our highlights that overlap an occurrence of it.
 * @param {string[]} needles
 * @returns {Record<string, string[]>}
 */
function overlapsInPage(needles) {
  const ranges = [];
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith('ncl-') || name === 'ncl-focus') continue;
    for (const r of highlight) {
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      ranges.push(range);
    }
  }
  /** @type {Record<string, string[]>} */
  const result = {};
  for (const needle of needles) {
    /** @type {string[]} */
    const hits = [];
    const walker = document.createTreeWalker(document.body ?? document.documentElement, NodeFilter.SHOW_TEXT);
    for (let node = /** @type {Text | null} */ (walker.nextNode()); node; node = /** @type {Text | null} */ (walker.nextNode())) {
      let at = node.data.indexOf(needle);
      while (at >= 0) {
        const occurrence = document.createRange();
        occurrence.setStart(node, at);
        occurrence.setEnd(node, at + needle.length);
        for (const range of ranges) {
          const startsBeforeEnd = range.compareBoundaryPoints(Range.END_TO_START, occurrence) < 0;
          const endsAfterStart = range.compareBoundaryPoints(Range.START_TO_END, occurrence) > 0;
          if (startsBeforeEnd && endsAfterStart) hits.push(range.toString());
        }
        at = node.data.indexOf(needle, at + 1);
      }
    }
    result[needle] = hits;
  }
  return result;
}

execFileSync(process.execPath, ['scripts/build.mjs', '--browser', 'chrome'], { stdio: asJson ? 'ignore' : 'inherit' });
const server = await startLoopbackServer((request, response) => {
  const file = requestedPath(request);
  if (!labels.pages.some((page) => page.file === file)) return notFound(response);
  const { type, body } = pageBody(file);
  send(response, type, body);
});
const { origin } = server;
const { completeReport, launchChromium, openProbe } = await import('./lib/chromium.mjs');
const { context, origin: extensionOrigin } = await launchChromium(join(root, 'dist', 'chrome'));
const probe = await openProbe(context, extensionOrigin);

const totals = { actor: { tp: 0, fp: 0, fn: 0 }, claim: { tp: 0, fp: 0, fn: 0 }, mustFind: 0, mustNotFind: 0 };
/** @type {Record<string, number>} Rejections by rule id, summed over the pages (with --reasons). */
const reasons = {};
/**
 * What went wrong on one page.
 * @typedef {object} PageResult
 * @property {string} file The page.
 * @property {{ kind: string, id: string }[]} misses Ids it mentions that got no highlight.
 * @property {{ kind: string, id: string, texts: string[] }[]} falseHits Ids highlighted that it does not mention, with some of their texts.
 * @property {{ actor: string, text: string }[]} mustFindFailures `mustFind` texts not highlighted.
 * @property {{ text: string, highlighted: string[] }[]} mustNotFindFailures `mustNotFind` texts overlapped, with the highlights.
 */
/** @type {PageResult[]} */
const pages = [];
for (const label of labels.pages) {
  const url = `${origin}/${encodeURIComponent(label.file)}`;
  const tab = await context.newPage();
  await tab.goto(url, { waitUntil: 'load' });
  const report = await completeReport(probe, url, 60_000, withReasons);
  for (const [rule, n] of Object.entries(report.stats?.rejected ?? {})) reasons[rule] = (reasons[rule] ?? 0) + n;
  /** @type {PageResult} */
  const result = { file: label.file, misses: [], falseHits: [], mustFindFailures: [], mustNotFindFailures: [] };
  for (const kind of /** @type {const} */ (['actor', 'claim'])) {
    const expected = new Set((kind === 'actor' ? label.actors : label.claims) ?? []);
    const maybe = new Set((kind === 'actor' ? label.maybeActors : label.maybeClaims) ?? []);
    /** @type {Map<string, string[]>} */
    const found = new Map();
    for (const mention of report.mentions.filter((m) => m.kind === kind)) {
      const texts = found.get(mention.id) ?? [];
      found.set(mention.id, [...texts, mention.text]);
    }
    for (const id of expected) {
      if (found.has(id)) totals[kind].tp++;
      else {
        totals[kind].fn++;
        result.misses.push({ kind, id });
      }
    }
    for (const [id, texts] of found) {
      if (expected.has(id) || maybe.has(id)) continue;
      totals[kind].fp++;
      result.falseHits.push({ kind, id, texts: [...new Set(texts)].slice(0, 5) });
    }
  }
  for (const { actor, text } of label.mustFind ?? []) {
    const ok = report.mentions.some((m) => m.kind === 'actor' && m.id === actor && m.text.includes(text));
    if (!ok) {
      totals.mustFind++;
      result.mustFindFailures.push({ actor, text });
    }
  }
  if (label.mustNotFind && label.mustNotFind.length > 0) {
    const overlaps = await tab.evaluate(overlapsInPage, label.mustNotFind);
    for (const [text, hits] of Object.entries(overlaps)) {
      if (hits.length === 0) continue;
      totals.mustNotFind++;
      result.mustNotFindFailures.push({ text, highlighted: [...new Set(hits)] });
    }
  }
  pages.push(result);
  await tab.close();
}
await context.close();
await server.close();

/**
 * @param {number} a
 * @param {number} b
 */
const ratio = (a, b) => (b === 0 ? 1 : a / b);
const summary = {
  pages: pages.length,
  actorPrecision: ratio(totals.actor.tp, totals.actor.tp + totals.actor.fp),
  actorRecall: ratio(totals.actor.tp, totals.actor.tp + totals.actor.fn),
  claimPrecision: ratio(totals.claim.tp, totals.claim.tp + totals.claim.fp),
  claimRecall: ratio(totals.claim.tp, totals.claim.tp + totals.claim.fn),
  mustFindFailures: totals.mustFind,
  mustNotFindFailures: totals.mustNotFind,
  counts: totals,
  ...(withReasons ? { rejectedByRule: reasons } : {}),
};

if (asJson) {
  console.log(JSON.stringify({ summary, pages }, null, 2));
} else {
  for (const page of pages) {
    const problems = [
      ...page.misses.map((m) => `  miss        ${m.kind} ${m.id}`),
      ...page.falseHits.map(
        (f) =>
          `  false hit   ${f.kind} ${f.id}: ${f.texts.map((t) => JSON.stringify(t.length > 90 ? `${t.slice(0, 87)}…` : t)).join(', ')}`,
      ),
      ...page.mustFindFailures.map((f) => `  mustFind    ${f.actor} "${f.text}" not highlighted`),
      ...page.mustNotFindFailures.map(
        (f) => `  mustNotFind "${f.text}" overlaps ${f.highlighted.map((t) => JSON.stringify(t)).join(', ')}`,
      ),
    ];
    console.log(`${page.file}${problems.length === 0 ? ': ok' : ''}`);
    for (const line of problems) console.log(line);
  }
  /** @param {number} x */
  const pct = (x) => x.toFixed(3);
  console.log('');
  console.log(`pages                 ${summary.pages}`);
  console.log(
    `actor precision       ${pct(summary.actorPrecision)}  (${totals.actor.tp} right, ${totals.actor.fp} wrong)   target >= 0.99`,
  );
  console.log(
    `actor recall          ${pct(summary.actorRecall)}  (${totals.actor.tp} of ${totals.actor.tp + totals.actor.fn})   target >= 0.97`,
  );
  console.log(
    `claim precision       ${pct(summary.claimPrecision)}  (${totals.claim.tp} right, ${totals.claim.fp} wrong)   target >= 0.95`,
  );
  console.log(
    `claim recall          ${pct(summary.claimRecall)}  (${totals.claim.tp} of ${totals.claim.tp + totals.claim.fn})   target >= 0.90`,
  );
  console.log(`mustFind failures     ${summary.mustFindFailures}   target 0`);
  console.log(`mustNotFind failures  ${summary.mustNotFindFailures}   target 0`);
  if (withReasons) {
    console.log('');
    console.log('rejected by rule (candidates over all pages)');
    for (const [rule, n] of Object.entries(reasons).sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(6)}  ${rule}`);
  }
}
