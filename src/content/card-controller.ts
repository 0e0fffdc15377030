/**
 * The card controller: owns the one element we add to a page for the hover card, its closed
 * shadow root, and the Preact tree inside it.
 *
 * What runs when:
 * - Nothing is added to the page until a card first opens; then one `<ncl-card>` host is appended
 *   to `<html>`, with a closed shadow root and `popover="manual"`, so it sits in the top layer
 *   above the page's own overlays and never takes part in the page's layout.
 * - `open()` renders the card, shows the popover and positions it with floating-ui (flip, shift,
 *   inline rects of the line under the pointer). While open, floating-ui's `autoUpdate` follows
 *   scrolling and resizing; when the highlight scrolls out of view or leaves the page, the card
 *   closes.
 * - `close()` hides the popover, clears the focus highlight and gives focus back where it was.
 * - When the content script stops (abort signal), the host is removed: the page is as it was.
 *
 * The shadow root is closed so that the page cannot read the pack through it, and its styles are
 * a constructable stylesheet (a `<style>` made with `createElement` where `adoptedStyleSheets`
 * cannot be set), so that a strict page CSP does not block them.
 */
import { autoUpdate, computePosition, flip, hide, inline, offset, shift, size, type VirtualElement } from '@floating-ui/dom';
import { h, render } from 'preact';
import type { Pack } from '../core/pack';
import type { CardDescription } from '../shared/messages';
import { CARD_CSS } from '../ui/card-css';
import type { CardMention } from '../ui/card-model';
import { MentionCard } from '../ui/MentionCard';
import { PREFIX } from './highlight-styles';
import { liveRange, type PaintedMention } from './painted';

/** The tag of our host element; a custom-element name, so no page rule for `div` or `span` hits it. */
export const CARD_HOST_TAG = `${PREFIX}-card`;

/** What the controller needs from the running scanner. */
export interface CardSource {
  /** The pack with `id`, to describe a mention. */
  pack(id: string): Pack | undefined;
  /** Paints (or clears) the focus highlight on the mention the card describes. */
  setFocus(range: AbstractRange | null): void;
  /** How many packs are on; with more than one, the card names the pack it describes. */
  readonly packCount?: number;
}

/** How a card was opened, which decides how it behaves. */
export interface OpenOptions {
  /** Move keyboard focus into the card (keyboard commands); hover never steals focus. */
  readonly takeFocus: boolean;
  /** Paint the focus highlight on the anchor (keyboard and popup jumps show where they went). */
  readonly markAnchor: boolean;
  /** The pointer position, so a card for a highlight that wraps lines opens at the line pointed at. */
  readonly point?: { readonly x: number; readonly y: number };
  /** Opened by hovering: it closes again when the pointer leaves. */
  readonly byHover: boolean;
}

/** What the hover watcher and the navigator drive: one card at a time, over painted mentions; a fake in tests. */
export interface CardSurface {
  /** The mention the open card describes, or null when closed. */
  readonly anchor: PaintedMention | null;
  /** Whether the open card was opened by hovering (and so closes when the pointer leaves). */
  readonly isHoverCard: boolean;
  /** Whether `target` (an event target) is the card. */
  isCard(target: EventTarget | null): boolean;
  /** Opens the card for `mentions` (the first is the anchor); false when it cannot. */
  open(mentions: readonly PaintedMention[], options: OpenOptions): boolean;
  /** Closes the card, if open. */
  close(): void;
}

/** Turns a painted mention into what the card shows. */
export function toCardMention(painted: PaintedMention): CardMention {
  const { mention, side } = painted;
  return {
    kind: mention.kind,
    id: mention.id,
    text: mention.text,
    explanation: mention.explanation,
    ...(side ? { side } : {}),
    ...(mention.kind === 'claim' ? { cues: mention.cues, ...(mention.attribution ? { attribution: mention.attribution } : {}) } : {}),
  };
}

/** Owns the card's host element and shows one card at a time. */
export class CardController implements CardSurface {
  private host: HTMLElement | null = null;
  private mount: HTMLElement | null = null;
  private source: CardSource | null = null;
  private anchorMention: PaintedMention | null = null;
  private openedByHover = false;
  private stopAutoUpdate: (() => void) | null = null;
  private returnFocus: HTMLElement | null = null;

  /** Prepares the controller; the host is created on first open and removed when `signal` aborts. */
  constructor(
    private readonly doc: Document,
    signal: AbortSignal,
  ) {
    signal.addEventListener('abort', () => this.destroy(), { once: true });
  }

  /** Our host element, if it exists yet (the scanner skips it). */
  get hostElement(): HTMLElement | null {
    return this.host;
  }

  /** The mention the open card describes, or null when closed. */
  get anchor(): PaintedMention | null {
    return this.anchorMention;
  }

  /** Whether the open card was opened by hovering (and so closes when the pointer leaves). */
  get isHoverCard(): boolean {
    return this.anchorMention !== null && this.openedByHover;
  }

  /** Whether `target` (an event target) is our card. */
  isCard(target: EventTarget | null): boolean {
    return this.host !== null && target === this.host;
  }

  /** Sets where mentions are described from; null while highlighting is off. Closes any card. */
  setSource(source: CardSource | null): void {
    this.close();
    this.source = source;
  }

  /** Opens the card for the highlights in `mentions` (the first is the anchor). */
  open(mentions: readonly PaintedMention[], options: OpenOptions): boolean {
    const source = this.source;
    const first = mentions[0];
    if (!source || !first) return false;
    const pack = source.pack(first.packId);
    const reference = this.reference(first);
    if (!pack || !reference) return false;
    const host = this.ensureHost();
    if (!host || !this.mount) return false;

    this.stopAutoUpdate?.();
    this.stopAutoUpdate = null;
    if (options.takeFocus && !this.anchorMention) {
      const active = this.doc.activeElement;
      this.returnFocus = active instanceof HTMLElement && active !== this.doc.body && active !== host ? active : null;
    }
    this.anchorMention = first;
    this.openedByHover = options.byHover;
    source.setFocus(options.markAnchor ? first.range : null);
    const cardMentions = mentions.filter((m) => m.packId === first.packId).map(toCardMention);
    // Park it off screen until floating-ui has measured it, so it never flashes at the corner; it
    // is shown before it renders so that the card can take focus as it mounts.
    host.style.setProperty('--ncl-x', '-10000px');
    host.style.setProperty('--ncl-y', '0px');
    this.show(host);
    const packLabel = (source.packCount ?? 1) > 1 ? pack.article.title : undefined;
    render(
      h(MentionCard, { pack, mentions: cardMentions, takeFocus: options.takeFocus, onClose: () => this.close(), packLabel }),
      this.mount,
    );
    const update = (): void => void this.position(host, reference, options.point);
    this.stopAutoUpdate = autoUpdate(reference, host, update, { animationFrame: false });
    return true;
  }

  /** Closes the card, if open. */
  close(): void {
    this.stopAutoUpdate?.();
    this.stopAutoUpdate = null;
    if (!this.anchorMention) return;
    this.anchorMention = null;
    this.source?.setFocus(null);
    const host = this.host;
    if (host) {
      const hadFocus = this.doc.activeElement === host;
      this.hide(host);
      if (this.mount) render(null, this.mount);
      const back = this.returnFocus;
      this.returnFocus = null;
      if (hadFocus && back?.isConnected) back.focus({ preventScroll: true });
    }
  }

  /** What the open card shows, for `card.describe`. */
  describe(): CardDescription {
    const anchor = this.anchorMention;
    if (!anchor || !this.mount) return { open: false };
    const text = (this.mount.textContent ?? '').replace(/\s+/g, ' ').trim();
    const kind = this.mount.querySelector('[data-card-kind]')?.getAttribute('data-card-kind');
    const id = this.mount.querySelector('[data-card-kind]')?.getAttribute(kind === 'claim' ? 'data-claim-id' : 'data-actor-id');
    return {
      open: true,
      kind: kind === 'claim' ? 'claim' : 'actor',
      id: id ?? anchor.mention.id,
      text,
      focused: this.doc.activeElement === this.host,
    };
  }

  /** Removes the host from the page. */
  destroy(): void {
    this.close();
    if (this.mount) render(null, this.mount);
    this.host?.remove();
    this.host = null;
    this.mount = null;
  }

  private ensureHost(): HTMLElement | null {
    if (this.host?.isConnected) return this.host;
    const root = this.doc.documentElement;
    if (!root) return null;
    const host = this.host ?? this.createHost();
    root.append(host);
    return host;
  }

  private createHost(): HTMLElement {
    const host = this.doc.createElement(CARD_HOST_TAG);
    if (typeof host.showPopover === 'function') host.setAttribute('popover', 'manual');
    const shadow = host.attachShadow({ mode: 'closed' });
    adoptStyles(this.doc, shadow, CARD_CSS);
    const mount = this.doc.createElement('div');
    mount.className = `${PREFIX}-root`;
    shadow.append(mount);
    this.host = host;
    this.mount = mount;
    return host;
  }

  private show(host: HTMLElement): void {
    host.setAttribute('data-ncl-open', '');
    if (typeof host.showPopover === 'function' && !host.matches(':popover-open')) {
      try {
        host.showPopover();
      } catch {
        // Only thrown for a disconnected host; `data-ncl-open` still shows it above the page.
      }
    }
  }

  private hide(host: HTMLElement): void {
    host.removeAttribute('data-ncl-open');
    if (typeof host.hidePopover === 'function' && host.matches(':popover-open')) host.hidePopover();
  }

  /** A floating-ui reference for a painted mention: its live range, measured on demand. */
  private reference(painted: PaintedMention): VirtualElement | null {
    const range = liveRange(this.doc, painted);
    if (!range) return null;
    const contextElement = range.startContainer.parentElement ?? undefined;
    return {
      getBoundingClientRect: () => (range.startContainer.isConnected ? range.getBoundingClientRect() : new DOMRect(-1e5, -1e5, 0, 0)),
      getClientRects: () => (range.startContainer.isConnected ? range.getClientRects() : ([] as unknown as DOMRectList)),
      ...(contextElement ? { contextElement } : {}),
    };
  }

  private async position(host: HTMLElement, reference: VirtualElement, point: OpenOptions['point']): Promise<void> {
    const anchor = this.anchorMention;
    if (!anchor || !anchor.range.startContainer.isConnected) {
      this.close();
      return;
    }
    const { x, y, middlewareData } = await computePosition(reference, host, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [
        inline(point ? { x: point.x, y: point.y } : {}),
        offset(6),
        flip({ padding: 8 }),
        shift({ padding: 8 }),
        // Where neither side has room for the whole card, it scrolls inside the room there is.
        size({
          padding: 8,
          apply: ({ availableHeight }) => host.style.setProperty('--ncl-max-h', `${Math.max(160, Math.floor(availableHeight))}px`),
        }),
        hide({ strategy: 'referenceHidden' }),
      ],
    });
    if (this.anchorMention !== anchor) return;
    if (middlewareData.hide?.referenceHidden) {
      // Its highlight scrolled out of view (or out of a scrolled container): the card goes too.
      this.close();
      return;
    }
    host.style.setProperty('--ncl-x', `${Math.round(x)}px`);
    host.style.setProperty('--ncl-y', `${Math.round(y)}px`);
  }
}

/**
 * Gives `root` our stylesheet: a constructable sheet where the browser lets content scripts adopt
 * one, else a `<style>` element made with the document's `createElement`. As of 2026-11, Firefox
 * 140 content scripts cannot assign `adoptedStyleSheets` (later releases can).
 */
function adoptStyles(doc: Document, root: ShadowRoot, css: string): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [sheet];
    return;
  } catch {
    // Fall through to the element.
  }
  const style = doc.createElement('style');
  style.textContent = css;
  root.append(style);
}
