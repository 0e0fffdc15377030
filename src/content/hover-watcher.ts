/**
 * Opens and closes the card from the pointer, the touch screen and the Escape key.
 *
 * What runs when:
 * - `pointermove` (mouse and pen) is read at most once per animation frame: the highlight under
 *   the pointer is found by `mentionsAtPoint`; resting on it for the hover delay from the settings
 *   opens its card. Moving onto the card keeps it open; leaving both highlight and card closes it
 *   after a short grace period, long enough to cross the gap between them.
 * - A tap (`pointerup` from touch) on a highlight opens its card at once; a tap or click anywhere
 *   else closes it.
 * - Escape closes the card; so does the tab being hidden.
 * Every listener is passive and tied to the content script's abort signal: the page's scrolling
 * and input are never delayed, and nothing is left behind when the script stops.
 */
import type { CardSurface } from './card-controller';
import { mentionsAtPoint, type MentionIndex } from './hit-test';
import type { PaintedMention } from './painted';

/** Time the pointer may spend between highlight and card before a hover card closes. */
const CLOSE_GRACE_MS = 300;

/** Watches the pointer and keyboard for one document and drives the card controller. */
export class HoverWatcher {
  private index: MentionIndex | null = null;
  private delayMs = 300;
  private frame = 0;
  private last: { x: number; y: number; target: EventTarget | null } | null = null;
  private pending: PaintedMention | null = null;
  private openTimer: ReturnType<typeof setTimeout> | null = null;
  private closeTimer: ReturnType<typeof setTimeout> | null = null;

  /** Starts listening on `doc` until `signal` aborts. */
  constructor(
    private readonly doc: Document,
    private readonly card: CardSurface,
    signal: AbortSignal,
  ) {
    const view = doc.defaultView;
    const options = { capture: true, passive: true, signal };
    doc.addEventListener('pointermove', (event) => this.onPointerMove(event), options);
    doc.addEventListener('pointerdown', (event) => this.onPointerDown(event), options);
    doc.addEventListener('pointerup', (event) => this.onPointerUp(event), options);
    doc.addEventListener('keydown', (event) => this.onKeyDown(event), options);
    doc.documentElement?.addEventListener('pointerleave', () => this.onPointerAway(), { passive: true, signal });
    doc.addEventListener(
      'visibilitychange',
      () => {
        if (doc.visibilityState === 'hidden') this.closeNow();
      },
      { signal },
    );
    signal.addEventListener(
      'abort',
      () => {
        this.cancelOpen();
        this.cancelClose();
        if (this.frame && view) view.cancelAnimationFrame(this.frame);
      },
      { once: true },
    );
  }

  /** Sets the index hovered mentions are looked up in (null while highlighting is off) and the delay. */
  setIndex(index: MentionIndex | null, delayMs: number): void {
    this.index = index;
    this.delayMs = delayMs;
    this.cancelOpen();
    this.cancelClose();
  }

  private onPointerMove(event: PointerEvent): void {
    if (event.pointerType === 'touch' || !this.index) return;
    this.last = { x: event.clientX, y: event.clientY, target: event.composedPath()[0] ?? event.target };
    const view = this.doc.defaultView;
    if (this.frame || !view) return;
    this.frame = view.requestAnimationFrame(() => {
      this.frame = 0;
      this.onPointerAt();
    });
  }

  private onPointerAt(): void {
    const point = this.last;
    const index = this.index;
    if (!point || !index) return;
    if (this.card.isCard(point.target)) {
      // On the card itself: it stays, and nothing new opens under it.
      this.cancelClose();
      this.cancelOpen();
      return;
    }
    const hits = mentionsAtPoint(this.doc, index, point.x, point.y, point.target);
    const first = hits[0];
    if (!first) {
      this.cancelOpen();
      if (this.card.isHoverCard) this.scheduleClose();
      return;
    }
    if (this.card.anchor && hits.includes(this.card.anchor)) {
      this.cancelClose();
      this.cancelOpen();
      return;
    }
    if (this.pending === first) return;
    this.cancelOpen();
    this.pending = first;
    this.openTimer = setTimeout(() => {
      this.openTimer = null;
      this.pending = null;
      this.cancelClose();
      this.card.open(hits, { takeFocus: false, markAnchor: false, byHover: true, point: { x: point.x, y: point.y } });
    }, this.delayMs);
  }

  private onPointerDown(event: PointerEvent): void {
    if (event.pointerType === 'touch' || !this.card.anchor) return;
    const target = event.composedPath()[0] ?? event.target;
    if (this.card.isCard(target)) return;
    // A click elsewhere closes the card, unless it lands on the card's own highlight.
    const hits = this.index ? mentionsAtPoint(this.doc, this.index, event.clientX, event.clientY, target) : [];
    if (!hits.includes(this.card.anchor)) this.closeNow();
  }

  private onPointerUp(event: PointerEvent): void {
    if (event.pointerType !== 'touch' || !this.index) return;
    const target = event.composedPath()[0] ?? event.target;
    if (this.card.isCard(target)) return;
    const hits = mentionsAtPoint(this.doc, this.index, event.clientX, event.clientY, target);
    this.cancelOpen();
    this.cancelClose();
    if (hits.length === 0) {
      this.closeNow();
      return;
    }
    // Touch has no hover: a tap opens the card at once, and it stays until the next tap elsewhere.
    this.card.open(hits, { takeFocus: false, markAnchor: false, byHover: false, point: { x: event.clientX, y: event.clientY } });
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (event.key !== 'Escape' || !this.card.anchor) return;
    this.closeNow();
  }

  private onPointerAway(): void {
    this.cancelOpen();
    if (this.card.isHoverCard) this.scheduleClose();
  }

  private scheduleClose(): void {
    if (this.closeTimer !== null) return;
    this.closeTimer = setTimeout(() => {
      this.closeTimer = null;
      if (this.card.isHoverCard) this.card.close();
    }, CLOSE_GRACE_MS);
  }

  private closeNow(): void {
    this.cancelOpen();
    this.cancelClose();
    this.card.close();
  }

  private cancelOpen(): void {
    if (this.openTimer !== null) clearTimeout(this.openTimer);
    this.openTimer = null;
    this.pending = null;
  }

  private cancelClose(): void {
    if (this.closeTimer !== null) clearTimeout(this.closeTimer);
    this.closeTimer = null;
  }
}
