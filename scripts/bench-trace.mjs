/**
 * Main-thread time of the content script in every frame of a tab, from a Chromium trace.
 *
 * The script's own clock (`stats.passMs`) sees only the scanner's slices; it cannot see the
 * bundle being compiled and evaluated, the storage replies, or the matcher being compiled. A
 * trace sees all of it, in every renderer process (cross-site frames run in processes of their
 * own). On a renderer's main thread we count, per top-level task, the outermost events that run
 * code in our isolated world (Chromium names the world after the extension on its `v8.run`,
 * `v8.compile` and `v8.callFunction` events; what they force, such as style, is nested inside)
 * and the evaluation of content.js; the whole of every task that evaluates content-rules.js (the
 * matcher and page rules, which the background injects into a frame that needs them); and the
 * whole of every task that delivers a reply to one of our extension API calls (`Receive mojo
 * reply` on an `extensions.mojom` interface: the promise continuations of `storage.get` run
 * there, without a world name). Tasks that deliver a message
 * *to* the content script (`Receive mojo message`, the bench asking for the page report) are the
 * bench's own probing and are left out. The pages measured run no script of their own that could
 * be mistaken for ours.
 *
 * Tracing costs a little itself; the figures are comparable with each other, and with the floor
 * only roughly (the floor is measured without a trace).
 */

/**
 * One trace event, as far as it is read here (Chromium's Trace Event Format): complete events
 * (`ph: 'X'`) with their wall (`dur`) and thread CPU (`tdur`) time in µs, and metadata (`ph: 'M'`).
 * @typedef {object} TraceEvent
 * @property {string} name The event's name.
 * @property {string} ph Its phase.
 * @property {number} pid The process.
 * @property {number} tid The thread.
 * @property {number} ts When it began, in µs.
 * @property {number} [dur] How long it took, wall time, in µs.
 * @property {number} [tdur] How long it took, thread CPU time, in µs.
 * @property {{ name?: string, worldName?: string, data?: { url?: unknown }, chrome_mojo_event_info?: { mojo_interface_tag?: unknown } }} [args] What it is about.
 */

/**
 * A complete event: one that has a duration.
 * @typedef {TraceEvent & { dur: number }} CompleteEvent
 */

const CATEGORIES = ['toplevel', 'devtools.timeline', 'v8', 'disabled-by-default-devtools.timeline'];

/**
 * Starts a trace through `cdp` (a page's CDP session); returns `stop()`, which resolves to the events.
 * @param {import('playwright-core').CDPSession} cdp
 * @returns {Promise<() => Promise<TraceEvent[]>>}
 */
export async function startTrace(cdp) {
  /** @type {TraceEvent[]} */
  const events = [];
  /** @param {{ value: object[] }} event */
  const onData = (event) => events.push(.../** @type {TraceEvent[]} */ (event.value));
  cdp.on('Tracing.dataCollected', onData);
  await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: CATEGORIES } });
  return async () => {
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', () => resolve(undefined)));
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', onData);
    return events;
  };
}

/**
 * The top-level task event. Not `ThreadControllerImpl::RunTask`, which it wraps: the microtask
 * checkpoint that runs the promise continuations of a task (ours, after a storage reply) follows
 * that event, inside this one.
 */
const TASK = 'RunTask';

/**
 * Our top-level tasks on the renderers' main threads, in time order: `{ pid, ts, wallMs, cpuMs,
 * names }`, where `names` lists the distinct event names inside the task (for reading a trace).
 * @param {TraceEvent[]} events
 * @param {string} worldName
 * @returns {{ pid: number, ts: number, wallMs: number, cpuMs: number, names: string[] }[]}
 */
export function ourTasks(events, worldName) {
  /** @type {Set<string>} */
  const mainThreads = new Set();
  for (const e of events)
    if (e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain') mainThreads.add(`${e.pid}:${e.tid}`);
  // Processes where our world exists: only their tasks can be ours (the probe page and the
  // service worker also receive extension replies, in other processes).
  /** @type {Set<number>} */
  const ourPids = new Set();
  for (const e of events) if (e.args?.worldName === worldName) ourPids.add(e.pid);
  /** @type {Map<string, CompleteEvent[]>} */
  const byThread = new Map();
  for (const e of events) {
    if (e.ph !== 'X' || e.dur === undefined || !ourPids.has(e.pid) || !mainThreads.has(`${e.pid}:${e.tid}`)) continue;
    const key = `${e.pid}:${e.tid}`;
    let list = byThread.get(key);
    if (!list) byThread.set(key, (list = []));
    list.push(/** @type {CompleteEvent} */ (e));
  }
  /** @type {ReturnType<typeof ourTasks>} */
  const tasks = [];
  for (const list of byThread.values()) {
    list.sort((a, b) => a.ts - b.ts || b.dur - a.dur);
    /** @type {CompleteEvent | null} */
    let top = null;
    let reply = false;
    let probing = false;
    let injected = false;
    /** @type {Set<string>} */
    let names = new Set();
    // Our outermost events inside the current task, and where the last one ends (events nested
    // in it are already counted).
    let oursWall = 0;
    let oursCpu = 0;
    let oursEnd = 0;
    const close = () => {
      // The background injecting content-rules.js arrives as a message too, but the task that
      // evaluates it is wholly ours.
      if (!top || (probing && !injected)) return;
      // A reply to our extension API call runs our promise continuations, without a world name
      // on them: the whole task is ours. Otherwise only our own events count, because the task
      // may be the page's (a navigation commit that also fires our pagehide listener).
      const wall = reply || injected ? top.dur : oursWall;
      const cpu = reply || injected ? (top.tdur ?? top.dur) : oursCpu;
      if (wall > 0) tasks.push({ pid: top.pid, ts: top.ts, wallMs: wall / 1000, cpuMs: cpu / 1000, names: [...names] });
    };
    for (const e of list) {
      if (top && e.ts >= top.ts + top.dur) {
        close();
        top = null;
      }
      if (!top) {
        if (e.name !== TASK) continue;
        top = e;
        reply = false;
        probing = false;
        injected = false;
        names = new Set();
        oursWall = 0;
        oursCpu = 0;
        oursEnd = 0;
        continue;
      }
      names.add(e.name);
      const eventUrl = e.args?.data?.url;
      const url = e.name === 'EvaluateScript' && typeof eventUrl === 'string' ? eventUrl : '';
      if (url.endsWith('/content-rules.js')) injected = true;
      const isOurs = e.args?.worldName === worldName || url.endsWith('/content.js') || url.endsWith('/content-rules.js');
      if (isOurs && e.ts >= oursEnd) {
        oursWall += e.dur;
        oursCpu += e.tdur ?? e.dur;
        oursEnd = e.ts + e.dur;
      }
      const tag = e.args?.chrome_mojo_event_info?.mojo_interface_tag;
      if (typeof tag === 'string' && tag.startsWith('extensions.mojom')) {
        if (e.name === 'Receive mojo reply') reply = true;
        if (e.name === 'Receive mojo message') probing = true;
      }
    }
    close();
  }
  return tasks.sort((a, b) => a.ts - b.ts);
}

/**
 * Sums our tasks. Returns `{ wallMs, cpuMs, evaluateMs, tasks, frames, longestMs, byPid }` (wall
 * and thread CPU time; on a busy machine the CPU figures move far less):
 * `frames` counts the frames that evaluated the content script, `evaluateMs` is the time spent
 * evaluating the bundle itself (compiling included), and `byPid` the wall time per process.
 * @param {TraceEvent[]} events
 * @param {string} worldName
 * @param {{ sinceEvaluation?: boolean }} [options]
 */
export function ourMainThreadTime(events, worldName, { sinceEvaluation = false } = {}) {
  let frames = 0;
  let evaluate = 0;
  let firstEvaluation = Infinity;
  for (const e of events) {
    const eventUrl = e.args?.data?.url;
    if (e.name === 'EvaluateScript' && typeof eventUrl === 'string' && eventUrl.endsWith('/content.js')) {
      frames++;
      evaluate += e.dur ?? 0;
      firstEvaluation = Math.min(firstEvaluation, e.ts);
    }
  }
  // `sinceEvaluation` leaves out what ran before the bundle was evaluated: in a tab that showed
  // another page, the previous document's content script stopping (its pagehide listener).
  const tasks = ourTasks(events, worldName).filter((task) => !sinceEvaluation || task.ts + task.wallMs * 1000 > firstEvaluation);
  /** @type {Record<number, number>} */
  const byPid = {};
  for (const task of tasks) byPid[task.pid] = (byPid[task.pid] ?? 0) + task.wallMs;
  return {
    wallMs: tasks.reduce((sum, t) => sum + t.wallMs, 0),
    cpuMs: tasks.reduce((sum, t) => sum + t.cpuMs, 0),
    evaluateMs: evaluate / 1000,
    tasks: tasks.length,
    frames,
    longestMs: tasks.reduce((max, t) => Math.max(max, t.wallMs), 0),
    byPid,
  };
}
