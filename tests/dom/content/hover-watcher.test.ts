// @vitest-environment happy-dom
/**
 * Tests for src/content/hover-watcher.ts with a fake card, on a fake layout over mentions the real
 * scanner painted: resting on a highlight for the hover delay opens its card, moving into the card
 * keeps it, leaving closes it after the grace period, Escape and a click elsewhere close it, a tap
 * opens at once, and with no index nothing opens.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CardSurface, OpenOptions } from '../../../src/content/card-controller';
import { HoverWatcher } from '../../../src/content/hover-watcher';
import type { PaintedMention } from '../../../src/content/painted';
import type { Scanner } from '../../../src/content/scanner';
import { installLayout, installStaticRange, pointAt, scanPage, useFakeClock } from './page-fakes';

installStaticRange();

/** A card that remembers how it was opened. */
class FakeCard implements CardSurface {
  anchor: PaintedMention | null = null;
  opened: { texts: string[]; options: OpenOptions }[] = [];
  readonly host = document.createElement('ncl-card');
  private byHover = false;

  get isHoverCard(): boolean {
    return this.anchor !== null && this.byHover;
  }

  isCard(target: EventTarget | null): boolean {
    return target === this.host;
  }

  open(mentions: readonly PaintedMention[], options: OpenOptions): boolean {
    this.anchor = mentions[0] ?? null;
    this.byHover = options.byHover;
    this.opened.push({ texts: mentions.map((m) => m.mention.text), options });
    return true;
  }

  close(): void {
    this.anchor = null;
  }
}

const LINE_0 = 'Marta Quiroga said the lighthouse was no longer safe.';
const LINE_1 = 'At noon Olaf T. Brenner waved.';
const DELAY = 300;

let scanner: Scanner;
let card: FakeCard;
let controller: AbortController;
let undoLayout: () => void;

beforeEach(async () => {
  useFakeClock();
  document.body.innerHTML = `<p data-line="0">${LINE_0}</p><p data-line="1">${LINE_1}</p>`;
  document.body.append(Object.assign(document.createElement('p'), { textContent: 'x' }));
  undoLayout = installLayout(document);
  // happy-dom's animation frames do not follow the fake clock; one frame is 16 ms of it here.
  const view = document.defaultView as Window;
  vi.spyOn(view, 'requestAnimationFrame').mockImplementation((callback) => setTimeout(() => callback(performance.now()), 16) as never);
  vi.spyOn(view, 'cancelAnimationFrame').mockImplementation((id) => clearTimeout(id));
  ({ scanner } = await scanPage());
  card = new FakeCard();
  document.body.append(card.host);
  controller = new AbortController();
  new HoverWatcher(document, card, controller.signal).setIndex(scanner, DELAY);
});

afterEach(() => {
  controller.abort();
  scanner.stop();
  undoLayout();
  vi.restoreAllMocks();
  vi.useRealTimers();
});

/** Moves a mouse pointer to (x, y) over `target`. */
function move(point: { x: number; y: number }, target: EventTarget = document.body): void {
  target.dispatchEvent(new PointerEvent('pointermove', { pointerType: 'mouse', clientX: point.x, clientY: point.y, bubbles: true }));
}

const brenner = pointAt(1, LINE_1.indexOf('Brenner'));
const nowhere = { x: 900, y: 500 };

describe('HoverWatcher', () => {
  it('opens the card of the highlight the pointer rests on, once the hover delay has passed', async () => {
    move(pointAt(0, 2));
    await vi.advanceTimersByTimeAsync(DELAY - 50);
    expect(card.opened).toEqual([]);
    await vi.advanceTimersByTimeAsync(100);
    expect(card.opened).toHaveLength(1);
    expect(card.opened[0]?.texts).toEqual(['Marta Quiroga', LINE_0]);
    expect(card.opened[0]?.options).toMatchObject({ byHover: true, takeFocus: false, markAnchor: false });
  });

  it('opens nothing for a pointer that only passes over a highlight', async () => {
    move(brenner);
    await vi.advanceTimersByTimeAsync(100);
    move(nowhere);
    await vi.advanceTimersByTimeAsync(DELAY * 2);
    expect(card.opened).toEqual([]);
  });

  it('keeps a hover card open while the pointer is on the card, and closes it after the grace period once it leaves both', async () => {
    move(brenner);
    await vi.advanceTimersByTimeAsync(DELAY + 50);
    expect(card.anchor?.mention.text).toBe('Olaf T. Brenner');
    move(nowhere, card.host);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(card.anchor?.mention.text).toBe('Olaf T. Brenner');
    move(nowhere);
    await vi.advanceTimersByTimeAsync(100);
    // Still open: the pointer may be crossing the gap between highlight and card.
    expect(card.anchor).not.toBeNull();
    await vi.advanceTimersByTimeAsync(400);
    expect(card.anchor).toBeNull();
  });

  it('closes on Escape', async () => {
    move(brenner);
    await vi.advanceTimersByTimeAsync(DELAY + 50);
    expect(card.anchor).not.toBeNull();
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(card.anchor).toBeNull();
  });

  it('closes on a click elsewhere, not on a click on the card’s own highlight', async () => {
    move(brenner);
    await vi.advanceTimersByTimeAsync(DELAY + 50);
    const click = (point: { x: number; y: number }): boolean =>
      document.body.dispatchEvent(
        new PointerEvent('pointerdown', { pointerType: 'mouse', clientX: point.x, clientY: point.y, bubbles: true }),
      );
    click(brenner);
    expect(card.anchor?.mention.text).toBe('Olaf T. Brenner');
    click(nowhere);
    expect(card.anchor).toBeNull();
  });

  it('opens at once on a tap, and closes on a tap elsewhere', () => {
    const tap = (point: { x: number; y: number }): boolean =>
      document.body.dispatchEvent(
        new PointerEvent('pointerup', { pointerType: 'touch', clientX: point.x, clientY: point.y, bubbles: true }),
      );
    tap(brenner);
    expect(card.opened.map((o) => [o.texts, o.options.byHover])).toEqual([[['Olaf T. Brenner'], false]]);
    tap(nowhere);
    expect(card.anchor).toBeNull();
  });

  it('opens nothing while highlighting is off (no index)', async () => {
    const quiet = new FakeCard();
    const stopped = new AbortController();
    new HoverWatcher(document, quiet, stopped.signal).setIndex(null, DELAY);
    move(brenner);
    await vi.advanceTimersByTimeAsync(DELAY * 3);
    expect(quiet.opened).toEqual([]);
    stopped.abort();
  });

  it('stops listening when its signal aborts', async () => {
    controller.abort();
    move(brenner);
    await vi.advanceTimersByTimeAsync(DELAY * 3);
    expect(card.opened).toEqual([]);
  });
});
