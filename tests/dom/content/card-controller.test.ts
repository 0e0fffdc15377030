// @vitest-environment happy-dom
/**
 * Tests for src/content/card-controller.ts in happy-dom, over mentions the real scanner painted:
 * nothing is added to the page until a card opens; then one host in a closed shadow root shows
 * the card of the anchor (read back through `describe`, as the popup and the e2e tests read it);
 * it marks the anchor when asked, gives focus back on close, closes when its source goes, and the
 * host leaves the page when the content script stops.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CARD_HOST_TAG, CardController, type CardSource } from '../../../src/content/card-controller';
import type { Scanner } from '../../../src/content/scanner';
import { FakeHighlights, installStaticRange, lighthousePack, scanPage, useFakeClock } from './page-fakes';

installStaticRange();

let scanner: Scanner;
let controller: AbortController;
let card: CardController;
let focus: FakeHighlights;

/** The source the page session would give: our pack, and the focus highlight on a fake layer. */
function source(packCount = 1): CardSource {
  const pack = lighthousePack();
  return { pack: (id) => (id === pack.id ? pack : undefined), setFocus: (range) => focus.setFocus(range), packCount };
}

const hover = { takeFocus: false, markAnchor: false, byHover: true } as const;

beforeEach(async () => {
  useFakeClock();
  document.body.innerHTML =
    '<p>Marta Quiroga said the lighthouse was no longer safe.</p><p>At noon Olaf T. Brenner waved.</p><button id="before">Before</button>';
  ({ scanner } = await scanPage());
  focus = new FakeHighlights();
  controller = new AbortController();
  card = new CardController(document, controller.signal);
  card.setSource(source());
});

afterEach(() => {
  controller.abort();
  scanner.stop();
  vi.useRealTimers();
});

const mention = (text: string) => {
  const found = scanner.mentions().filter((m) => m.mention.text === text);
  if (found.length === 0) throw new Error(`no mention ${text}`);
  return found;
};

describe('CardController', () => {
  it('adds nothing to the page until a card opens, then one host whose shadow root the page cannot open', () => {
    expect(document.querySelector(CARD_HOST_TAG)).toBeNull();
    expect(card.open(mention('Olaf T. Brenner'), hover)).toBe(true);
    const hosts = document.querySelectorAll(CARD_HOST_TAG);
    expect(hosts).toHaveLength(1);
    expect(hosts[0]?.parentElement).toBe(document.documentElement);
    expect(hosts[0]?.shadowRoot).toBeNull();
    expect(card.isCard(hosts[0] ?? null)).toBe(true);
    card.close();
    card.open(mention('Olaf T. Brenner'), hover);
    expect(document.querySelectorAll(CARD_HOST_TAG)).toHaveLength(1);
  });

  it('shows the card of the anchor: who the person is, and no word like “false”', () => {
    card.open(mention('Olaf T. Brenner'), hover);
    const shown = card.describe();
    expect(shown).toMatchObject({ open: true, kind: 'actor', id: 'olaf-brenner', focused: false });
    expect(shown.open && shown.text).toContain('Olaf Brenner');
    expect(shown.open && shown.text).toContain('Coastal Board chairman');
    expect(shown.open && shown.text).not.toMatch(/\bfalse\b/i);
    expect(card.anchor?.mention.text).toBe('Olaf T. Brenner');
    expect(card.isHoverCard).toBe(true);
  });

  it('shows the claim card of a claim sentence, with the claim that contests it', () => {
    card.open(mention('Marta Quiroga said the lighthouse was no longer safe.'), hover);
    const shown = card.describe();
    expect(shown).toMatchObject({ open: true, kind: 'claim', id: 'unsafe' });
    expect(shown.open && shown.text).toContain('The lighthouse is still safe.');
  });

  it('names the pack’s article when more than one pack is on', () => {
    card.setSource(source(2));
    card.open(mention('Olaf T. Brenner'), hover);
    const shown = card.describe();
    expect(shown.open && shown.text).toContain('From “The old lighthouse”');
    card.setSource(source(1));
    card.open(mention('Olaf T. Brenner'), hover);
    const single = card.describe();
    expect(single.open && single.text).not.toContain('From “');
  });

  it('marks the anchor with the focus highlight when asked, and clears it on close', () => {
    const [brenner] = mention('Olaf T. Brenner');
    card.open(mention('Olaf T. Brenner'), { takeFocus: false, markAnchor: true, byHover: false });
    expect(focus.focus).toBe(brenner?.range);
    expect(card.isHoverCard).toBe(false);
    card.close();
    expect(focus.focus).toBeNull();
    expect(card.describe()).toEqual({ open: false });
    expect(document.querySelector(CARD_HOST_TAG)?.hasAttribute('data-ncl-open')).toBe(false);
  });

  it('takes focus when opened by the keyboard, and gives it back where it was on close', () => {
    const before = document.getElementById('before') as HTMLButtonElement;
    before.focus();
    card.open(mention('Olaf T. Brenner'), { takeFocus: true, markAnchor: true, byHover: false });
    expect(card.describe()).toMatchObject({ open: true, focused: true });
    card.close();
    expect(document.activeElement).toBe(before);
  });

  it('opens nothing without a source, and closes the open card when the source goes', () => {
    card.open(mention('Olaf T. Brenner'), hover);
    card.setSource(null);
    expect(card.describe()).toEqual({ open: false });
    expect(card.open(mention('Olaf T. Brenner'), hover)).toBe(false);
  });

  it('opens nothing for a mention whose paragraph has left the page', () => {
    const brenner = mention('Olaf T. Brenner');
    brenner[0]?.segment.block.remove();
    expect(card.open(brenner, hover)).toBe(false);
    expect(card.describe()).toEqual({ open: false });
  });

  it('removes its host from the page when the content script stops', () => {
    card.open(mention('Olaf T. Brenner'), hover);
    controller.abort();
    expect(document.querySelector(CARD_HOST_TAG)).toBeNull();
    expect(card.anchor).toBeNull();
  });
});
