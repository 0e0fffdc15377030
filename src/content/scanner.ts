/**
 * The page scanner: finds the packs' actors and claims in the page's text and keeps the highlights
 * in step with the page.
 *
 * What runs when:
 * - `start()` walks the whole document once, in time slices of about `SLICE_MS` so that no task
 *   of ours blocks the page, scanning each text segment as it is collected; then every segment is
 *   resolved (context rules) and painted, also in slices.
 * - The context rules are page-wide only through the page context (the actors the page names
 *   unambiguously, whether it is about the story, which broad actors it is about), derived from
 *   keys each segment contributes. The scanner keeps the sum of those keys, so a change re-resolves
 *   the changed segments alone, plus (only when a decision of the context changes) the segments
 *   whose mentions depend on it.
 * - A `MutationObserver`, started before the first walk, marks the blocks the page changes. Those
 *   blocks alone are re-collected and re-scanned, in batches; when the page mutates without pause
 *   the batch delay grows (back-off) and shrinks again once the page is quiet. A block the page
 *   removes whole marks nothing, but schedules a batch too: its sweep drops the segments (and the
 *   highlights) of every block no longer in the page. When the content script gave `onNewText`
 *   (some packs that are on are not looked for), each batch also hands it the changed blocks' text.
 * - With no pack to look for (the page gate found no sign of any), there is no walk: the scanner
 *   only observes, and batches only hand their text to `onNewText`.
 * - Once a second, from the first highlight on, it checks that our highlights are still
 *   registered (the page may clear `CSS.highlights`), and registers them again if not.
 * - `stop()` (or the abort signal) disconnects the observer, cancels pending work and removes every
 *   highlight: the page is left as it was.
 */
import { assignClaimSides, type ClaimSide } from '../core/claim-sides';
import type { BlockScan, Matcher, Mention, PageContext } from '../core/matcher';
import type { Pack } from '../core/pack';
import type { MentionReport, PageReport, StoryVerdict } from '../shared/messages';
import type { HighlightLayer } from './highlighter';
import { openShadowRoots } from './page-gate';
import { actorsFirst, inReadingOrder, type PaintedMention } from './painted';
import { isBlock, locate, SegmentCursor, splitLongSegment, type TextSegment } from './text-blocks';

/** Longest stretch of work before yielding to the page, in milliseconds. */
const SLICE_MS = 8;
/** Delay before a batch of page changes is processed, while the page is calm. */
const BASE_DELAY_MS = 60;
/** Longest delay the back-off reaches on a page that never stops mutating. */
const MAX_DELAY_MS = 2_000;
/** How often we check that the page has not unregistered our highlights. */
const REGISTRATION_CHECK_MS = 1_000;

/** A pack with its compiled matcher. */
export interface ActivePack {
  /** The validated pack. */
  readonly pack: Pack;
  /** The matcher compiled for it, restricted to the actors the user wants highlighted. */
  readonly matcher: Matcher;
}

/** One pack as this page reads it: the pack, its matcher, and what the page has added up for it. */
interface PackRun {
  /** The validated pack. */
  readonly pack: Pack;
  /** Its compiled matcher. */
  readonly matcher: Matcher;
  /** Which side of the article's oppositions each claim is on. */
  readonly sides: ReadonlyMap<string, ClaimSide>;
  /** The sum of every segment's page keys. */
  readonly keyCounts: Map<string, number>;
  /** The page context the painted segments were resolved with. */
  applied: PageContext;
}

/** One pack's reading of one segment. */
interface PackScan {
  /** The pack read. */
  readonly run: PackRun;
  /** What its matcher found in the segment. */
  readonly scan: BlockScan;
  /** The segment's contribution to the page context (added up in `run.keyCounts`). */
  readonly keys: ReadonlyMap<string, number>;
  /** Whether the segment's mentions depend on the page context. */
  readonly depends: boolean;
}

interface SegmentRecord {
  segment: TextSegment;
  /** One reading per pack looked for, in the packs' order. */
  readonly scans: readonly PackScan[];
  /** Its painted mentions, in reading order (see painted.ts). */
  painted: PaintedMention[];
  signature: string;
  /** Position in collection order; see `mentions()`. */
  seq: number;
}

/** Options the content script passes when it starts a scanner. */
export interface ScannerOptions {
  /** The document to scan (the frame's own). */
  readonly doc: Document;
  /** The packs to look for. */
  readonly packs: readonly ActivePack[];
  /** Paints the ranges. */
  readonly highlighter: HighlightLayer;
  /** Our own UI host, never scanned. */
  readonly ownHost: () => Element | null;
  /** Whether claim sentences are highlighted. */
  readonly highlightClaims: boolean;
  /** Called after every update with the painted mentions. */
  readonly onUpdate: (complete: boolean) => void;
  /**
   * Given, when packs that are on are not looked for (the page gate found no sign of them): called
   * with the text of every batch of changed blocks (their `textContent` and that of their open
   * shadow roots), so that the content script can start looking for a pack the page now mentions.
   */
  readonly onNewText?: (texts: string[]) => void;
}

/** Finds and paints mentions on one document, and keeps them current. */
export class Scanner {
  private readonly records = new Map<Element, SegmentRecord[]>();
  /**
   * Per block: the page keys of its segments that hold nothing else (those segments are not
   * kept), as flat triples of pack, key and count, the most compact of the shapes tried.
   */
  private readonly quietKeys = new Map<Element, QuietKeys>();
  private readonly dirty = new Set<Element>();
  /** The packs looked for, in the order they were given. */
  private readonly runs: readonly PackRun[];
  private readonly controller = new AbortController();
  private observer: MutationObserver | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private delay = BASE_DELAY_MS;
  private lastBatchEnd = 0;
  private busy = false;
  private complete = false;
  private readonly shadowRoots = new Set<ShadowRoot>();
  /** Set when the page removed nodes, so `apply` must drop the segments of detached blocks. */
  private mayHaveRemovals = false;
  /** Segments scanned but not yet resolved and painted. */
  private readonly pending = new Set<SegmentRecord>();
  private orderCache: PaintedMention[] | null = null;
  private nextSeq = 0;
  /** Set when a batch added segments after the first pass, so `seq` may no longer be document order. */
  private orderStale = false;
  /** Segments numbered below this were in document order when it was last restored (see `mentions`). */
  private orderedUpTo = 0;
  private sliceStart = 0;
  private readonly stats = { passMs: 0, wallMs: 0, longestSliceMs: 0, batches: 0, lastBatchMs: 0, startedAt: 0, completedAt: 0 };
  private batchMs = 0;
  /** Painted mentions by the text nodes they touch: the hover hit-test looks a node up here. */
  private readonly byNode = new WeakMap<Text, PaintedMention[]>();
  private watchdog: ReturnType<typeof setInterval> | null = null;

  /** Prepares a scanner; nothing runs until `start()`. */
  constructor(private readonly options: ScannerOptions) {
    this.runs = options.packs.map(({ pack, matcher }) => ({
      pack,
      matcher,
      sides: assignClaimSides(pack),
      keyCounts: new Map(),
      applied: matcher.pageContext(new Map()),
    }));
  }

  /** Whether the first full pass has finished. */
  get isComplete(): boolean {
    return this.complete;
  }

  /**
   * Begins observing and runs the first full pass. With no pack to look for, there is no pass: the
   * scanner only watches the page's changes and hands their text to `onNewText`.
   */
  start(): void {
    const { doc } = this.options;
    this.observer = new MutationObserver((mutations) => this.onMutations(mutations));
    this.observer.observe(doc, { childList: true, subtree: true, characterData: true });
    const root = doc.documentElement;
    if (!root || this.options.packs.length === 0) {
      this.complete = true;
      this.options.onUpdate(true);
      return;
    }
    this.stats.startedAt = performance.now();
    this.sliceStart = this.stats.startedAt;
    void this.collect(root, null).then(async () => {
      await this.apply();
      if (this.controller.signal.aborted) return;
      this.complete = true;
      // Every segment so far was collected in document order.
      this.orderedUpTo = this.nextSeq;
      this.options.onUpdate(true);
      this.endSlice();
      this.stats.passMs = this.batchMs;
      this.stats.completedAt = performance.now();
      this.stats.wallMs = this.stats.completedAt - this.stats.startedAt;
      this.scheduleBatch();
    });
  }

  /**
   * Starts checking, once a second, that our highlights are still registered. A page may call
   * CSS.highlights.clear() or reassign adoptedStyleSheets at any time (some find-in-page widgets
   * do) without touching the DOM, so no mutation tells us; a check costs four map lookups and puts
   * ours back without touching the page's own. It starts with the first highlight: a page with
   * none has nothing to lose, and the scanner stays idle there.
   */
  private startWatchdog(): void {
    if (this.watchdog !== null || this.controller.signal.aborted) return;
    this.watchdog = setInterval(() => this.options.highlighter.ensureRegistered(this.shadowRoots), REGISTRATION_CHECK_MS);
    this.controller.signal.addEventListener(
      'abort',
      () => {
        if (this.watchdog !== null) clearInterval(this.watchdog);
      },
      { once: true },
    );
  }

  /** Stops all work and removes every highlight. */
  stop(): void {
    this.controller.abort();
    this.observer?.disconnect();
    this.observer = null;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.records.clear();
    this.quietKeys.clear();
    this.dirty.clear();
    this.pending.clear();
    this.orderCache = null;
    this.options.highlighter.unregister();
  }

  /** How many mentions are painted, without putting them in order (cheap: for the badge). */
  mentionCount(): number {
    let count = 0;
    for (const list of this.records.values()) for (const record of list) count += record.painted.length;
    return count;
  }

  /**
   * Every painted mention in document order. Segments carry the order they were collected in,
   * which is document order after the first pass; once a batch has added segments elsewhere, the
   * new ones are placed among the others with `compareDocumentPosition`. That call is slow on long
   * sibling lists (sorting every segment with it cost 135 ms on the 6,500-paragraph benchmark
   * page, and 100 ms again after each batch), so the segments already in order keep it and each
   * new one is put in place by a binary search, and it is never used for counting.
   */
  mentions(): PaintedMention[] {
    if (this.orderCache) return this.orderCache;
    if (this.orderStale) this.restoreOrder();
    const records: SegmentRecord[] = [];
    for (const list of this.records.values()) for (const record of list) if (record.painted.length > 0) records.push(record);
    records.sort((a, b) => a.seq - b.seq);
    this.orderCache = records.flatMap((record) => record.painted);
    return this.orderCache;
  }

  /** Numbers every kept segment in document order again, placing those added since the last time among the others. */
  private restoreOrder(): void {
    const ordered: SegmentRecord[] = [];
    const fresh: SegmentRecord[] = [];
    for (const list of this.records.values()) for (const record of list) (record.seq < this.orderedUpTo ? ordered : fresh).push(record);
    ordered.sort((a, b) => a.seq - b.seq);
    fresh.sort(inDocumentOrder);
    const all: SegmentRecord[] = [];
    let from = 0;
    for (const record of fresh) {
      // The first of the ordered segments that comes after this one.
      let lo = from;
      let hi = ordered.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (inDocumentOrder(ordered[mid] as SegmentRecord, record) < 0) lo = mid + 1;
        else hi = mid;
      }
      for (let i = from; i < lo; i++) all.push(ordered[i] as SegmentRecord);
      all.push(record);
      from = lo;
    }
    for (let i = from; i < ordered.length; i++) all.push(ordered[i] as SegmentRecord);
    all.forEach((record, i) => (record.seq = i));
    this.nextSeq = all.length;
    this.orderedUpTo = this.nextSeq;
    this.orderStale = false;
  }

  /**
   * The painted mentions that cover `offset` in `node` (actors first, then claims), found through
   * our own index rather than `CSS.highlights.highlightsFromPoint`, which took 14–53 ms a call
   * with 18,600 ranges registered.
   */
  mentionsAt(node: Text, offset: number): PaintedMention[] {
    const list = this.byNode.get(node);
    if (!list) return [];
    const hits = list.filter(({ range }) => {
      const afterStart = range.startContainer !== node || range.startOffset <= offset;
      const beforeEnd = range.endContainer !== node || offset < range.endOffset;
      return afterStart && beforeEnd && range.startContainer.isConnected;
    });
    return hits.sort(actorsFirst);
  }

  /** The page report entries for every painted mention, in document order. */
  report(): MentionReport[] {
    return this.mentions().map(({ packId, mention, side }) => ({
      kind: mention.kind,
      id: mention.id,
      text: mention.text,
      explanation: mention.explanation,
      packId,
      ...(side ? { side } : {}),
    }));
  }

  /** What the scan has cost so far (see `PageReport.stats`); with `reasons`, the rules' rejections summed over the page. */
  getStats(reasons = false): NonNullable<PageReport['stats']> {
    let segments = 0;
    const rejected: Record<string, number> = {};
    for (const list of this.records.values()) {
      segments += list.length;
      if (!reasons) continue;
      for (const record of list) {
        for (const { run, scan } of record.scans) {
          for (const [rule, n] of run.matcher.rejectedOnPage(scan, run.applied)) rejected[rule] = (rejected[rule] ?? 0) + n;
        }
      }
    }
    return { ...this.stats, segments, ...(reasons ? { rejected } : {}) };
  }

  /** Per pack, whether the page is about its story and why. */
  stories(): StoryVerdict[] {
    return this.runs.map(({ pack, matcher, keyCounts }) => {
      // Read afresh: the applied context keeps only what the highlights depend on up to date.
      const context = matcher.pageContext(keyCounts);
      return { packId: pack.id, onStory: context.onStory, reason: context.reason };
    });
  }

  /** Walks `root` (skipping `clean` blocks) in time slices, scanning each segment it yields. */
  private async collect(root: Node, clean: { has(block: Element): boolean } | null): Promise<void> {
    const cursor = new SegmentCursor(root, this.options.ownHost(), clean);
    const signal = this.controller.signal;
    let count = 0;
    for (;;) {
      if (signal.aborted) return;
      const segment = cursor.next();
      if (segment === null) return;
      const pieces = splitLongSegment(segment);
      for (const piece of pieces) {
        this.addSegment(piece);
        // The clock is read every 16 segments, but a piece of a huge segment is 20,000 characters
        // on its own, so there it is read after each piece: one 1 MB text node took a single
        // 547 ms task in Firefox ESR 153 when all 50 pieces were scanned before the first check.
        if ((pieces.length > 1 || (++count & 15) === 0) && performance.now() - this.sliceStart > SLICE_MS) {
          this.endSlice();
          await yieldToPage();
          this.sliceStart = performance.now();
          if (signal.aborted) return;
        }
      }
    }
  }

  /** Books the time since `sliceStart` as one slice of our main-thread work. */
  private endSlice(): void {
    const spent = performance.now() - this.sliceStart;
    this.batchMs += spent;
    if (spent > this.stats.longestSliceMs) this.stats.longestSliceMs = spent;
  }

  private addSegment(segment: TextSegment): void {
    let holdsSomething = false;
    const readings = this.runs.map((run) => {
      const scan = run.matcher.scanBlock(segment.text);
      const keys = run.matcher.pageKeys(scan);
      for (const [key, n] of keys) run.keyCounts.set(key, (run.keyCounts.get(key) ?? 0) + n);
      if (!run.matcher.holdsNothing(scan)) holdsSomething = true;
      return { run, scan, keys };
    });
    if (!holdsSomething) {
      // Most segments of a page hold nothing of any pack but their share of the page keys (the
      // words they count). Keeping their text, nodes and scans was a third of the heap we added
      // on the bench's dense page (measured 2026-12, Chromium 156: 13.1 MiB with them, 8.4 MiB
      // without), so only their keys are kept, flat, per block; the block stays known, so that a
      // change re-collects it and a change around it skips it.
      const triples: QuietKeys = [];
      for (const { run, keys } of readings) for (const [key, n] of keys) triples.push(run, key, n);
      // Copies of exact length: an array grown by push keeps room for 16 elements, which for
      // 6,500 blocks of three was most of this store.
      const quiet = this.quietKeys.get(segment.block);
      this.quietKeys.set(segment.block, quiet ? quiet.concat(triples) : triples.slice());
      return;
    }
    const scans = readings.map((reading) => ({ ...reading, depends: reading.run.matcher.dependsOnPage(reading.scan) }));
    const record: SegmentRecord = { segment, scans, painted: [], signature: '', seq: this.nextSeq++ };
    if (this.complete) this.orderStale = true;
    this.pending.add(record);
    const list = this.records.get(segment.block);
    if (list) list.push(record);
    else this.records.set(segment.block, [record]);
    const root = segment.nodes[0]?.getRootNode();
    if (root instanceof ShadowRoot) this.shadowRoots.add(root);
  }

  /** Whether the block's segments are known (kept, or quiet), so that a walk around it may skip it. */
  private isKnown(block: Element): boolean {
    return this.records.has(block) || this.quietKeys.has(block);
  }

  /** Forgets a block's segments: their highlights, their share of the page keys, their pending work. */
  private forgetBlock(block: Element): void {
    for (const record of this.records.get(block) ?? []) {
      this.unpaint(record);
      this.pending.delete(record);
      for (const { run, keys } of record.scans) for (const [key, n] of keys) subtractKey(run, key, n);
    }
    this.records.delete(block);
    const quiet = this.quietKeys.get(block);
    if (quiet) forEachQuietKey(quiet, subtractKey);
    this.quietKeys.delete(block);
  }

  /**
   * Resolves and paints the pending segments, in time slices. When a decision of the page context
   * has changed (an actor now named, the page now about the story), the segments whose mentions
   * depend on it are re-resolved too.
   */
  private async apply(): Promise<void> {
    const { highlighter, highlightClaims } = this.options;
    // Blocks removed from the page take their segments with them; the sweep is needed only after
    // a removal, and costs a walk over every known block.
    if (this.mayHaveRemovals) {
      this.mayHaveRemovals = false;
      for (const block of this.records.keys()) if (!block.isConnected) this.forgetBlock(block);
      for (const block of this.quietKeys.keys()) if (!block.isConnected) this.forgetBlock(block);
    }
    for (const run of this.runs) {
      const now = run.matcher.pageContext(run.keyCounts);
      // The sums change with every segment; the decisions they lead to rarely do.
      if (now.signature === run.applied.signature) continue;
      run.applied = now;
      for (const list of this.records.values()) {
        for (const record of list) if (record.scans.some((reading) => reading.run === run && reading.depends)) this.pending.add(record);
      }
    }

    const visibility = new Map<Element, boolean>();
    let count = 0;
    // A set visits what is added to it while it is iterated, so segments queued again meanwhile
    // are resolved again too.
    for (const record of this.pending) {
      if (this.controller.signal.aborted) return;
      this.pending.delete(record);
      const next: { run: PackRun; packIndex: number; mention: Mention }[] = [];
      record.scans.forEach(({ run, scan }, packIndex) => {
        for (const mention of run.matcher.resolveBlock(scan, run.applied)) {
          if (mention.kind === 'claim' && !highlightClaims) continue;
          next.push({ run, packIndex, mention });
        }
      });
      const signature = next
        .map(({ packIndex, mention }) => `${packIndex}:${mention.kind}:${mention.id}:${mention.start}:${mention.end}`)
        .join('|');
      if (signature !== record.signature) {
        this.orderCache = null;
        this.unpaint(record);
        record.signature = signature;
        for (const { run, mention } of next) {
          const painted = this.paint(record.segment, run, mention, visibility);
          if (!painted) continue;
          record.painted.push(painted);
          highlighter.add(painted.kind, [painted.range]);
          this.index(painted);
        }
        record.painted.sort(inReadingOrder);
      }
      if ((++count & 63) === 0 && performance.now() - this.sliceStart > SLICE_MS) {
        this.endSlice();
        await yieldToPage();
        this.sliceStart = performance.now();
      }
    }
    highlighter.ensureRegistered(this.shadowRoots);
    if (this.mentionCount() > 0) this.startWatchdog();
    this.options.onUpdate(this.complete);
  }

  private paint(segment: TextSegment, run: PackRun, mention: Mention, visibility: Map<Element, boolean>): PaintedMention | null {
    const start = locate(segment, mention.start, false);
    const end = locate(segment, mention.end, true);
    const parent = start.node.parentElement;
    if (parent) {
      let visible = visibility.get(parent);
      if (visible === undefined) {
        // Only elements that hold a mention are checked, so style is read for a handful of nodes,
        // not for the whole page.
        visible = typeof parent.checkVisibility === 'function' ? parent.checkVisibility({ visibilityProperty: true }) : true;
        visibility.set(parent, visible);
      }
      if (!visible) return null;
    }
    const range = new StaticRange({ startContainer: start.node, startOffset: start.offset, endContainer: end.node, endOffset: end.offset });
    if (mention.kind === 'actor') return { packId: run.pack.id, mention, kind: 'actor', range, segment };
    const side = run.sides.get(mention.id) ?? 'claim';
    return { packId: run.pack.id, mention, kind: side === 'claim' ? 'claim' : 'opposing', side, range, segment };
  }

  /** Adds a painted mention to the per-node index, under every text node its range touches. */
  private index(painted: PaintedMention): void {
    const { nodes } = painted.segment;
    const first = nodes.indexOf(painted.range.startContainer as Text);
    const last = nodes.indexOf(painted.range.endContainer as Text);
    for (let i = first; i <= last && i >= 0; i++) {
      const node = nodes[i] as Text;
      const list = this.byNode.get(node);
      if (list) list.push(painted);
      else this.byNode.set(node, [painted]);
    }
  }

  private unindex(painted: PaintedMention): void {
    for (const node of painted.segment.nodes) {
      const list = this.byNode.get(node);
      if (!list) continue;
      const at = list.indexOf(painted);
      if (at >= 0) list.splice(at, 1);
    }
  }

  private unpaint(record: SegmentRecord): void {
    for (const painted of record.painted) {
      this.options.highlighter.remove(painted.kind, [painted.range]);
      this.unindex(painted);
    }
    record.painted = [];
    record.signature = '';
  }

  private onMutations(mutations: MutationRecord[]): void {
    const host = this.options.ownHost();
    for (const mutation of mutations) {
      const target = mutation.target;
      if (host && (target === host || host.contains(target))) continue;
      if (mutation.type === 'childList' && host && [...mutation.addedNodes, ...mutation.removedNodes].every((node) => node === host))
        continue;
      const element = target.nodeType === 1 ? (target as Element) : target.parentElement;
      if (!element) continue;
      if (mutation.type !== 'childList') {
        this.dirty.add(blockAncestor(element));
        continue;
      }
      if (mutation.removedNodes.length > 0) this.mayHaveRemovals = true;
      // Blocks added whole (a story appended by infinite scroll) are collected on their own; only
      // inline content or removals change the text of the block they sit in. Re-collecting the
      // parent instead walked all 6,500 paragraphs of the benchmark page for 10 KB of new text.
      let parentChanged = mutation.removedNodes.length > 0 && [...mutation.removedNodes].some((node) => !isWholeBlock(node));
      for (const node of mutation.addedNodes) {
        if (isWholeBlock(node)) this.dirty.add(node as Element);
        else if (node.nodeType === 1 || (node.nodeType === 3 && /\S/.test((node as Text).data))) parentChanged = true;
      }
      if (parentChanged) this.dirty.add(blockAncestor(element));
    }
    if (this.hasWork()) this.scheduleBatch();
  }

  /**
   * Whether a batch has anything to do: changed blocks, or (with a pack looked for) removals. A
   * block removed whole marks nothing dirty, yet its highlights must go, and the batch's sweep (in
   * `apply`) is what drops them.
   */
  private hasWork(): boolean {
    return this.dirty.size > 0 || (this.mayHaveRemovals && this.options.packs.length > 0);
  }

  private scheduleBatch(): void {
    if (this.timer !== null || this.busy || !this.hasWork() || !this.complete) return;
    // Back off on pages that mutate without pause: each batch that follows closely on the last
    // doubles the wait, up to MAX_DELAY_MS; a calm page brings it back to the base delay.
    const sinceLast = performance.now() - this.lastBatchEnd;
    this.delay = sinceLast < this.delay * 2 ? Math.min(this.delay * 2, MAX_DELAY_MS) : BASE_DELAY_MS;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.runBatch();
    }, this.delay);
  }

  private async runBatch(): Promise<void> {
    if (this.controller.signal.aborted) return;
    this.busy = true;
    this.batchMs = 0;
    this.sliceStart = performance.now();
    const blocks = [...this.dirty].filter((block) => block.isConnected);
    this.dirty.clear();
    const { onNewText, packs } = this.options;
    if (onNewText && blocks.length > 0) onNewText(textsOf(outermost(blocks)));
    if (packs.length > 0) {
      // Re-collect each changed block, skipping nested blocks that did not change: their segments
      // are still valid, so a change in a big container costs only its own direct text.
      // A predicate, not a set: building a set of every known block cost each batch a pass over
      // all of them (6,500 on the bench's dense page) for a change of a few.
      const changed = new Set(blocks);
      const clean = { has: (block: Element) => this.isKnown(block) && !changed.has(block) };
      for (const block of outermost(blocks)) {
        for (const stale of blocks) {
          if (stale !== block && !block.contains(stale)) continue;
          this.forgetBlock(stale);
        }
        await this.collect(block, clean);
        if (this.controller.signal.aborted) return;
      }
      await this.apply();
      if (this.controller.signal.aborted) return;
    }
    this.endSlice();
    this.stats.batches++;
    this.stats.lastBatchMs = this.batchMs;
    this.busy = false;
    this.lastBatchEnd = performance.now();
    this.scheduleBatch();
  }
}

/**
 * The page keys of a block's quiet segments: flat triples of pack, key and count. An array of
 * objects, or a map per block, cost more heap on the bench's dense page (see `addSegment`).
 */
type QuietKeys = (PackRun | string | number)[];

/** Calls `fn` with every triple of `quiet`, in the shape `addSegment` wrote them. */
function forEachQuietKey(quiet: QuietKeys, fn: (run: PackRun, key: string, n: number) => void): void {
  for (let i = 0; i < quiet.length; i += 3) fn(quiet[i] as PackRun, quiet[i + 1] as string, quiet[i + 2] as number);
}

/** Takes `n` off a pack's page sum for `key`. */
function subtractKey(run: PackRun, key: string, n: number): void {
  const left = (run.keyCounts.get(key) ?? n) - n;
  if (left > 0) run.keyCounts.set(key, left);
  else run.keyCounts.delete(key);
}

/** The text of changed blocks as the page gate reads it: each block's `textContent`, and its open shadow roots'. */
function textsOf(blocks: readonly Element[]): string[] {
  const texts: string[] = [];
  for (const block of blocks) {
    texts.push(block.textContent ?? '');
    for (const root of openShadowRoots(block)) texts.push(root.textContent ?? '');
  }
  return texts;
}

/** The nearest block-level ancestor (or the element itself), which is what we re-collect. */
function blockAncestor(element: Element): Element {
  let current: Element | null = element;
  while (current && !isBlock(current)) current = current.parentElement;
  return current ?? element;
}

/** Whether `node` is a block element, whose text forms segments of its own wherever it is added. */
function isWholeBlock(node: Node): boolean {
  return node.nodeType === 1 && isBlock(node as Element);
}

/** Drops blocks nested inside other blocks of the list. */
function outermost(blocks: Element[]): Element[] {
  return blocks.filter((block) => !blocks.some((other) => other !== block && other.contains(block)));
}

/** Sorts segments in document order: by block position, and by collection order within a block. */
function inDocumentOrder(a: SegmentRecord, b: SegmentRecord): number {
  if (a.segment.block === b.segment.block) return a.seq - b.seq;
  return a.segment.block.compareDocumentPosition(b.segment.block) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

/** Lets the page run before we continue: a macrotask, so input and rendering go first. */
function yieldToPage(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
