// @vitest-environment happy-dom
/**
 * Tests for src/content/page-session.ts: a session starts its scanner and points the card and the
 * hover watcher at it, and stops as a unit (card disconnected, highlights gone, page changes no
 * longer followed).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CardSource } from '../../../src/content/card-controller';
import type { MentionIndex } from '../../../src/content/hit-test';
import { PageSession, type SessionUi } from '../../../src/content/page-session';
import { FakeHighlights, installStaticRange, lighthouse, scannerOptions } from './page-fakes';

installStaticRange();

/** A card and hover watcher that remember what the session told them. */
function fakeUi(): SessionUi & { source: CardSource | null; index: MentionIndex | null; delay: number } {
  const ui = {
    source: null as CardSource | null,
    index: null as MentionIndex | null,
    delay: 0,
    card: { setSource: (source: CardSource | null) => void (ui.source = source) },
    hover: {
      setIndex: (index: MentionIndex | null, delayMs: number) => {
        ui.index = index;
        ui.delay = delayMs;
      },
    },
  };
  return ui;
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'performance'] });
  document.body.innerHTML = '<p id="p">Marta L. Quiroga waved.</p>';
});

afterEach(() => vi.useRealTimers());

describe('PageSession', () => {
  it('points the card at its packs and highlights, and the hover watcher at its mentions', async () => {
    const highlights = new FakeHighlights();
    const ui = fakeUi();
    const active = lighthouse();
    const session = new PageSession({
      ...scannerOptions(highlights, [active]),
      ui,
      hoverDelayMs: 450,
      packCount: 2,
    });
    session.start();
    await vi.advanceTimersByTimeAsync(50);
    expect(session.scanner.report().map((m) => m.text)).toEqual(['Marta L. Quiroga']);
    expect(ui.index).toBe(session.scanner);
    expect(ui.delay).toBe(450);
    expect(ui.source?.pack('lighthouse')).toBe(active.pack);
    expect(ui.source?.pack('another')).toBeUndefined();
    expect(ui.source?.packCount).toBe(2);
    const [painted] = session.scanner.mentions();
    ui.source?.setFocus(painted?.range ?? null);
    expect(highlights.focus).toBe(painted?.range);
    session.stop();
  });

  it('stops as a unit: the card forgets it, its highlights go, and later changes are not followed', async () => {
    const highlights = new FakeHighlights();
    const ui = fakeUi();
    const session = new PageSession({
      ...scannerOptions(highlights),
      ui,
      hoverDelayMs: 300,
      packCount: 1,
    });
    session.start();
    await vi.advanceTimersByTimeAsync(50);
    expect(highlights.texts('actor')).toEqual(['Marta L. Quiroga']);
    session.stop();
    expect(ui.source).toBeNull();
    expect(ui.index).toBeNull();
    expect(highlights.unregistered).toBe(true);
    expect(highlights.texts('actor')).toEqual([]);
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'Olaf T. Brenner arrived.' }));
    await vi.advanceTimersByTimeAsync(500);
    expect(highlights.texts('actor')).toEqual([]);
    // Starting a stopped session again does nothing.
    session.start();
    expect(ui.source).toBeNull();
  });

  it('runs without a card: a frame whose card is not loaded yet still gets its highlights', async () => {
    const highlights = new FakeHighlights();
    const session = new PageSession({
      ...scannerOptions(highlights),
      ui: null,
      hoverDelayMs: 300,
      packCount: 1,
    });
    session.start();
    await vi.advanceTimersByTimeAsync(50);
    expect(highlights.texts('actor')).toEqual(['Marta L. Quiroga']);
    session.stop();
    expect(highlights.texts('actor')).toEqual([]);
  });
});
