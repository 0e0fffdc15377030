/**
 * `npm run eval:offstory -- READABILITY_DIR [--json]`: runs the built extension in headless
 * Chromium on the saved pages of mozilla/readability (`test/test-pages/<page>/source.html`), none of
 * which is about the seed story, and prints how many highlights each page gets, by actor and
 * claim id, with the page's story verdict. A page off the story should get none, except mentions
 * of a broad actor on a page that is about that actor itself (see README: broad actors).
 *
 * READABILITY_DIR is a checkout of the repository or a git directory of it (a bare mirror will
 * do; it is read with `git show`). The pages are served as they were saved from a loopback server
 * that answers nothing else, under a CSP that blocks their scripts and every subresource, so
 * nothing leaves the machine.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defineCommand, parseCommand, usageError } from './lib/cli.mjs';
import { notFound, requestedPath, send, startLoopbackServer } from './lib/loopback.mjs';

const COMMAND = defineCommand({
  name: 'eval:offstory',
  usage: 'npm run eval:offstory -- READABILITY_DIR [--json]   (a checkout or git directory of github:mozilla/readability)',
  summary:
    "Runs the built extension on the saved pages of mozilla/readability's test suite (pages on every subject but this story) and prints the highlights per page; none is the aim.",
  options: { json: { type: 'boolean', help: 'print the summary and every page as JSON' } },
  positionals: { name: 'READABILITY_DIR', min: 1, max: 1 },
});
const { values, positionals } = parseCommand(COMMAND);
const asJson = values.json;
const dir = resolve(/** @type {string} */ (positionals[0]));
const PAGES = 'test/test-pages';

/**
 * The saved pages, by name, read from a checkout or with `git show` from a git directory.
 * @returns {{ name: string, read: () => string }[]}
 */
function listPages() {
  if (existsSync(join(dir, PAGES))) {
    return readdirSync(join(dir, PAGES))
      .filter((name) => existsSync(join(dir, PAGES, name, 'source.html')))
      .map((name) => ({ name, read: () => readFileSync(join(dir, PAGES, name, 'source.html'), 'utf8') }));
  }
  let listing;
  try {
    listing = execFileSync('git', ['-C', dir, 'ls-tree', '--name-only', `HEAD:${PAGES}`], { encoding: 'utf8' });
  } catch {
    usageError(COMMAND, `${dir} is neither a checkout nor a git directory of mozilla/readability (no ${PAGES})`);
  }
  return listing
    .split('\n')
    .filter(Boolean)
    .map((name) => ({
      name,
      read: () => execFileSync('git', ['-C', dir, 'show', `HEAD:${PAGES}/${name}/source.html`], { encoding: 'utf8', maxBuffer: 64 << 20 }),
    }))
    .filter((page) => {
      try {
        page.read();
        return true;
      } catch {
        return false;
      }
    });
}

const pages = listPages();
execFileSync(process.execPath, ['scripts/build.mjs', '--browser', 'chrome'], { stdio: asJson ? 'ignore' : 'inherit' });
const bodies = new Map(pages.map((page) => [page.name, page]));
const server = await startLoopbackServer((request, response) => {
  const page = bodies.get(requestedPath(request));
  if (!page) return notFound(response);
  // The saved pages' own subresources point elsewhere; the CSP keeps the browser from asking.
  send(response, 'text/html; charset=utf-8', page.read(), {
    'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; img-src data:",
  });
});
const { origin } = server;
const { completeReport, launchChromium, openProbe } = await import('./lib/chromium.mjs');
const { context, origin: extensionOrigin } = await launchChromium(join(process.cwd(), 'dist', 'chrome'));
const probe = await openProbe(context, extensionOrigin);

/**
 * One page's outcome: its highlights by `kind:id`, or the error that kept it from reporting.
 * @typedef {{ name: string, error?: string, highlights?: number, counts?: Record<string, number>, onStory?: boolean, texts?: string[] }} PageResult
 */
/** @type {PageResult[]} */
const results = [];
for (const { name } of pages) {
  const url = `${origin}/${encodeURIComponent(name)}`;
  const tab = await context.newPage();
  await tab.goto(url, { waitUntil: 'load' }).catch(() => undefined);
  /** @type {import('./lib/chromium.mjs').PageReport} */
  let report;
  try {
    report = await completeReport(probe, url, 30_000);
  } catch (error) {
    results.push({ name, error: String(error) });
    await tab.close();
    continue;
  }
  /** @type {Record<string, number>} */
  const counts = {};
  for (const m of report.mentions) counts[`${m.kind}:${m.id}`] = (counts[`${m.kind}:${m.id}`] ?? 0) + 1;
  results.push({
    name,
    highlights: report.mentions.length,
    counts,
    onStory: report.stories?.some((s) => s.onStory) ?? false,
    texts: [...new Set(report.mentions.map((m) => m.text))].slice(0, 6),
  });
  await tab.close();
}
await context.close();
await server.close();

const flagged = results.filter((r) => (r.highlights ?? 0) > 0);
const summary = {
  pages: results.length,
  pagesWithHighlights: flagged.length,
  highlights: results.reduce((n, r) => n + (r.highlights ?? 0), 0),
  errors: results.filter((r) => r.error).length,
};
if (asJson) console.log(JSON.stringify({ summary, pages: results }, null, 2));
else {
  for (const r of results) {
    if (r.error) console.log(`${r.name}: error ${r.error}`);
    else
      console.log(
        `${r.name}: ${r.highlights}${r.highlights ? `  ${JSON.stringify(r.counts)}  ${r.onStory ? 'on story' : 'off story'}  ${(r.texts ?? []).map((t) => JSON.stringify(t.length > 70 ? `${t.slice(0, 67)}…` : t)).join(', ')}` : ''}`,
      );
  }
  console.log('');
  console.log(`pages                 ${summary.pages}`);
  console.log(`pages with highlights ${summary.pagesWithHighlights}   target: only pages about a broad actor itself`);
  console.log(`highlights            ${summary.highlights}`);
  if (summary.errors) console.log(`errors                ${summary.errors}`);
}
