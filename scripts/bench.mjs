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
import { createServer } from 'node:http';
import { basename, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { measureBuilderInWorker, slowestPasses } from './lib/bench-builder.mjs';
import { completeReport, launchChromium, openProbe } from './lib/chromium.mjs';
import { AD_SLOTS, adFrame, articlePage, builderArticle, densePage, EMPTY_PAGE, PIXEL_GIF } from './bench-pages.mjs';
import { generatedPacks } from './bench-packs.mjs';
import { ourMainThreadTime, startTrace } from './bench-trace.mjs';

const args = process.argv.slice(2);
const asJson = args.includes('--json');
const flag = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const runs = Number(flag('--runs') ?? 5);
/** `--no-markjs` skips the slow mark.js baseline (about a minute) while iterating on our own figures. */
const withMarkJs = !args.includes('--no-markjs');
const PAGES = ['dense', 'none', 'article', 'empty', 'packs', 'builder'];
const only = new Set((flag('--only') ?? PAGES.join(',')).split(','));
for (const page of only) if (!PAGES.includes(page)) throw new Error(`--only takes ${PAGES.join(', ')}`);
const root = process.cwd();
const log = (...parts) => {
  if (!asJson) console.log(...parts);
};
/** The world Chromium runs our content script in is named after the extension. */
const WORLD = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8')).name;
/** Pack counts for figure 4; the seed pack is always one of them. */
const PACK_COUNTS = [1, 10, 50];
/** After a page's report is complete, how long the trace goes on, to see that we stay idle. */
const SETTLE_MS = 1_500;

/** The median of the finite values (a trace may miss an event once in a while; that sample is NaN). */
const median = (all) => {
  const values = all.filter(Number.isFinite);
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// In-page measurements (these functions run in the browser).
function floorPass() {
  const t0 = performance.now();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let chars = 0;
  let nodes = 0;
  while (walker.nextNode()) {
    chars += walker.currentNode.data.length;
    nodes++;
  }
  return { ms: performance.now() - t0, chars, nodes };
}
function pageEdits() {
  const paragraphs = document.querySelectorAll('main > p');
  const t0 = performance.now();
  let height = 0;
  for (let i = 0; i < 2_000; i++) {
    const target = paragraphs[(i * 7919) % paragraphs.length];
    const span = document.createElement('span');
    span.className = 'edit';
    span.textContent = ` edit ${i} `;
    target.insertBefore(span, target.firstChild);
    if (i % 2 === 1) target.firstChild.remove();
    if (i % 10 === 0) height += document.body.offsetHeight;
  }
  return { ms: performance.now() - t0, height };
}
function appendTenKb() {
  const div = document.createElement('div');
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
  document.querySelector('main').append(div);
  return div.textContent.length;
}

// The pages, served from one server. Ad hosts (`ads-N.test`) are mapped to 127.0.0.1 by a host
// resolver rule, so they are other sites (Chromium gives each its own process) without any
// name resolution or network.
const pages = {
  dense: densePage(),
  none: densePage({ mentions: false }),
  empty: EMPTY_PAGE,
};
const server = createServer((request, response) => {
  const path = new URL(request.url, 'http://x').pathname;
  const send = (type, body) => {
    response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
    response.end(body);
  };
  if (path === '/pixel.gif') return send('image/gif', PIXEL_GIF);
  const ad = /^\/ad\/(display|pixel|empty)-(\d+)$/.exec(path);
  if (ad) return send('text/html; charset=utf-8', adFrame(ad[1], Number(ad[2])));
  if (path.startsWith('/article-')) return send('text/html; charset=utf-8', pages.article);
  const kind = /^\/(dense|none|empty|blank)-/.exec(path)?.[1];
  send('text/html; charset=utf-8', kind === 'blank' ? '<!doctype html><title>blank</title>' : (pages[kind] ?? 'not found'));
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const port = server.address().port;
const url = (name) => `http://127.0.0.1:${port}/${name}`;
pages.article = articlePage(AD_SLOTS, (slot, n) => {
  if (slot.kind === 'blank') return null;
  const kind = slot.kind === 'pixel' ? 'pixel' : 'display';
  return slot.cross ? `http://${slot.host}.test:${port}/ad/${kind}-${n}` : `/ad/${kind}-${n}`;
});
const CHROMIUM_ARGS = ['--host-resolver-rules=MAP *.test 127.0.0.1'];

// The builds to measure: this tree's, and with --compare another one.
const compareDir = flag('--compare');
if (!flag('--dist')) execFileSync(process.execPath, ['scripts/build.mjs', '--browser', 'chrome'], { stdio: asJson ? 'ignore' : 'inherit' });
const variants = [{ name: 'this build', dir: resolve(flag('--dist') ?? join(root, 'dist', 'chrome')) }];
if (compareDir) variants.push({ name: basename(resolve(compareDir)), dir: resolve(compareDir) });
const seedPack = JSON.parse(readFileSync(join(root, 'assets', 'packs', 'iraq-sudani-isis-threat.json'), 'utf8'));
const aliases = [...new Set(seedPack.actors.filter((a) => a.highlight !== false).flatMap((a) => a.aliases.map((alias) => alias.text)))];
const extraPacks = only.has('packs') ? await generatedPacks(Math.max(...PACK_COUNTS) - 1) : [];

for (const variant of variants) {
  variant.browser = await launchChromium(variant.dir, CHROMIUM_ARGS);
  variant.probe = await openProbe(variant.browser.context, variant.browser.origin);
  variant.samples = {
    dense: {
      passMs: [],
      wallMs: [],
      tracedMs: [],
      tracedCpuMs: [],
      longestSliceMs: [],
      longTaskMs: [],
      floorMs: [],
      floorIsolatedMs: [],
      floorIsolatedCpuMs: [],
      updateMs: [],
      editsMs: [],
      heapBytes: [],
      mentions: [],
    },
    none: { tracedMs: [], tracedCpuMs: [], passMs: [], floorIsolatedMs: [], floorIsolatedCpuMs: [], tasks: [], mentions: [] },
    article: { tracedMs: [], tracedCpuMs: [], frames: [], processes: [], mentions: [], longestMs: [] },
    empty: { tracedMs: [], tracedCpuMs: [], evaluateMs: [], coldMs: [], coldEvaluateMs: [] },
    packs: Object.fromEntries(PACK_COUNTS.map((n) => [n, { passMs: [], tracedMs: [], tracedCpuMs: [], mentions: [] }])),
  };
}

async function setPacks(variant, count) {
  await variant.probe.evaluate(
    (packs) => chrome.storage.local.set({ 'ncl.packs': packs, 'ncl.disabledPacks': [] }),
    extraPacks.slice(0, count - 1),
  );
}

/** Opens `target` in a new tab with a trace running; resolves when the page report is complete and the page has settled. */
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
    .sort((a, b) => b.dur - a.dur)[0];
  return { ...isolated.result.value, cpuMs: evaluation ? (evaluation.tdur ?? evaluation.dur) / 1000 : NaN };
}

let pageInfo = null;
let noneInfo = null;
let articleInfo = null;
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
  const { stats } = report;
  s.passMs.push(stats.passMs);
  s.wallMs.push(stats.wallMs);
  s.longestSliceMs.push(stats.longestSliceMs);
  s.mentions.push(report.mentions.length);
  const longTasks = await tab.evaluate(() => window.__longTasks);
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
    const next = await completeReport(variant.probe, target);
    if (next.stats.batches > before) {
      s.updateMs.push(next.stats.lastBatchMs);
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

async function measureEmpty(variant, run) {
  const s = variant.samples.empty;
  const { context } = variant.browser;
  // No report is asked for while the trace runs: answering it is the bench's work, not start-up
  // (a frame that has not read the packs reads them to say which are on).
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

async function measurePacks(variant, run) {
  for (const count of PACK_COUNTS) {
    await setPacks(variant, count);
    const s = variant.samples.packs[count];
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
const base = { editsMs: [], heapBytes: [], markMs: [], floorMs: [], builderMs: [], builderActors: 0 };
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
        new Promise((done) => {
          const t0 = performance.now();
          new Mark(document.body).mark(list, { separateWordSearch: false, accuracy: 'exactly', done: () => done(performance.now() - t0) });
        }),
      aliases,
    );
    base.markMs.push(ms);
    await tab.close();
  }
}
// The builder in the review page's worker of this build, in a browser of its own (lib/bench-builder.mjs).
const builderText = builderArticle();
if (only.has('builder')) Object.assign(base, await measureBuilderInWorker(variants[0].dir, builderText, 5));
await plain.context.close();
server.close();

function bundleSizes(dir) {
  const sizes = {};
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .sort()) {
    const bytes = readFileSync(join(dir, file));
    sizes[file] = { bytes: statSync(join(dir, file)).size, gzipBytes: gzipSync(bytes).length };
  }
  return sizes;
}

/** Every figure of one build, from its samples. */
function figuresOf(variant) {
  const { dense, none, article, empty, packs } = variant.samples;
  const packPass = Object.fromEntries(PACK_COUNTS.map((n) => [n, median(packs[n].passMs)]));
  const packTraced = Object.fromEntries(PACK_COUNTS.map((n) => [n, median(packs[n].tracedMs)]));
  const packCpu = Object.fromEntries(PACK_COUNTS.map((n) => [n, median(packs[n].tracedCpuMs)]));
  const last = PACK_COUNTS[PACK_COUNTS.length - 1];
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
      growth: packCpu[last] / packCpu[1],
      mentions: Object.fromEntries(PACK_COUNTS.map((n) => [n, median(packs[n].mentions)])),
    },
    bundles: bundleSizes(variant.dir),
  };
}

for (const variant of variants) variant.figures = figuresOf(variant);
/** The biggest inputs of this build's content.js, from the metafile the build wrote, packages grouped. */
function contentInputs() {
  const path = join(root, 'dist', 'metafile-chrome.json');
  if (flag('--dist') || !existsSync(path)) return null;
  const metafile = JSON.parse(readFileSync(path, 'utf8'));
  const output = Object.entries(metafile.outputs).find(([file]) => file.endsWith('chrome/content.js'))?.[1];
  if (!output) return null;
  const sizes = new Map();
  for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
    const name = input.includes('node_modules/')
      ? input
          .split('node_modules/')[1]
          .split('/')
          .slice(0, input.includes('node_modules/@') ? 2 : 1)
          .join('/')
      : input.replace(/^src\//, '');
    sizes.set(name, (sizes.get(name) ?? 0) + bytesInOutput);
  }
  return [...sizes]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 10)
    .map(([input, bytes]) => ({ input, bytes }));
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
        passesMs: median(base.builderMs.map((total, i) => total - base.builderFirstPassMs[i])),
        longestMainThreadTaskMs: Math.max(...base.builderLongestTaskMs),
        slowestPasses: slowestPasses(base.builderPassMs, median),
        runs: base.builderMs.length,
        articleChars: builderText.length,
        actors: base.builderActors,
      }
    : null,
};

if (asJson) {
  console.log(
    JSON.stringify(
      { ...shared, builds: variants.map(({ name, dir, figures, samples }) => ({ name, dir, figures, samples })), base },
      null,
      2,
    ),
  );
} else {
  const ms = (x) => (Number.isFinite(x) ? `${x.toFixed(1)} ms` : '—');
  const times = (x) => (Number.isFinite(x) ? `${x.toFixed(2)}x` : '—');
  const kib = (b) => `${(b / 1024).toFixed(1)} KiB`;
  const spread = (all) => {
    const list = all.filter(Number.isFinite);
    const missed = all.length - list.length;
    return list.length > 1
      ? ` [${Math.min(...list).toFixed(1)}–${Math.max(...list).toFixed(1)}${missed > 0 ? `, ${missed} not traced` : ''}]`
      : '';
  };
  const goal = (text, pass) => `${text}: ${pass ? 'meets goal' : 'MISSES goal'}`;
  const each = (fn) => variants.map((v) => fn(v)).join('   |   ');
  const header = variants.length > 1 ? `   (${variants.map((v) => v.name).join('   |   ')})` : '';
  log('');
  log(`medians of ${runs} runs, [min–max] of the runs where it helps to judge the noise${header}`);
  if (only.has('dense')) {
    log(
      `\n1. dense page: ${pageInfo.chars.toLocaleString('en')} characters in ${pageInfo.textNodes.toLocaleString('en')} text nodes (mark.js: ${markRuns} runs)`,
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
      `   everything, evaluation to complete (trace)  ${each((v) => `CPU ${ms(v.figures.dense.tracedCpuMs)}${spread(v.samples.dense.tracedCpuMs)} (wall ${ms(v.figures.dense.tracedMs)}) = ${times(v.figures.dense.tracedCpuOverIsolatedFloorCpu)} the floor's CPU`)}   ${goal('goal <= 3x', variants[0].figures.dense.tracedCpuOverIsolatedFloorCpu <= 3)}`,
    );
    if (markRuns)
      log(
        `   mark.js, same aliases                       ${ms(base.markMs.length ? median(base.markMs) : NaN)} = ${each((v) => `${v.figures.dense.markOverPass.toFixed(0)}x our pass`)}   ${goal('goal >= 50x', variants[0].figures.dense.markOverPass >= 50)}`,
      );
    log(
      `   longest slice of our work                   ${each((v) => `${ms(v.figures.dense.longestSliceMs)}${spread(v.samples.dense.longestSliceMs)}`)}   ${goal('goal <= 50 ms', variants[0].figures.dense.longestSliceMs <= 50)}`,
    );
    log(
      `   longest long task during our pass           ${each((v) => (v.figures.dense.longestLongTaskDuringPassMs === 0 ? 'none over 50 ms' : ms(v.figures.dense.longestLongTaskDuringPassMs)))}`,
    );
    log(
      `   update after 10 KB appended                 ${each((v) => `${ms(v.figures.dense.updateAfter10KbMs)}${spread(v.samples.dense.updateMs)}`)}   ${goal('goal <= 3 ms', variants[0].figures.dense.updateAfter10KbMs <= 3)}`,
    );
    log(
      `   2,000 page edits, with our highlights       ${each((v) => `${ms(v.figures.dense.editsWithHighlightsMs)} vs ${ms(v.figures.dense.editsWithoutExtensionMs)} without = ${times(v.figures.dense.editsSlowdown)}`)}   ${goal('goal <= 1.5x', variants[0].figures.dense.editsSlowdown <= 1.5)}`,
    );
  }
  if (only.has('none')) {
    log(
      `\n2. the same size with no mention: ${noneInfo.chars.toLocaleString('en')} characters in ${noneInfo.textNodes.toLocaleString('en')} text nodes`,
    );
    log(
      `   isolated-world floor of this page           ${each((v) => `${ms(v.figures.none.floorIsolatedMs)}${spread(v.samples.none.floorIsolatedMs)}, CPU ${ms(v.figures.none.floorIsolatedCpuMs)}${spread(v.samples.none.floorIsolatedCpuMs)}`)}`,
    );
    log(
      `   everything we spend (trace)                 ${each((v) => `CPU ${ms(v.figures.none.tracedCpuMs)}${spread(v.samples.none.tracedCpuMs)} (wall ${ms(v.figures.none.tracedMs)}, ${v.figures.none.tasks} tasks, scanner ${ms(v.figures.none.passMs)}, ${v.figures.none.mentions} highlights) = ${times(v.figures.none.cpuOverIsolatedFloorCpu)} the floor's CPU`)}   ${goal('goal <= 1.5x', variants[0].figures.none.cpuOverIsolatedFloorCpu <= 1.5)}`,
    );
  }
  if (only.has('article') || only.has('empty'))
    log(
      `\n3. ordinary article${articleInfo ? `: ${articleInfo.chars.toLocaleString('en')} characters of text, ${articleInfo.frames} ad-slot iframes` : ''}`,
    );
  if (only.has('article')) {
    log(
      `   our main-thread time, all frames (trace)    ${each((v) => `CPU ${ms(v.figures.article.tracedCpuMs)}${spread(v.samples.article.tracedCpuMs)} (wall ${ms(v.figures.article.tracedMs)}; ${v.figures.article.frames} frames ran the script in ${v.figures.article.processes} processes; longest task ${ms(v.figures.article.longestTaskMs)}; ${v.figures.article.mentions} highlights in the article)`)}`,
    );
  }
  if (only.has('empty')) {
    log(
      `   start-up in one empty frame (trace)         ${each((v) => `CPU ${ms(v.figures.empty.tracedCpuMs)}${spread(v.samples.empty.tracedCpuMs)} (wall ${ms(v.figures.empty.tracedMs)}; evaluating the bundle ${ms(v.figures.empty.evaluateMs)})`)}   ${goal('goal <= 2 ms', variants[0].figures.empty.tracedCpuMs <= 2)}`,
    );
    log(
      `   the same, first frame in a new process      ${each((v) => `${ms(v.figures.empty.coldMs)}${spread(v.samples.empty.coldMs)} (evaluating the bundle ${ms(v.figures.empty.coldEvaluateMs)}, compiling it included)`)}`,
    );
  }
  if (only.has('packs')) {
    log(`\n4. packs on the dense page (seed pack + generated ones of 200 aliases and 8 claims; ${Math.min(runs, 3)} runs)`);
    for (const n of PACK_COUNTS) {
      log(
        `   ${String(n).padStart(2)} pack${n === 1 ? ' ' : 's'}, everything (trace)             ${each((v) => `CPU ${ms(v.figures.packs.tracedCpuMs[n])}${spread(v.samples.packs[n].tracedCpuMs)} (wall ${ms(v.figures.packs.tracedMs[n])}, scanner ${ms(v.figures.packs.passMs[n])}, ${v.figures.packs.mentions[n]} highlights)`)}`,
      );
    }
    log(
      `   growth from 1 to ${PACK_COUNTS[PACK_COUNTS.length - 1]} packs                    ${each((v) => times(v.figures.packs.growth))}   ${goal('goal <= 3x', variants[0].figures.packs.growth <= 3)}`,
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
  }
  log('\n6. memory and size');
  if (only.has('dense'))
    log(
      `   JS heap added on the dense page             ${each((v) => `${(v.figures.dense.heapAddedBytes / 1024 / 1024).toFixed(2)} MiB`)}   ${goal('goal <= 4 MiB', variants[0].figures.dense.heapAddedBytes <= 4 * 1024 * 1024)}`,
    );
  const content = (v) => v.figures.bundles['content.js'];
  log(
    `   content.js                                  ${each((v) => `${kib(content(v).bytes)} (${kib(content(v).gzipBytes)} gzipped)`)}   ${goal('goal <= 200 KiB', content(variants[0]).bytes <= 200 * 1024)}`,
  );
  if (shared.contentInputs) {
    log(
      `   content.js by input (this build)            ${shared.contentInputs.map(({ input, bytes }) => `${input} ${kib(bytes)}`).join(', ')}`,
    );
  }
  for (const file of Object.keys(variants[0].figures.bundles).filter((f) => f !== 'content.js')) {
    log(
      `   ${file.padEnd(44)}${each((v) => (v.figures.bundles[file] ? `${kib(v.figures.bundles[file].bytes)} (${kib(v.figures.bundles[file].gzipBytes)} gzipped)` : '—'))}`,
    );
  }
}
