/**
 * `npm run bench [-- --runs N] [--no-markjs] [--only PAGES] [--compare DIST] [--json]`: measures the
 * content script in real headless Chromium on the pages of issue 12, side by side in one run, and
 * prints medians (with the spread of the runs) next to their goals:
 *
 * 1. the dense page (~760,000 characters, 39,000 text nodes, 1,199 highlights): the TreeWalker
 *    floor in the page's world and in a fresh isolated world, our full pass (the scanner's own
 *    clock, and from a trace everything from evaluating the bundle to idle), mark.js on the same
 *    aliases, our longest slice, the update after 10 KB is appended, 2,000 page edits with and
 *    without the extension;
 * 2. the same page with no mention of the story: everything we spend, from a trace, over the
 *    isolated-world floor of that page;
 * 3. an ordinary article (~40 KB, ~30 mentions) with 20 ad-slot iframes, same-origin and
 *    cross-site: our main-thread time summed over every frame and process; and the start-up cost
 *    of the content script in one empty frame (evaluation to idle);
 * 4. the dense page with 1, 10 and 50 packs on (generated packs, see bench-packs.mjs);
 * 5. the pack builder on a 10 KB article, in the review page's worker (lib/bench-builder.mjs);
 * 6. the JS heap the content script adds on the dense page, and every bundle's size.
 *
 * `--only dense,none,article,empty,packs,builder` measures a subset while iterating. `--compare DIST`
 * also loads a second build of the extension (for example the previous commit, built into another
 * folder) and measures both in alternation, run by run, so that both see the same machine load.
 *
 * Traced figures are given as main-thread CPU time (with wall time beside it), and their ratios
 * to the floor use the floor's CPU time, also from a trace: on a machine shared with other work,
 * wall times moved by 2-3x from run to run, CPU times by tens of percent.
 *
 * These are benchmark figures, not pass/fail tests; goals are printed next to them.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseCommand, wholeNumber } from './lib/cli.mjs';

const PAGES = ['dense', 'none', 'article', 'empty', 'packs', 'builder'];
const { values: flags } = parseCommand({
  name: 'bench',
  usage: 'npm run bench [-- --runs N] [--no-markjs] [--only PAGES] [--compare DIST] [--json]',
  summary:
    'Measures the content script in headless Chromium on generated pages (dense, no mention, an article with ad frames, an empty frame, many packs) and the pack builder in its worker, and prints medians next to their goals.',
  options: {
    runs: { type: 'string', value: 'N', default: '5', check: wholeNumber(), help: 'how many runs to take the medians of' },
    'no-markjs': { type: 'boolean', help: 'skip the mark.js baseline (about a minute) while iterating on our own figures' },
    only: {
      type: 'string',
      value: 'PAGES',
      check: (list) =>
        list.split(',').every((page) => PAGES.includes(page)) ? undefined : `takes a comma-separated list of ${PAGES.join(', ')}`,
      help: `measure these only, comma-separated: ${PAGES.join(',')}`,
    },
    compare: {
      type: 'string',
      value: 'DIST',
      help: 'also measure the build in DIST (such as the previous commit), run by run in alternation',
    },
    dist: { type: 'string', value: 'DIR', help: 'measure the build in DIR instead of building this tree' },
    json: { type: 'boolean', help: 'print every figure and sample as JSON' },
  },
});
const asJson = flags.json;
const runs = Number(flags.runs);
const withMarkJs = !flags['no-markjs'];
const only = new Set((flags.only ?? PAGES.join(',')).split(','));

const { measureBuilderInWorker, noBuilderSamples, slowestPasses } = await import('./lib/bench-builder.mjs');
const { completeReport, launchChromium, openProbe } = await import('./lib/chromium.mjs');
const { bundleSizes: metafileSizes } = await import('./lib/bundle-budgets.mjs');
const { send, startLoopbackServer } = await import('./lib/loopback.mjs');
const { AD_SLOTS, adFrame, articlePage, builderArticle, densePage, EMPTY_PAGE, PIXEL_GIF } = await import('./bench-pages.mjs');
const { generatedPacks } = await import('./bench-packs.mjs');
const { ourMainThreadTime, startTrace } = await import('./bench-trace.mjs');
const root = process.cwd();
/** @param {unknown[]} parts */
const log = (...parts) => {
  if (!asJson) console.log(...parts);
};
/** The world Chromium runs our content script in is named after the extension. */
const WORLD = String(JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8')).name);
/** Pack counts for figure 4; the seed pack is always one of them. */
const PACK_COUNTS = [1, 10, 50];
/** After a page's report is complete, how long the trace goes on, to see that we stay idle. */
const SETTLE_MS = 1_500;

/**
 * The median of the finite values (a trace may miss an event once in a while; that sample is NaN).
 * @param {number[]} all
 */
const median = (all) => {
  const values = all.filter(Number.isFinite);
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  /** @param {number} i */
  const at = (i) => sorted[i] ?? NaN;
  return sorted.length % 2 ? at(mid) : (at(mid - 1) + at(mid)) / 2;
};
/**
 * @param {number[]} values
 * @param {number} p
 */
const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
};
/** @param {number} ms */
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// In-page measurements (these functions run in the browser; the casts are comments, so the code
// the browser runs is what is written).
/** The floor: a TreeWalker pass that only reads every text node. */
function floorPass() {
  const t0 = performance.now();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let chars = 0;
  let nodes = 0;
  while (walker.nextNode()) {
    chars += /** @type {Text} */ (walker.currentNode).data.length;
    nodes++;
  }
  return { ms: performance.now() - t0, chars, nodes };
}
/** 2,000 ordinary page edits, with a layout every tenth. */
function pageEdits() {
  const paragraphs = document.querySelectorAll('main > p');
  const t0 = performance.now();
  let height = 0;
  for (let i = 0; i < 2_000; i++) {
    const target = /** @type {Element} */ (paragraphs[(i * 7919) % paragraphs.length]);
    const span = document.createElement('span');
    span.className = 'edit';
    span.textContent = ` edit ${i} `;
    target.insertBefore(span, target.firstChild);
    if (i % 2 === 1) /** @type {ChildNode} */ (target.firstChild).remove();
    if (i % 10 === 0) height += document.body.offsetHeight;
  }
  return { ms: performance.now() - t0, height };
}
/** Appends 10 KB of text that mentions the story. */
function appendTenKb() {
  const div = document.createElement('div');
  /** @type {string[]} */
  const lines = [];
  let size = 0;
  let i = 0;
  while (size < 10_000) {
    const line = `<p>Update ${i}: Prime Minister Mohammed Shia al-Sudani met officials about ISIS as the weather turned and the council reviewed the budget once more.</p>`;
    lines.push(line);
    size += line.length - 7;
    i++;
  }
  div.innerHTML = lines.join('');
  /** @type {Element} */ (document.querySelector('main')).append(div);
  return /** @type {string} */ (div.textContent).length;
}

// The pages, served from one server. Ad hosts (`ads-N.test`) are mapped to 127.0.0.1 by a host
// resolver rule, so they are other sites (Chromium gives each its own process) without any
// name resolution or network.
/** @type {Record<string, string>} */
const pages = {
  dense: densePage(),
  none: densePage({ mentions: false }),
  empty: EMPTY_PAGE,
};
const server = await startLoopbackServer((request, response) => {
  const path = new URL(request.url ?? '/', 'http://x').pathname;
  /**
   * @param {string} type
   * @param {string | Buffer} body
   */
  const answer = (type, body) => send(response, type, body, { 'cache-control': 'no-store' });
  if (path === '/pixel.gif') return answer('image/gif', PIXEL_GIF);
  const ad = /^\/ad\/(display|pixel|empty)-(\d+)$/.exec(path);
  if (ad) return answer('text/html; charset=utf-8', adFrame(ad[1] ?? '', Number(ad[2])));
  if (path.startsWith('/article-')) return answer('text/html; charset=utf-8', pages.article ?? '');
  const kind = /^\/(dense|none|empty|blank)-/.exec(path)?.[1];
  answer('text/html; charset=utf-8', kind === 'blank' ? '<!doctype html><title>blank</title>' : (pages[kind ?? ''] ?? 'not found'));
});
const { port } = server;
/** @param {string} name */
const url = (name) => `http://127.0.0.1:${port}/${name}`;
pages.article = articlePage(AD_SLOTS, (slot, n) => {
  if (slot.kind === 'blank') return null;
  const kind = slot.kind === 'pixel' ? 'pixel' : 'display';
  return slot.cross ? `http://${slot.host}.test:${port}/ad/${kind}-${n}` : `/ad/${kind}-${n}`;
});
const CHROMIUM_ARGS = ['--host-resolver-rules=MAP *.test 127.0.0.1'];

// The builds to measure: this tree's, and with --compare another one.
const compareDir = flags.compare;
if (!flags.dist) execFileSync(process.execPath, ['scripts/build.mjs', '--browser', 'chrome'], { stdio: asJson ? 'ignore' : 'inherit' });
const thisBuild = { name: 'this build', dir: resolve(flags.dist ?? join(root, 'dist', 'chrome')) };
const builds = [thisBuild];
if (compareDir) builds.push({ name: basename(resolve(compareDir)), dir: resolve(compareDir) });
/** @type {import('../src/core/pack').PackInput} The seed pack as written (the bench reads its aliases only). */
const seedPack = JSON.parse(readFileSync(join(root, 'assets', 'packs', 'iraq-sudani-isis-threat.json'), 'utf8'));
if (!Array.isArray(seedPack?.actors)) throw new Error('assets/packs/iraq-sudani-isis-threat.json has no actors');
const aliases = [...new Set(seedPack.actors.filter((a) => a.highlight !== false).flatMap((a) => a.aliases.map((alias) => alias.text)))];
const extraPacks = only.has('packs') ? await generatedPacks(Math.max(...PACK_COUNTS) - 1) : [];

/** @returns {number[]} */
const samples = () => [];
/** Empty lists for every sample of one build. */
function newSamples() {
  return {
    dense: {
      passMs: samples(),
      wallMs: samples(),
      tracedMs: samples(),
      tracedCpuMs: samples(),
      longestSliceMs: samples(),
      longTaskMs: samples(),
      floorMs: samples(),
      floorIsolatedMs: samples(),
      floorIsolatedCpuMs: samples(),
      updateMs: samples(),
      editsMs: samples(),
      heapBytes: samples(),
      mentions: samples(),
    },
    none: {
      tracedMs: samples(),
      tracedCpuMs: samples(),
      passMs: samples(),
      floorIsolatedMs: samples(),
      floorIsolatedCpuMs: samples(),
      tasks: samples(),
      mentions: samples(),
    },
    article: {
      tracedMs: samples(),
      tracedCpuMs: samples(),
      frames: samples(),
      processes: samples(),
      mentions: samples(),
      longestMs: samples(),
    },
    empty: { tracedMs: samples(), tracedCpuMs: samples(), evaluateMs: samples(), coldMs: samples(), coldEvaluateMs: samples() },
    packs: Object.fromEntries(
      PACK_COUNTS.map((n) => [n, { passMs: samples(), tracedMs: samples(), tracedCpuMs: samples(), mentions: samples() }]),
    ),
  };
}

/**
 * One build being measured: its browser, the extension page that asks tabs for their reports, and its samples.
 * @typedef {{ name: string, dir: string, browser: Awaited<ReturnType<typeof launchChromium>>, probe: import('playwright-core').Page, samples: ReturnType<typeof newSamples> }} Variant
 */
/** @type {Variant[]} */
const variants = [];
for (const { name, dir } of builds) {
  const browser = await launchChromium(dir, CHROMIUM_ARGS);
  const probe = await openProbe(browser.context, browser.origin);
  variants.push({ name, dir, browser, probe, samples: newSamples() });
}

/**
 * The samples of `count` packs on the dense page.
 * @param {Variant} variant
 * @param {number} count
 */
function packSamples(variant, count) {
  const found = variant.samples.packs[count];
  if (!found) throw new Error(`no samples for ${count} packs`);
  return found;
}

/**
 * Turns the seed pack and `count - 1` generated packs on.
 * @param {Variant} variant
 * @param {number} count
 */
async function setPacks(variant, count) {
  await variant.probe.evaluate(
    (packs) => chrome.storage.local.set({ 'ncl.packs': packs, 'ncl.disabledPacks': [] }),
    extraPacks.slice(0, count - 1),
  );
}

/**
 * The scanner's figures of a report; every complete report of a page with text has them.
 * @param {import('./lib/chromium.mjs').PageReport} report
 */
function statsOf(report) {
  if (!report.stats) throw new Error(`the page report of ${report.url} has no stats`);
  return report.stats;
}

/**
 * Opens `target` in a new tab with a trace running; resolves when the page report is complete and the page has settled.
 * @param {Variant} variant
 * @param {string} target
 */
async function traced(variant, target) {
  const { context } = variant.browser;
  const tab = await context.newPage();
  const cdp = await context.newCDPSession(tab);
  const stop = await startTrace(cdp);
  await tab.goto(target, { waitUntil: 'load' });
  const report = await completeReport(variant.probe, target);
  await sleep(SETTLE_MS);
  const trace = ourMainThreadTime(await stop(), WORLD);
  return { tab, cdp, report, trace };
}

/**
 * The floor in a fresh isolated world: wall time from the page's clock, and the main thread's CPU
 * time from a trace (the evaluation shows up as an `EvaluateScript` inside the DevTools message
 * that carries it), which a busy machine disturbs far less.
 * @param {import('playwright-core').BrowserContext} context
 * @param {import('playwright-core').Page} tab
 * @param {string} name
 * @returns {Promise<ReturnType<typeof floorPass> & { cpuMs: number }>}
 */
async function isolatedFloor(context, tab, name) {
  const cdp = await context.newCDPSession(tab);
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const { executionContextId } = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: name });
  const stop = await startTrace(cdp);
  const isolated = await cdp.send('Runtime.evaluate', {
    expression: `(${floorPass.toString()})()`,
    contextId: executionContextId,
    returnByValue: true,
  });
  const events = await stop();
  const evaluation = events
    .filter((e) => e.ph === 'X' && e.name === 'EvaluateScript' && !e.args?.data?.url)
    .sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0))[0];
  return { ...isolated.result.value, cpuMs: evaluation ? (evaluation.tdur ?? evaluation.dur ?? NaN) / 1000 : NaN };
}

/**
 * The size of a measured page, and of the article page with the number of its frames.
 * @typedef {{ chars: number, textNodes: number }} PageInfo
 * @typedef {{ chars: number, frames: number }} ArticleInfo
 */
/** @type {PageInfo | null} */
let pageInfo = null;
/** @type {PageInfo | null} */
let noneInfo = null;
/** @type {ArticleInfo | null} */
let articleInfo = null;

/**
 * One run of figure 1 on the dense page.
 * @param {Variant} variant
 * @param {number} run
 */
async function measureDense(variant, run) {
  const s = variant.samples.dense;
  const { context } = variant.browser;
  const tab = await context.newPage();
  const target = url(`dense-${run}`);
  const cdpTrace = await context.newCDPSession(tab);
  const stop = await startTrace(cdpTrace);
  await tab.goto(target, { waitUntil: 'load' });
  const report = await completeReport(variant.probe, target);
  const trace = ourMainThreadTime(await stop(), WORLD);
  s.tracedMs.push(trace.wallMs);
  s.tracedCpuMs.push(trace.cpuMs);
  const stats = statsOf(report);
  s.passMs.push(stats.passMs);
  s.wallMs.push(stats.wallMs);
  s.longestSliceMs.push(stats.longestSliceMs);
  s.mentions.push(report.mentions.length);
  const longTasks = await tab.evaluate(
    // Set by the page's own script (LONG_TASK_SCRIPT in bench-pages.mjs).
    () => /** @type {{ __longTasks: { start: number, duration: number }[] }} */ (/** @type {unknown} */ (window)).__longTasks,
  );
  const during = longTasks.filter((t) => t.start + t.duration >= stats.startedAt && t.start <= stats.completedAt);
  s.longTaskMs.push(during.reduce((max, t) => Math.max(max, t.duration), 0));
  const floor = await tab.evaluate(floorPass);
  pageInfo = { chars: floor.chars, textNodes: floor.nodes };
  s.floorMs.push(floor.ms);
  // The same floor in a fresh isolated world, where content scripts run: there every node the
  // script touches first gets a wrapper of its own, a cost the page's main world has already paid.
  const isolated = await isolatedFloor(context, tab, `ncl-bench-floor-${run}`);
  s.floorIsolatedMs.push(isolated.ms);
  s.floorIsolatedCpuMs.push(isolated.cpuMs);
  const before = stats.batches;
  await tab.evaluate(appendTenKb);
  for (;;) {
    const next = statsOf(await completeReport(variant.probe, target));
    if (next.batches > before) {
      s.updateMs.push(next.lastBatchMs);
      break;
    }
    await sleep(20);
  }
  s.editsMs.push((await tab.evaluate(pageEdits)).ms);
  const cdp = await context.newCDPSession(tab);
  await cdp.send('HeapProfiler.collectGarbage');
  s.heapBytes.push((await cdp.send('Runtime.getHeapUsage')).usedSize);
  await tab.close();
}

/**
 * One run of figure 2, the page with no mention.
 * @param {Variant} variant
 * @param {number} run
 */
async function measureNone(variant, run) {
  const s = variant.samples.none;
  const { tab, report, trace } = await traced(variant, url(`none-${run}`));
  s.tracedMs.push(trace.wallMs);
  s.tracedCpuMs.push(trace.cpuMs);
  s.tasks.push(trace.tasks);
  s.passMs.push(report.stats?.passMs ?? 0);
  s.mentions.push(report.mentions.length);
  const floor = await isolatedFloor(variant.browser.context, tab, `ncl-bench-none-floor-${run}`);
  noneInfo = { chars: floor.chars, textNodes: floor.nodes };
  s.floorIsolatedMs.push(floor.ms);
  s.floorIsolatedCpuMs.push(floor.cpuMs);
  await tab.close();
}

/**
 * One run of figure 3 on the article with ad frames.
 * @param {Variant} variant
 * @param {number} run
 */
async function measureArticle(variant, run) {
  const s = variant.samples.article;
  const { tab, report, trace } = await traced(variant, url(`article-${run}`));
  s.tracedMs.push(trace.wallMs);
  s.tracedCpuMs.push(trace.cpuMs);
  s.frames.push(trace.frames);
  s.processes.push(Object.keys(trace.byPid).length);
  s.longestMs.push(trace.longestMs);
  s.mentions.push(report.mentions.length);
  articleInfo = await tab.evaluate(() => ({ chars: document.body.innerText.length, frames: document.querySelectorAll('iframe').length }));
  await tab.close();
}

/**
 * One run of figure 3's start-up in an empty frame, in a new process and in one that compiled the bundle before.
 * @param {Variant} variant
 * @param {number} run
 */
async function measureEmpty(variant, run) {
  const s = variant.samples.empty;
  const { context } = variant.browser;
  // No report is asked for while the trace runs: answering it is the bench's work, not start-up
  // (a frame that has not read the packs reads them to say which are on).
  /**
   * @param {import('playwright-core').Page} tab
   * @param {string} target
   * @param {{ sinceEvaluation?: boolean }} [options]
   */
  const once = async (tab, target, options) => {
    const cdp = await context.newCDPSession(tab);
    const stop = await startTrace(cdp);
    await tab.goto(target, { waitUntil: 'load' });
    await sleep(SETTLE_MS);
    const trace = ourMainThreadTime(await stop(), WORLD, options);
    await completeReport(variant.probe, target);
    return trace;
  };
  // The first frame of a site in a new renderer process compiles the bundle from scratch (each
  // cross-site ad slot runs in a process of its own)...
  const coldTab = await context.newPage();
  const cold = await once(coldTab, `http://cold-${run}.test:${port}/empty-cold-${run}`);
  s.coldMs.push(cold.wallMs);
  s.coldEvaluateMs.push(cold.evaluateMs);
  await coldTab.close();
  // ...every later frame in that process finds it compiled: the tab first shows another page of
  // the same site and waits until the content script there has finished.
  const tab = await context.newPage();
  const warmUp = url(`blank-${run}`);
  await tab.goto(warmUp, { waitUntil: 'load' });
  await completeReport(variant.probe, warmUp);
  const warm = await once(tab, url(`empty-${run}`), { sinceEvaluation: true });
  s.tracedMs.push(warm.wallMs);
  s.tracedCpuMs.push(warm.cpuMs);
  s.evaluateMs.push(warm.evaluateMs);
  await tab.close();
}

/**
 * One run of figure 4: the dense page with 1, 10 and 50 packs on.
 * @param {Variant} variant
 * @param {number} run
 */
async function measurePacks(variant, run) {
  for (const count of PACK_COUNTS) {
    await setPacks(variant, count);
    const s = packSamples(variant, count);
    const { tab, report, trace } = await traced(variant, url(`dense-packs-${count}-${run}`));
    s.passMs.push(report.stats?.passMs ?? NaN);
    s.tracedMs.push(trace.wallMs);
    s.tracedCpuMs.push(trace.cpuMs);
    s.mentions.push(report.mentions.length);
    await tab.close();
  }
  await setPacks(variant, 1);
}

for (let run = 0; run < runs; run++) {
  for (const variant of variants) {
    if (only.has('dense')) await measureDense(variant, run);
    if (only.has('none')) await measureNone(variant, run);
    if (only.has('article')) await measureArticle(variant, run);
    if (only.has('empty')) await measureEmpty(variant, run);
    if (only.has('packs') && run < Math.min(runs, 3)) await measurePacks(variant, run);
  }
  if (!asJson) process.stderr.write(`run ${run + 1} of ${runs} done\n`);
}
for (const variant of variants) await variant.browser.context.close();

// Without the extension: the same edits, the heap baseline, mark.js and the pack builder.
const plain = await launchChromium(null);
/** @type {{ editsMs: number[], heapBytes: number[], markMs: number[], floorMs: number[] } & Awaited<ReturnType<typeof measureBuilderInWorker>>} */
const base = { editsMs: [], heapBytes: [], markMs: [], floorMs: [], ...noBuilderSamples() };
if (only.has('dense')) {
  for (let run = 0; run < runs; run++) {
    const tab = await plain.context.newPage();
    await tab.goto(url(`dense-plain-${run}`), { waitUntil: 'load' });
    base.floorMs.push((await tab.evaluate(floorPass)).ms);
    await tab.evaluate(appendTenKb);
    base.editsMs.push((await tab.evaluate(pageEdits)).ms);
    const cdp = await plain.context.newCDPSession(tab);
    await cdp.send('HeapProfiler.collectGarbage');
    base.heapBytes.push((await cdp.send('Runtime.getHeapUsage')).usedSize);
    await tab.close();
  }
}
const markRuns = withMarkJs && only.has('dense') ? Math.min(runs, 3) : 0;
if (markRuns) {
  const markJs = readFileSync(join(root, 'node_modules', 'mark.js', 'dist', 'mark.min.js'), 'utf8');
  for (let run = 0; run < markRuns; run++) {
    const tab = await plain.context.newPage();
    await tab.goto(url(`dense-mark-${run}`), { waitUntil: 'load' });
    await tab.addScriptTag({ content: markJs });
    const ms = await tab.evaluate(
      (list) =>
        /** @type {Promise<number>} */ (
          new Promise((done) => {
            const t0 = performance.now();
            // mark.js's own global, from the script tag just added.
            const Mark = /** @type {{ Mark: typeof import('mark.js') }} */ (/** @type {unknown} */ (window)).Mark;
            new Mark(document.body).mark(list, {
              separateWordSearch: false,
              accuracy: 'exactly',
              done: () => done(performance.now() - t0),
            });
          })
        ),
      aliases,
    );
    base.markMs.push(ms);
    await tab.close();
  }
}
// The builder in the review page's worker of this build, in a browser of its own (lib/bench-builder.mjs).
const builderText = builderArticle();
if (only.has('builder')) Object.assign(base, await measureBuilderInWorker(thisBuild.dir, builderText, 5));
await plain.context.close();
await server.close();

/**
 * Every bundle of the build in `dir`, with its size plain and gzipped.
 * @param {string} dir
 */
function bundleSizes(dir) {
  /** @type {Record<string, { bytes: number, gzipBytes: number }>} */
  const sizes = {};
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .sort()) {
    const bytes = readFileSync(join(dir, file));
    sizes[file] = { bytes: statSync(join(dir, file)).size, gzipBytes: gzipSync(bytes).length };
  }
  return sizes;
}

/**
 * Every figure of one build, from its samples.
 * @param {Variant} variant
 */
function figuresOf(variant) {
  const { dense, none, article, empty } = variant.samples;
  const packPass = Object.fromEntries(PACK_COUNTS.map((n) => [n, median(packSamples(variant, n).passMs)]));
  const packTraced = Object.fromEntries(PACK_COUNTS.map((n) => [n, median(packSamples(variant, n).tracedMs)]));
  const packCpu = Object.fromEntries(PACK_COUNTS.map((n) => [n, median(packSamples(variant, n).tracedCpuMs)]));
  const last = PACK_COUNTS[PACK_COUNTS.length - 1] ?? 1;
  return {
    dense: {
      floorMs: median(dense.floorMs),
      floorIsolatedMs: median(dense.floorIsolatedMs),
      floorIsolatedCpuMs: median(dense.floorIsolatedCpuMs),
      passMs: median(dense.passMs),
      passWallMs: median(dense.wallMs),
      tracedMs: median(dense.tracedMs),
      tracedCpuMs: median(dense.tracedCpuMs),
      passOverIsolatedFloor: median(dense.passMs) / median(dense.floorIsolatedMs),
      tracedCpuOverIsolatedFloorCpu: median(dense.tracedCpuMs) / median(dense.floorIsolatedCpuMs),
      markJsMs: markRuns ? median(base.markMs) : null,
      markOverPass: markRuns ? median(base.markMs) / median(dense.passMs) : null,
      longestSliceMs: median(dense.longestSliceMs),
      longestLongTaskDuringPassMs: median(dense.longTaskMs),
      updateAfter10KbMs: median(dense.updateMs),
      editsWithHighlightsMs: median(dense.editsMs),
      editsWithoutExtensionMs: median(base.editsMs),
      editsSlowdown: median(dense.editsMs) / median(base.editsMs),
      mentions: median(dense.mentions),
      heapAddedBytes: median(dense.heapBytes) - median(base.heapBytes),
    },
    none: {
      tracedMs: median(none.tracedMs),
      tracedCpuMs: median(none.tracedCpuMs),
      passMs: median(none.passMs),
      floorIsolatedMs: median(none.floorIsolatedMs),
      floorIsolatedCpuMs: median(none.floorIsolatedCpuMs),
      overIsolatedFloor: median(none.tracedMs) / median(none.floorIsolatedMs),
      cpuOverIsolatedFloorCpu: median(none.tracedCpuMs) / median(none.floorIsolatedCpuMs),
      tasks: median(none.tasks),
      mentions: median(none.mentions),
    },
    article: {
      tracedMs: median(article.tracedMs),
      tracedCpuMs: median(article.tracedCpuMs),
      longestTaskMs: median(article.longestMs),
      frames: median(article.frames),
      processes: median(article.processes),
      mentions: median(article.mentions),
    },
    empty: {
      tracedMs: median(empty.tracedMs),
      tracedCpuMs: median(empty.tracedCpuMs),
      evaluateMs: median(empty.evaluateMs),
      coldMs: median(empty.coldMs),
      coldEvaluateMs: median(empty.coldEvaluateMs),
    },
    packs: {
      passMs: packPass,
      tracedMs: packTraced,
      tracedCpuMs: packCpu,
      growth: (packCpu[last] ?? NaN) / (packCpu[1] ?? NaN),
      mentions: Object.fromEntries(PACK_COUNTS.map((n) => [n, median(packSamples(variant, n).mentions)])),
    },
    bundles: bundleSizes(variant.dir),
  };
}

const measured = variants.map((variant) => ({ ...variant, figures: figuresOf(variant) }));
const [first] = measured;
if (!first) throw new Error('no build was measured');
/**
 * The biggest inputs of this build's content.js, from the metafile the build wrote, packages
 * grouped as the size budgets group them.
 */
function contentInputs() {
  const path = join(root, 'dist', 'metafile-chrome.json');
  if (flags.dist || !existsSync(path)) return null;
  /** @type {import('esbuild').Metafile} */
  const metafile = JSON.parse(readFileSync(path, 'utf8'));
  const output = metafileSizes(metafile)['content.js'];
  if (!output) return null;
  return Object.entries(output.inputs)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 10)
    .map(([input, bytes]) => ({ input: input.replace(/^src\//, ''), bytes }));
}

const shared = {
  contentInputs: contentInputs(),
  runs,
  densePage: pageInfo,
  nonePage: noneInfo,
  articlePage: articleInfo,
  builder: base.builderMs.length
    ? {
        medianMs: median(base.builderMs),
        p95Ms: percentile(base.builderMs, 95),
        firstPassMs: median(base.builderFirstPassMs),
        passesMs: median(base.builderMs.map((total, i) => total - (base.builderFirstPassMs[i] ?? NaN))),
        longestMainThreadTaskMs: Math.max(...base.builderLongestTaskMs),
        slowestPasses: slowestPasses(base.builderPassMs, median),
        runs: base.builderMs.length,
        articleChars: builderText.length,
        actors: base.builderActors,
        pageMedianMs: median(base.builderPageMs),
        pageP95Ms: percentile(base.builderPageMs, 95),
        pagePostedMs: median(base.builderPagePostedMs),
      }
    : null,
};

if (asJson) {
  console.log(
    JSON.stringify(
      { ...shared, builds: measured.map(({ name, dir, figures, samples }) => ({ name, dir, figures, samples })), base },
      null,
      2,
    ),
  );
} else {
  /** @param {number | null | undefined} x */
  const ms = (x) => (typeof x === 'number' && Number.isFinite(x) ? `${x.toFixed(1)} ms` : '—');
  /** @param {number | null | undefined} x */
  const times = (x) => (typeof x === 'number' && Number.isFinite(x) ? `${x.toFixed(2)}x` : '—');
  /** @param {number} b */
  const kib = (b) => `${(b / 1024).toFixed(1)} KiB`;
  /** @param {number[]} all */
  const spread = (all) => {
    const list = all.filter(Number.isFinite);
    const missed = all.length - list.length;
    return list.length > 1
      ? ` [${Math.min(...list).toFixed(1)}–${Math.max(...list).toFixed(1)}${missed > 0 ? `, ${missed} not traced` : ''}]`
      : '';
  };
  /**
   * @param {string} text
   * @param {boolean} pass
   */
  const goal = (text, pass) => `${text}: ${pass ? 'meets goal' : 'MISSES goal'}`;
  /** @param {(v: (typeof measured)[number]) => string} fn */
  const each = (fn) => measured.map((v) => fn(v)).join('   |   ');
  // Set by the measuring functions, for the pages measured.
  const dense = /** @type {PageInfo | null} */ (pageInfo);
  const none = /** @type {PageInfo | null} */ (noneInfo);
  const article = /** @type {ArticleInfo | null} */ (articleInfo);
  const header = measured.length > 1 ? `   (${measured.map((v) => v.name).join('   |   ')})` : '';
  log('');
  log(`medians of ${runs} runs, [min–max] of the runs where it helps to judge the noise${header}`);
  if (only.has('dense')) {
    log(
      `\n1. dense page: ${dense?.chars.toLocaleString('en')} characters in ${dense?.textNodes.toLocaleString('en')} text nodes (mark.js: ${markRuns} runs)`,
    );
    log(
      `   floor (TreeWalker reads every text node)    ${each((v) => `${ms(v.figures.dense.floorMs)}${spread(v.samples.dense.floorMs)}`)}`,
    );
    log(
      `   the same floor in an isolated world         ${each((v) => `${ms(v.figures.dense.floorIsolatedMs)}${spread(v.samples.dense.floorIsolatedMs)}, CPU ${ms(v.figures.dense.floorIsolatedCpuMs)}${spread(v.samples.dense.floorIsolatedCpuMs)}`)}  (where content scripts run)`,
    );
    log(
      `   our full pass, main-thread time             ${each((v) => `${ms(v.figures.dense.passMs)}${spread(v.samples.dense.passMs)} (wall ${ms(v.figures.dense.passWallMs)}, ${v.figures.dense.mentions} highlights) = ${times(v.figures.dense.passOverIsolatedFloor)} the isolated floor`)}`,
    );
    log(
      `   everything, evaluation to complete (trace)  ${each((v) => `CPU ${ms(v.figures.dense.tracedCpuMs)}${spread(v.samples.dense.tracedCpuMs)} (wall ${ms(v.figures.dense.tracedMs)}) = ${times(v.figures.dense.tracedCpuOverIsolatedFloorCpu)} the floor's CPU`)}   ${goal('goal <= 3x', first.figures.dense.tracedCpuOverIsolatedFloorCpu <= 3)}`,
    );
    if (markRuns)
      log(
        `   mark.js, same aliases                       ${ms(base.markMs.length ? median(base.markMs) : NaN)} = ${each((v) => `${(v.figures.dense.markOverPass ?? NaN).toFixed(0)}x our pass`)}   ${goal('goal >= 50x', (first.figures.dense.markOverPass ?? 0) >= 50)}`,
      );
    log(
      `   longest slice of our work                   ${each((v) => `${ms(v.figures.dense.longestSliceMs)}${spread(v.samples.dense.longestSliceMs)}`)}   ${goal('goal <= 50 ms', first.figures.dense.longestSliceMs <= 50)}`,
    );
    log(
      `   longest long task during our pass           ${each((v) => (v.figures.dense.longestLongTaskDuringPassMs === 0 ? 'none over 50 ms' : ms(v.figures.dense.longestLongTaskDuringPassMs)))}`,
    );
    log(
      `   update after 10 KB appended                 ${each((v) => `${ms(v.figures.dense.updateAfter10KbMs)}${spread(v.samples.dense.updateMs)}`)}   ${goal('goal <= 3 ms', first.figures.dense.updateAfter10KbMs <= 3)}`,
    );
    log(
      `   2,000 page edits, with our highlights       ${each((v) => `${ms(v.figures.dense.editsWithHighlightsMs)} vs ${ms(v.figures.dense.editsWithoutExtensionMs)} without = ${times(v.figures.dense.editsSlowdown)}`)}   ${goal('goal <= 1.5x', first.figures.dense.editsSlowdown <= 1.5)}`,
    );
  }
  if (only.has('none')) {
    log(
      `\n2. the same size with no mention: ${none?.chars.toLocaleString('en')} characters in ${none?.textNodes.toLocaleString('en')} text nodes`,
    );
    log(
      `   isolated-world floor of this page           ${each((v) => `${ms(v.figures.none.floorIsolatedMs)}${spread(v.samples.none.floorIsolatedMs)}, CPU ${ms(v.figures.none.floorIsolatedCpuMs)}${spread(v.samples.none.floorIsolatedCpuMs)}`)}`,
    );
    log(
      `   everything we spend (trace)                 ${each((v) => `CPU ${ms(v.figures.none.tracedCpuMs)}${spread(v.samples.none.tracedCpuMs)} (wall ${ms(v.figures.none.tracedMs)}, ${v.figures.none.tasks} tasks, scanner ${ms(v.figures.none.passMs)}, ${v.figures.none.mentions} highlights) = ${times(v.figures.none.cpuOverIsolatedFloorCpu)} the floor's CPU`)}   ${goal('goal <= 1.5x', first.figures.none.cpuOverIsolatedFloorCpu <= 1.5)}`,
    );
  }
  if (only.has('article') || only.has('empty'))
    log(
      `\n3. ordinary article${article ? `: ${article.chars.toLocaleString('en')} characters of text, ${article.frames} ad-slot iframes` : ''}`,
    );
  if (only.has('article')) {
    log(
      `   our main-thread time, all frames (trace)    ${each((v) => `CPU ${ms(v.figures.article.tracedCpuMs)}${spread(v.samples.article.tracedCpuMs)} (wall ${ms(v.figures.article.tracedMs)}; ${v.figures.article.frames} frames ran the script in ${v.figures.article.processes} processes; longest task ${ms(v.figures.article.longestTaskMs)}; ${v.figures.article.mentions} highlights in the article)`)}`,
    );
  }
  if (only.has('empty')) {
    log(
      `   start-up in one empty frame (trace)         ${each((v) => `CPU ${ms(v.figures.empty.tracedCpuMs)}${spread(v.samples.empty.tracedCpuMs)} (wall ${ms(v.figures.empty.tracedMs)}; evaluating the bundle ${ms(v.figures.empty.evaluateMs)})`)}   ${goal('goal <= 2 ms', first.figures.empty.tracedCpuMs <= 2)}`,
    );
    log(
      `   the same, first frame in a new process      ${each((v) => `${ms(v.figures.empty.coldMs)}${spread(v.samples.empty.coldMs)} (evaluating the bundle ${ms(v.figures.empty.coldEvaluateMs)}, compiling it included)`)}`,
    );
  }
  if (only.has('packs')) {
    log(`\n4. packs on the dense page (seed pack + generated ones of 200 aliases and 8 claims; ${Math.min(runs, 3)} runs)`);
    for (const n of PACK_COUNTS) {
      log(
        `   ${String(n).padStart(2)} pack${n === 1 ? ' ' : 's'}, everything (trace)             ${each((v) => `CPU ${ms(v.figures.packs.tracedCpuMs[n])}${spread(packSamples(v, n).tracedCpuMs)} (wall ${ms(v.figures.packs.tracedMs[n])}, scanner ${ms(v.figures.packs.passMs[n])}, ${v.figures.packs.mentions[n]} highlights)`)}`,
      );
    }
    log(
      `   growth from 1 to ${PACK_COUNTS[PACK_COUNTS.length - 1]} packs                    ${each((v) => times(v.figures.packs.growth))}   ${goal('goal <= 3x', first.figures.packs.growth <= 3)}`,
    );
  }
  if (shared.builder) {
    const b = shared.builder;
    log(`\n5. pack builder, ${b.articleChars.toLocaleString('en')}-character article, in the review page's worker (this build)`);
    log(
      `   median ${ms(b.medianMs)}, p95 ${ms(b.p95Ms)} over ${b.runs} runs${spread(base.builderMs)}, ${b.actors} actors drafted   ${goal('goal <= 300 ms median', b.medianMs <= 300)}`,
    );
    log(
      `   of which worker start-up to its first pass ${ms(b.firstPassMs)}, its passes ${ms(b.passesMs)}; slowest passes ${b.slowestPasses.map(([pass, t]) => `${pass} ${ms(t)}`).join(', ')}; longest task on the page's main thread ${b.longestMainThreadTaskMs === 0 ? 'none over 50 ms' : ms(b.longestMainThreadTaskMs)}`,
    );
    log(
      `   the reader's wait, from opening review.html?draft=… to the draft arriving: median ${ms(b.pageMedianMs)}, p95 ${ms(b.pageP95Ms)}${spread(base.builderPageMs)} (the page posts its article at ${ms(b.pagePostedMs)}; its worker starts before that)`,
    );
  }
  log('\n6. memory and size');
  if (only.has('dense'))
    log(
      `   JS heap added on the dense page             ${each((v) => `${(v.figures.dense.heapAddedBytes / 1024 / 1024).toFixed(2)} MiB`)}   ${goal('goal <= 4 MiB', first.figures.dense.heapAddedBytes <= 4 * 1024 * 1024)}`,
    );
  /** @param {(typeof measured)[number]} v */
  const content = (v) => {
    const bundle = v.figures.bundles['content.js'];
    if (!bundle) throw new Error(`${v.dir} has no content.js`);
    return bundle;
  };
  log(
    `   content.js                                  ${each((v) => `${kib(content(v).bytes)} (${kib(content(v).gzipBytes)} gzipped)`)}   ${goal('goal <= 200 KiB', content(first).bytes <= 200 * 1024)}`,
  );
  if (shared.contentInputs) {
    log(
      `   content.js by input (this build)            ${shared.contentInputs.map(({ input, bytes }) => `${input} ${kib(bytes)}`).join(', ')}`,
    );
  }
  for (const file of Object.keys(first.figures.bundles).filter((f) => f !== 'content.js')) {
    log(
      `   ${file.padEnd(44)}${each((v) => (v.figures.bundles[file] ? `${kib(v.figures.bundles[file].bytes)} (${kib(v.figures.bundles[file].gzipBytes)} gzipped)` : '—'))}`,
    );
  }
}
