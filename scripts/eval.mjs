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
import { createServer } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { completeReport, launchChromium, openProbe } from './lib/chromium.mjs';

const args = process.argv.slice(2);
const asJson = args.includes('--json');
const withReasons = args.includes('--reasons');
const dirArg = args.find((arg) => !arg.startsWith('--'));
if (!dirArg) {
  console.error('usage: npm run eval -- DIR [--json] [--reasons]   (DIR holds labels.json and the pages it lists)');
  process.exit(2);
}
const dir = resolve(dirArg);
const labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8'));
const root = process.cwd();

const escapeHtml = (text) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

/** Serves a `.txt` file as a page of paragraphs, and anything else as it is. */
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

/** In the page: whether any of our highlights overlaps an occurrence of `needle`. */
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
  const result = {};
  for (const needle of needles) {
    const hits = [];
    const walker = document.createTreeWalker(document.body ?? document.documentElement, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
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
const server = createServer((request, response) => {
  const file = decodeURIComponent(new URL(request.url, 'http://localhost').pathname.slice(1));
  if (!labels.pages.some((page) => page.file === file)) {
    response.writeHead(404);
    response.end();
    return;
  }
  const { type, body } = pageBody(file);
  response.writeHead(200, { 'content-type': type });
  response.end(body);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;
const { context, origin: extensionOrigin } = await launchChromium(join(root, 'dist', 'chrome'));
const probe = await openProbe(context, extensionOrigin);

const totals = { actor: { tp: 0, fp: 0, fn: 0 }, claim: { tp: 0, fp: 0, fn: 0 }, mustFind: 0, mustNotFind: 0 };
/** Rejections by rule id, summed over the pages (with --reasons). */
const reasons = {};
const pages = [];
for (const label of labels.pages) {
  const url = `${origin}/${encodeURIComponent(label.file)}`;
  const tab = await context.newPage();
  await tab.goto(url, { waitUntil: 'load' });
  const report = await completeReport(probe, url, 60_000, withReasons);
  for (const [rule, n] of Object.entries(report.stats?.rejected ?? {})) reasons[rule] = (reasons[rule] ?? 0) + n;
  const result = { file: label.file, misses: [], falseHits: [], mustFindFailures: [], mustNotFindFailures: [] };
  for (const kind of ['actor', 'claim']) {
    const expected = new Set(label[`${kind}s`] ?? []);
    const maybe = new Set(label[`maybe${kind === 'actor' ? 'Actors' : 'Claims'}`] ?? []);
    const found = new Map();
    for (const mention of report.mentions.filter((m) => m.kind === kind)) {
      if (!found.has(mention.id)) found.set(mention.id, []);
      found.get(mention.id).push(mention.text);
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
  if ((label.mustNotFind ?? []).length > 0) {
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
server.close();

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
