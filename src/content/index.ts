/**
 * The content script, injected into every frame of every page at `document_idle`.
 *
 * What runs when:
 * - At start it reads the settings and packs from storage. If highlighting is off for this site,
 *   paused, or no pack is on, it only listens (for the popup's report request and for settings
 *   changes) and touches nothing.
 * - Otherwise it starts a `Scanner`, which paints highlights and follows the page's changes.
 * - A settings or pack change in storage stops the scanner and starts a new one with the new
 *   configuration (or none), so switches in the popup and options apply without a reload.
 * - Hovering or tapping a highlight opens its card (`HoverWatcher`, `CardController`); the keyboard
 *   commands and the popup's list move between highlights (`MentionNavigator`). The card's host
 *   element is only added to the page when a card first opens.
 * - When the extension is updated or removed, Chrome leaves this script orphaned; the next
 *   failed runtime call stops everything (`AbortController`), removing our highlights.
 *
 * It never reads or answers the page's own `postMessage` or DOM events: only messages from our
 * extension, delivered by the browser, reach it.
 */
import { createMatcher } from '../core/matcher';
import { browser, type Runtime } from '../shared/browser';
import { TabRequest, type PageReport, type Reply } from '../shared/messages';
import { isSiteEnabled, type Settings } from '../shared/settings';
import { onStorageChanged, readPacks, readSettings } from '../shared/storage';
import { CardController } from './card-controller';
import { Highlighter, isDarkPage } from './highlighter';
import { HoverWatcher } from './hover-watcher';
import { MentionNavigator } from './mention-navigator';
import { Scanner, type ActivePack } from './scanner';

type Inactive = PageReport['inactive'];

/** Everything one run of the content script owns. */
class ContentApp {
  private readonly controller = new AbortController();
  private scanner: Scanner | null = null;
  private packIds: string[] = [];
  private inactive: Inactive = undefined;
  private generation = 0;
  private countTimer: ReturnType<typeof setTimeout> | null = null;
  private readonly card = new CardController(document, this.controller.signal);
  private readonly hover = new HoverWatcher(document, this.card, this.controller.signal);
  private readonly navigator = new MentionNavigator(document, this.card, () => this.scanner?.mentions() ?? []);
  /** Set by the toggle command: highlights hidden on this page until it is reloaded. */
  private pageHidden = false;
  /** False until a configuration has read storage and decided what to run (no scanner yet, or none needed). */
  private configured = false;

  /** Starts listening and runs the first configuration. */
  async start(): Promise<void> {
    const signal = this.controller.signal;
    const onMessage = (message: unknown, sender: Runtime.MessageSender): Promise<Reply<unknown>> | undefined => this.onMessage(message, sender);
    browser.runtime.onMessage.addListener(onMessage);
    signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onMessage), { once: true });
    onStorageChanged(() => void this.configure(), signal);
    window.addEventListener('pagehide', (event) => {
      if (!event.persisted) this.stop();
    }, { signal });
    await this.configure();
  }

  /** Stops scanning and listening; our highlights are removed. */
  stop(): void {
    this.scanner?.stop();
    this.scanner = null;
    this.controller.abort();
  }

  /** Reads settings and packs and (re)starts the scanner to match them. */
  private async configure(): Promise<void> {
    const generation = ++this.generation;
    let settings: Settings;
    let entries: Awaited<ReturnType<typeof readPacks>>;
    try {
      [settings, entries] = await Promise.all([readSettings(), readPacks()]);
    } catch {
      // The extension was updated or removed under us: nothing of ours may stay on the page.
      this.stop();
      return;
    }
    if (generation !== this.generation || this.controller.signal.aborted) return;
    this.card.setSource(null);
    this.hover.setIndex(null, settings.hoverDelayMs);
    this.scanner?.stop();
    this.scanner = null;
    this.configured = false;

    const enabled = entries.filter((entry) => entry.enabled);
    this.packIds = enabled.map((entry) => entry.pack.id);
    this.inactive = this.pageHidden ? 'page-hidden' : settings.paused ? 'paused' : !isSiteEnabled(settings, location.hostname) ? 'site-disabled' : enabled.length === 0 ? 'no-packs' : undefined;
    if (this.inactive || !Highlighter.isSupported()) {
      this.configured = true;
      this.sendCount(0);
      return;
    }
    const packs: ActivePack[] = [];
    for (const { pack } of enabled) {
      // Validating the packs (just done) and compiling a matcher each take tens of milliseconds
      // on a slow machine (measured 2026-11: 37 ms and 85 ms cold, at load average 7); a macrotask
      // between them keeps each of our tasks short instead of one long task at start-up.
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (generation !== this.generation || this.controller.signal.aborted) return;
      const actorIds = pack.actors.filter((actor) => actor.highlight && settings.actorKinds.includes(actor.kind)).map((actor) => actor.id);
      packs.push({ pack, matcher: createMatcher(pack, { actorIds }) });
    }
    const highlighter = new Highlighter(document);
    highlighter.setStyle(settings.palette, isDarkPage(document));
    this.scanner = new Scanner({
      doc: document,
      packs,
      highlighter,
      ownHost: () => this.card.hostElement,
      highlightClaims: settings.highlightClaims,
      onUpdate: () => this.scheduleCount(),
    });
    this.scanner.start();
    this.card.setSource({
      pack: (id) => packs.find((active) => active.pack.id === id)?.pack,
      setFocus: (range) => highlighter.setFocus(range),
      packCount: packs.length,
    });
    this.hover.setIndex(this.scanner, settings.hoverDelayMs);
  }

  private onMessage(message: unknown, sender: Runtime.MessageSender): Promise<Reply<unknown>> | undefined {
    // Only our own extension can reach runtime.onMessage, but check anyway: a message that does
    // not parse is not ours, and returning undefined leaves it to other listeners.
    if (sender.id !== browser.runtime.id) return undefined;
    const parsed = TabRequest.safeParse(message);
    if (!parsed.success) return undefined;
    const request = parsed.data;
    switch (request.type) {
      case 'page.report':
        return Promise.resolve({ ok: true, value: this.report(request.reasons === true) });
      case 'page.reveal': {
        // The popup has focus while it asks, so the card is shown and marked but does not take focus.
        const revealed = this.navigator.reveal(request.index, false);
        return Promise.resolve(revealed ? { ok: true, value: revealed } : { ok: false, error: 'That mention is no longer on the page.' });
      }
      case 'page.step': {
        const revealed = this.navigator.step(request.direction);
        return Promise.resolve(revealed ? { ok: true, value: revealed } : { ok: false, error: 'Nothing is highlighted on this page.' });
      }
      case 'card.describe':
        return Promise.resolve({ ok: true, value: this.card.describe() });
      case 'page.toggle':
        this.pageHidden = !this.pageHidden;
        return this.configure().then(() => ({ ok: true, value: { hidden: this.pageHidden } }));
    }
  }

  private report(reasons = false): PageReport {
    const mentions = this.scanner?.report() ?? [];
    return {
      packId: this.packIds[0] ?? '',
      packIds: this.packIds,
      url: location.href,
      mentions,
      ...(this.inactive ? { inactive: this.inactive } : {}),
      ...(this.scanner ? { stories: this.scanner.stories() } : {}),
      // Before the first configuration there is no scanner yet, and nothing has been looked at.
      complete: this.inactive !== undefined || (this.scanner?.isComplete ?? this.configured),
      ...(this.scanner ? { stats: this.scanner.getStats(reasons) } : {}),
    };
  }

  private scheduleCount(): void {
    if (this.countTimer !== null) return;
    this.countTimer = setTimeout(() => {
      this.countTimer = null;
      this.sendCount(this.scanner?.mentionCount() ?? 0);
    }, 250);
  }

  private sendCount(count: number): void {
    browser.runtime.sendMessage({ type: 'mentions.counted', count }).catch(() => {
      // The background may be restarting; the next update sends the count again.
    });
  }
}

declare global {
  var __nclContentLoaded: boolean | undefined;
}

// A frame can receive the script twice (re-injection after an update); only the first run acts.
if (!globalThis.__nclContentLoaded) {
  globalThis.__nclContentLoaded = true;
  void new ContentApp().start();
}
