/**
 * Bench figure 5: the pack builder where readers run it, in the review page's worker of the built
 * extension. Launches headless Chromium with the extension, opens its review.html (without an
 * article, so the page itself drafts nothing), and from that page starts builder-worker.js and
 * posts the article with the page's protocol (src/review/builder-protocol.ts), one fresh worker
 * per run as the page starts one per draft. Each run is timed from posting the article to the
 * `drafted` reply, so it counts what a reader waits for: loading the worker's bundle, compromise's
 * start-up, every pass, and sending the draft back. Beside it: the time to the first pass (the
 * worker's start-up), each pass's time (from one `passStarted` to the next), and the longest task
 * on the page's main thread while the worker drafted, which should stay under 50 ms now that the
 * builder is off it.
 *
 * That figure leaves out the page: the review page starts its worker before it has read its
 * article (src/review/builder-prestart.ts), so a reader waits less than the page's own start-up
 * plus that figure. The reader's wait is measured too, as the popup leaves it: the article in
 * `storage.session`, then `review.html?draft=ID` opened in a new tab, timed from the tab's
 * navigation start to the `drafted` reply reaching the page (a wrapper of the page's `Worker`,
 * installed before any of the page's scripts, notes when it arrives), one fresh tab per run.
 */
import { launchChromium } from './chromium.mjs';

/**
 * One draft's timings: from posting to the draft, to the first pass, each pass's ms, the actors
 * drafted and the longest task on the page's main thread meanwhile.
 * @typedef {{ ms: number, firstPassMs: number, passMs: Record<string, number>, actors: number, longestTaskMs: number }} DraftTiming
 */

/**
 * Runs in the review page: one draft in a fresh worker, with its timings.
 * @param {string} text
 * @returns {Promise<DraftTiming>}
 */
function draftOnce(text) {
  return new Promise((resolve, reject) => {
    /** @type {number[]} */
    const longTasks = [];
    const observer = new PerformanceObserver((list) => longTasks.push(...list.getEntries().map((entry) => entry.duration)));
    observer.observe({ type: 'longtask' });
    /** @type {{ pass: string, atMs: number }[]} */
    const passes = [];
    const t0 = performance.now();
    const worker = new Worker('builder-worker.js');
    /**
     * @param {Error | null} error
     * @param {DraftTiming} [value]
     */
    const done = (error, value) => {
      observer.disconnect();
      worker.terminate();
      if (error || !value) reject(error);
      else resolve(value);
    };
    worker.onmessage = ({ data }) => {
      const now = performance.now() - t0;
      if (data?.type === 'passStarted') passes.push({ pass: data.pass, atMs: now });
      else if (data?.type === 'drafted')
        done(null, {
          ms: now,
          firstPassMs: passes[0]?.atMs ?? NaN,
          passMs: Object.fromEntries(passes.map((p, i) => [p.pass, (passes[i + 1]?.atMs ?? now) - p.atMs])),
          actors: data.pack.actors.length,
          longestTaskMs: Math.max(0, ...longTasks),
        });
      else done(new Error(data?.type === 'failed' ? data.error : `unexpected reply ${JSON.stringify(data)}`));
    };
    worker.onerror = (event) => done(new Error(`the worker failed: ${event.message || 'no details'}`));
    worker.postMessage({ type: 'build', article: { text } });
  });
}

/**
 * Runs in the review page before its scripts: wraps `Worker` to note, in ms since navigation
 * start, when the page posts its article and when the draft arrives.
 */
function noteDraftArrival() {
  const scope = /** @type {any} */ (globalThis);
  const Native = scope.Worker;
  if (!Native) return;
  /** @type {{ postedMs?: number, draftedMs?: number }} */
  const noted = (scope.nclBenchDraft = {});
  scope.Worker = class extends Native {
    /** @param {unknown[]} args */
    constructor(...args) {
      super(...args);
      this.addEventListener('message', (/** @type {MessageEvent} */ { data }) => {
        if (data?.type === 'drafted') noted.draftedMs = performance.now();
      });
    }
    /**
     * @param {{ type?: string }} message
     * @param {unknown[]} rest
     */
    postMessage(message, ...rest) {
      if (message?.type === 'build') noted.postedMs = performance.now();
      super.postMessage(message, ...rest);
    }
  };
}

/**
 * @typedef {{ builderMs: number[], builderFirstPassMs: number[], builderLongestTaskMs: number[], builderPassMs: Record<string, number>[], builderActors: number, builderPageMs: number[], builderPagePostedMs: number[] }} BuilderSamples
 */

/** The builder's samples before any run (the bench prints the builder only when it has some). @returns {BuilderSamples} */
export function noBuilderSamples() {
  return {
    builderMs: [],
    builderFirstPassMs: [],
    builderLongestTaskMs: [],
    builderPassMs: [],
    builderActors: 0,
    builderPageMs: [],
    builderPagePostedMs: [],
  };
}

/**
 * Drafts `text` `runs` times in the review page's worker of the extension built in `dir`; returns
 * the samples (ms from posting to draft, ms to the first pass, the longest main-thread task, each
 * pass's ms), the number of actors drafted, and the reader's wait on the review page (ms from its
 * navigation start to the draft, and to the page posting its article).
 * @param {string} dir
 * @param {string} text
 * @param {number} [runs]
 */
export async function measureBuilderInWorker(dir, text, runs = 5) {
  const { context, origin } = await launchChromium(dir);
  const samples = noBuilderSamples();
  try {
    const page = await context.newPage();
    await page.goto(`${origin}/review.html`, { waitUntil: 'load' });
    for (let run = 0; run < runs; run++) {
      const result = await page.evaluate(draftOnce, text);
      samples.builderMs.push(result.ms);
      samples.builderFirstPassMs.push(result.firstPassMs);
      samples.builderLongestTaskMs.push(result.longestTaskMs);
      samples.builderPassMs.push(result.passMs);
      samples.builderActors = result.actors;
    }
    await context.addInitScript(noteDraftArrival);
    for (let run = 0; run < runs; run++) {
      const id = `bench-${run}`;
      await page.evaluate(
        ([key, article]) => /** @type {any} */ (globalThis).chrome.storage.session.set({ [key]: article }),
        /** @type {[string, { text: string }]} */ ([`ncl-draft-${id}`, { text }]),
      );
      const tab = await context.newPage();
      await tab.goto(`${origin}/review.html?draft=${id}`, { waitUntil: 'commit' });
      await tab.waitForFunction(() => /** @type {any} */ (globalThis).nclBenchDraft?.draftedMs !== undefined, null, {
        timeout: 120_000,
        polling: 10,
      });
      /** @type {{ draftedMs: number, postedMs: number }} */
      const noted = await tab.evaluate(() => /** @type {any} */ (globalThis).nclBenchDraft);
      samples.builderPageMs.push(noted.draftedMs);
      samples.builderPagePostedMs.push(noted.postedMs);
      await tab.close();
    }
  } finally {
    await context.close();
  }
  return samples;
}

/**
 * The passes that took longest at the median, slowest first, as `[pass, ms]`.
 * @param {Record<string, number>[]} passSamples
 * @param {(values: number[]) => number} median
 * @param {number} [count]
 * @returns {[string, number][]}
 */
export function slowestPasses(passSamples, median, count = 3) {
  const names = Object.keys(passSamples[0] ?? {});
  return names
    .map((name) => /** @type {[string, number]} */ ([name, median(passSamples.map((sample) => sample[name] ?? NaN))]))
    .sort((a, b) => b[1] - a[1])
    .slice(0, count);
}
