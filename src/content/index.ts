/**
 * The content script, injected into every frame of every page at `document_idle`.
 *
 * What runs when:
 * - At start it reads the settings. If highlighting is off for this site, paused, or hidden on
 *   this page, it only listens (for the popup's requests and for settings changes) and touches
 *   nothing.
 * - Otherwise it reads the frame's text in one native call (`textContent`). A frame without text
 *   (an ad slot, a tracking pixel, an empty `about:blank`) reads no pack and compiles nothing.
 *   With text, the packs are read and the page gate (`page-gate.ts`) tells which of them the text
 *   could mention at all; open shadow roots are read too when the light text does not settle it.
 * - A `PageSession` (`page-session.ts`: the highlights, a `Scanner`, and the card pointed at them)
 *   starts with the matchers of those packs only; its scanner paints highlights and follows
 *   the page's changes. The matcher and page rules are not in this bundle: the first frame's
 *   need has the background inject them (`rules.ts`). With none, the scanner only watches: the text of every batch of changes
 *   goes through the gate, and when it names a pack that is not looked for yet, everything
 *   restarts with it. So a page that never mentions the story costs a read of its text and a
 *   mutation observer.
 * - The pointer and keyboard watchers and the card (`HoverWatcher`, `CardController`,
 *   `MentionNavigator`) are set up with the first scanner that looks for a pack; the card's host
 *   element is only added to the page when a card first opens.
 * - A settings or pack change in storage stops the session, as a unit, and starts a new one with
 *   the new configuration (or none), so switches in the popup and options apply without a reload.
 * - When the extension is updated or removed, Chrome leaves this script orphaned; the next
 *   failed runtime call stops everything (`AbortController`), removing our highlights.
 *
 * It never reads or answers the page's own `postMessage` or DOM events: only messages from our
 * extension, delivered by the browser, reach it.
 */
import type { Pack } from '../core/pack';
import { nothingOfTheStory } from '../core/story-verdict';
import { browser, type Runtime } from '../shared/browser';
import type { PageReport, Reply, StoryVerdict } from '../shared/messages';
import type { Settings } from '../shared/settings';
import { isSiteEnabled } from '../shared/sites';
import { KEYS, onStorageChanged } from '../shared/storage-keys';
import type { CardUi } from './card-ui';
import { readEnabledPacks, readSettings, storeVariantTables } from './config';
import { Highlighter, isDarkPage } from './highlighter';
import { createPageGate, openShadowRoots, type PageGate } from './page-gate';
import { PageSession } from './page-session';
import { loadRules, type ContentRules } from './rules';
import type { VariantTable } from '../core/variant-table';
import type { ActivePack, Scanner } from './scanner';
import { tabRequestFrom } from './tab-request';

type Inactive = PageReport['inactive'];

/** What one configuration (one reading of settings) knows about the packs, read only when needed. */
interface PackState {
  /** The packs switched on. */
  readonly enabled: Pack[];
  /** Their variant tables, in the same order (null: none known yet; see src/core/variant-table.ts). */
  readonly variants: readonly (VariantTable | null)[];
  /** The gate over them, compiled on first use. */
  gate: PageGate | null;
}

/**
 * The card is imported when first needed. esbuild turns this import into a module that the bundle
 * initialises on first use, so a frame that never shows a card never evaluates it. The matcher
 * and the page rules are not in this bundle at all: `loadRules` has them injected into the frame
 * that needs them (see rules.ts); building the vocabulary's tables took 20-25 ms of CPU in every
 * frame (measured 2026-12, Chromium 156), against a goal of 2 ms for an empty frame.
 */
const loadCardUi = (): Promise<typeof import('./card-ui')> => import('./card-ui');

const hasText = (text: string): boolean => /\S/.test(text);

/** Lets the page run before we continue: a macrotask, so input and rendering go first. */
const yieldToPage = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** Everything one run of the content script owns. */
class ContentApp {
  private readonly controller = new AbortController();
  /** What the current configuration runs on the page; null before the first and while inactive. */
  private session: PageSession | null = null;
  private settings: Settings | null = null;
  private packs: PackState | null = null;
  private inactive: Inactive = undefined;
  private generation = 0;
  private countTimer: ReturnType<typeof setTimeout> | null = null;
  private sentCount = 0;
  private ui: CardUi | null = null;
  /** Set by the toggle command: highlights hidden on this page until it is reloaded. */
  private pageHidden = false;
  /** False until a configuration has read storage and decided what to run (no scanner yet, or none needed). */
  private configured = false;

  /** Starts listening and runs the first configuration. */
  async start(): Promise<void> {
    const signal = this.controller.signal;
    const onMessage = (message: unknown, sender: Runtime.MessageSender): Promise<Reply<unknown>> | undefined =>
      this.onMessage(message, sender);
    browser.runtime.onMessage.addListener(onMessage);
    signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onMessage), { once: true });
    // The variant tables are a cache that this script writes itself: keeping them changes nothing on the page.
    onStorageChanged((keys) => {
      if (keys.some((key) => key !== KEYS.variantTables)) void this.configure();
    }, signal);
    window.addEventListener(
      'pagehide',
      (event) => {
        if (!event.persisted) this.stop();
      },
      { signal },
    );
    await this.configure();
  }

  /** Stops scanning and listening; our highlights are removed. */
  stop(): void {
    this.session?.stop();
    this.session = null;
    this.controller.abort();
  }

  /** The card and its watchers, created on first need. */
  private async ensureUi(): Promise<CardUi> {
    if (!this.ui) {
      const { createCardUi } = await loadCardUi();
      this.ui ??= createCardUi(document, this.controller.signal, () => this.scanner?.mentions() ?? []);
    }
    return this.ui;
  }

  /** Reads the packs once per configuration; null when the configuration has been replaced meanwhile. */
  private async loadPacks(generation: number): Promise<PackState | null> {
    if (this.packs) return this.packs;
    const { enabled, variants } = await readEnabledPacks();
    if (generation !== this.generation || this.controller.signal.aborted) return null;
    this.packs ??= { enabled, variants, gate: null };
    return this.packs;
  }

  private gateOf(state: PackState, settings: Settings): PageGate {
    state.gate ??= createPageGate(
      state.enabled.map((pack, i) => ({ pack, actorIds: highlightedActors(pack, settings), variants: state.variants[i]?.rows ?? null })),
      settings.highlightClaims,
    );
    return state.gate;
  }

  /** Reads settings, then (when the frame has text) packs, and (re)starts the scanner to match them. */
  private async configure(): Promise<void> {
    const generation = ++this.generation;
    let settings: Settings;
    try {
      settings = await readSettings();
    } catch {
      // The extension was updated or removed under us: nothing of ours may stay on the page.
      this.stop();
      return;
    }
    if (generation !== this.generation || this.controller.signal.aborted) return;
    this.session?.stop();
    this.session = null;
    this.configured = false;
    this.settings = settings;
    this.packs = null;

    this.inactive = this.pageHidden
      ? 'page-hidden'
      : settings.paused
        ? 'paused'
        : !isSiteEnabled(settings, location.hostname)
          ? 'site-disabled'
          : undefined;
    if (this.inactive || !Highlighter.isSupported()) {
      this.configured = true;
      this.sendCount(0);
      return;
    }

    let active: number[] = [];
    let state: PackState | null = null;
    try {
      const root = document.body ?? document.documentElement;
      const light = root?.textContent ?? '';
      if (hasText(light)) {
        state = await this.loadPacks(generation);
        if (!state) return;
        // In slices: a 10 MB page's text is folded and searched chunk by chunk, with turns for the page.
        active = await this.gateOf(state, settings).packsInSliced([light], yieldToPage);
        if (generation !== this.generation || this.controller.signal.aborted) return;
      }
      // Open shadow roots hold text that `textContent` leaves out; they are looked at only when the
      // light text has not already settled every pack (walking the elements cost 7–13 ms on the
      // 760 KB bench page in Chromium 156).
      if (root && (!state || active.length < state.enabled.length)) {
        const shadowTexts = openShadowRoots(root)
          .map((shadow) => shadow.textContent ?? '')
          .filter(hasText);
        if (shadowTexts.length > 0) {
          state ??= await this.loadPacks(generation);
          if (!state) return;
          const more = await this.gateOf(state, settings).packsInSliced(shadowTexts, yieldToPage);
          if (generation !== this.generation || this.controller.signal.aborted) return;
          active = [...new Set([...active, ...more])].sort((a, b) => a - b);
        }
      }
    } catch {
      this.stop();
      return;
    }
    if (state && state.enabled.length === 0) {
      this.inactive = 'no-packs';
      this.configured = true;
      this.sendCount(0);
      return;
    }

    const packs: ActivePack[] = [];
    if (active.length > 0) {
      let rules: ContentRules;
      try {
        rules = await loadRules();
      } catch {
        // The background could not inject the rules: the extension was updated or removed, or
        // the frame is going away. Nothing is painted, as when storage is gone.
        this.stop();
        return;
      }
      if (generation !== this.generation || this.controller.signal.aborted) return;
      // The tables known make compiling cheaper too; those worked out now are kept for the next page's gate.
      rules.installVariantTables(state!.variants.filter((t): t is VariantTable => t !== null));
      const worked = new Map<string, VariantTable>();
      for (const index of active) {
        const pack = state!.enabled[index]!;
        // Compiling a matcher takes 7–12 ms (measured 2026-12, Chromium 156, on a loaded machine);
        // a macrotask before each keeps our tasks short instead of one long task at start-up.
        await yieldToPage();
        if (generation !== this.generation || this.controller.signal.aborted) return;
        const matcher = rules.createMatcher(pack, { actorIds: highlightedActors(pack, settings) });
        packs.push({ pack, matcher });
        if (state!.variants[index] === null) worked.set(pack.id, matcher.variantTable);
      }
      void storeVariantTables(worked).catch(() => undefined);
    }
    const ui = packs.length > 0 ? await this.ensureUi() : this.ui;
    if (generation !== this.generation || this.controller.signal.aborted) return;
    const highlighter = new Highlighter(document);
    if (packs.length > 0) highlighter.setStyle(settings.palette, isDarkPage(document));
    const watching = !state || packs.length < state.enabled.length;
    this.session = new PageSession({
      doc: document,
      packs,
      highlighter,
      ownHost: () => this.ui?.card.hostElement ?? null,
      highlightClaims: settings.highlightClaims,
      onUpdate: () => this.scheduleCount(),
      ...(watching ? { onNewText: (texts: string[]) => void this.onNewText(generation, active, texts) } : {}),
      ui: ui ?? null,
      hoverDelayMs: settings.hoverDelayMs,
      packCount: state?.enabled.length ?? 0,
    });
    this.session.start();
    this.configured = true;
  }

  /** The current session's scanner, if any. */
  private get scanner(): Scanner | null {
    return this.session?.scanner ?? null;
  }

  /**
   * Text the page added while some packs are not looked for: when the gate finds one of them in
   * it, everything starts again, and the new configuration looks for it on the whole page.
   */
  private async onNewText(generation: number, active: readonly number[], texts: string[]): Promise<void> {
    if (generation !== this.generation || !texts.some(hasText) || !this.settings) return;
    const state = await this.loadPacks(generation);
    if (!state || generation !== this.generation) return;
    if (state.enabled.length === 0) return;
    const wanted = this.gateOf(state, this.settings).packsIn(texts);
    if (wanted.some((index) => !active.includes(index))) void this.configure();
  }

  private onMessage(message: unknown, sender: Runtime.MessageSender): Promise<Reply<unknown>> | undefined {
    // Only our own extension can reach runtime.onMessage, but check anyway: a message that does
    // not parse is not ours, and returning undefined leaves it to other listeners.
    if (sender.id !== browser.runtime.id) return undefined;
    const request = tabRequestFrom(message);
    if (!request) return undefined;
    switch (request.type) {
      case 'page.report':
        return this.report(request.reasons === true).then((value) => ({ ok: true, value }));
      case 'page.reveal': {
        // The popup has focus while it asks, so the card is shown and marked but does not take focus.
        const revealed = this.ui?.navigator.reveal(request.index, false) ?? null;
        return Promise.resolve(revealed ? { ok: true, value: revealed } : { ok: false, error: 'That mention is no longer on the page.' });
      }
      case 'page.step': {
        const revealed = this.ui?.navigator.step(request.direction) ?? null;
        return Promise.resolve(revealed ? { ok: true, value: revealed } : { ok: false, error: 'Nothing is highlighted on this page.' });
      }
      case 'card.describe':
        return Promise.resolve({ ok: true, value: this.ui?.card.describe() ?? { open: false } });
      case 'page.toggle':
        this.pageHidden = !this.pageHidden;
        return this.configure().then(() => ({ ok: true, value: { hidden: this.pageHidden } }));
    }
  }

  private async report(reasons = false): Promise<PageReport> {
    // A frame without text has not read the packs; the report says which are on all the same.
    const generation = this.generation;
    if (this.configured && !this.inactive && !this.packs) {
      try {
        const state = await this.loadPacks(generation);
        if (state && state.enabled.length === 0 && !this.inactive) this.inactive = 'no-packs';
      } catch {
        // Storage is gone (the extension was updated); report what is known.
      }
    }
    const packIds = this.packs?.enabled.map((pack) => pack.id) ?? [];
    const mentions = this.scanner?.report() ?? [];
    return {
      packId: packIds[0] ?? '',
      packIds,
      url: location.href,
      mentions,
      ...(this.inactive ? { inactive: this.inactive } : {}),
      ...(this.scanner ? { stories: this.stories(this.scanner) } : {}),
      // Before the first configuration there is no scanner yet, and nothing has been looked at.
      complete: this.inactive !== undefined || (this.scanner?.isComplete ?? this.configured),
      ...(this.scanner ? { stats: this.scanner.getStats(reasons) } : {}),
    };
  }

  /**
   * Per pack that is on, whether the page is about its story. A pack the gate left out has no
   * alias, term or claim of its on the page, so its verdict is the one the page rules give a page
   * with none of them, which needs neither the page nor the rules (see core/story-verdict.ts).
   */
  private stories(scanner: Scanner): StoryVerdict[] {
    const scanned = new Map(scanner.stories().map((story) => [story.packId, story]));
    return (this.packs?.enabled ?? []).map((pack) => scanned.get(pack.id) ?? nothingOfTheStory(pack.id));
  }

  private scheduleCount(): void {
    // Nothing to tell while nothing was ever found (see sendCount): no timer either.
    if (this.countTimer !== null || (this.sentCount === 0 && (this.scanner?.mentionCount() ?? 0) === 0)) return;
    this.countTimer = setTimeout(() => {
      this.countTimer = null;
      this.sendCount(this.scanner?.mentionCount() ?? 0);
    }, 250);
  }

  /**
   * Tells the background this frame's count for the badge. A frame that has never had a mention
   * stays silent: the background forgets a tab's counts when it navigates, so a zero it has never
   * been told otherwise adds nothing, and every frame of every page waking the service worker
   * would cost more than the badge is worth.
   */
  private sendCount(count: number): void {
    if (count === 0 && this.sentCount === 0) return;
    this.sentCount = count;
    browser.runtime.sendMessage({ type: 'mentions.counted', count }).catch(() => {
      // The background may be restarting; the next update sends the count again.
    });
  }
}

/** The actors of `pack` whose mentions are highlighted with these settings. */
function highlightedActors(pack: Pack, settings: Settings): string[] {
  return pack.actors.filter((actor) => actor.highlight && settings.actorKinds.includes(actor.kind)).map((actor) => actor.id);
}

declare global {
  var __nclContentLoaded: boolean | undefined;
}

// A frame can receive the script twice (re-injection after an update); only the first run acts.
if (!globalThis.__nclContentLoaded) {
  globalThis.__nclContentLoaded = true;
  void new ContentApp().start();
}
