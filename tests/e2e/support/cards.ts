/**
 * Helpers for tests of the hover card. The card's shadow root is closed, so neither the page nor
 * a test through the page can read it: its text comes from `card.describe`, sent to the tab from
 * an extension page exactly as the popup sends its messages.
 */
import type { CardDescription, Reply } from '../../../src/shared/messages';
import { waitFor, type TestPage } from './browsers';

/** Sends a tab request to the top frame of the tab showing `url`, from an extension page. */
export async function sendToTab<T>(probe: TestPage, url: string, message: unknown): Promise<Reply<T>> {
  return (await probe.evaluate(
    async ({ target, body }: { target: string; body: unknown }) => {
      const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
      const tab = (await api.tabs.query({})).find((t) => t.url === target);
      if (tab?.id === undefined) return { ok: false, error: `no tab shows ${target}` };
      return (await api.tabs.sendMessage(tab.id, body, { frameId: 0 })) as unknown;
    },
    { target: url, body: message },
  )) as Reply<T>;
}

/** What the card in the tab showing `url` shows. */
export async function describeCard(probe: TestPage, url: string): Promise<CardDescription> {
  const reply = await sendToTab<CardDescription>(probe, url, { type: 'card.describe' });
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

/** Polls the card until `test` passes. */
export async function waitForCard(
  probe: TestPage,
  url: string,
  test: (card: CardDescription) => boolean,
  what: string,
  timeout = 5_000,
): Promise<CardDescription> {
  const deadline = Date.now() + timeout;
  let last: CardDescription = { open: false };
  while (Date.now() < deadline) {
    last = await describeCard(probe, url);
    if (test(last)) return last;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Timed out waiting for ${what}; card: ${JSON.stringify(last).slice(0, 400)}`);
}

/** The viewport centre of `words` inside the element `selector`, measured in the page. */
export function pointOf(page: TestPage, selector: string, words: string): Promise<{ x: number; y: number }> {
  return page.evaluate(
    ({ selector: sel, words: w }: { selector: string; words: string }) => {
      const element = document.querySelector(sel);
      const walker = document.createTreeWalker(element ?? document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = (node.nodeValue ?? '').indexOf(w);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + w.length);
        const rect = range.getClientRects()[0] as DOMRect;
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }
      throw new Error(`"${w}" not found in ${sel}`);
    },
    { selector, words },
  );
}

/** The card host's box and whether it is the element on top at its centre (top layer). */
export function hostBox(
  page: TestPage,
): Promise<{ open: boolean; onTop: boolean; left: number; top: number; right: number; bottom: number } | null> {
  return page.evaluate(() => {
    const host = document.querySelector('ncl-card');
    if (!host) return null;
    const rect = host.getBoundingClientRect();
    const top = document.elementFromPoint(rect.left + rect.width / 2, rect.top + Math.min(40, rect.height / 2));
    return {
      open: host.matches(':popover-open'),
      onTop: top === host,
      left: rect.left,
      top: rect.top,
      right: rect.right,
      bottom: rect.bottom,
    };
  });
}

/**
 * Waits until the open card rests where it will stay: placed by floating-ui (no longer parked off
 * screen, where it waits to be measured), then past its 120 ms fade-in, so that a screenshot shows
 * it as the reader does.
 */
export async function waitForCardPlaced(page: TestPage): Promise<void> {
  await waitFor(
    page,
    () => {
      const host = document.querySelector<HTMLElement>('ncl-card');
      return host !== null && host.hasAttribute('data-ncl-open') && host.style.getPropertyValue('--ncl-x') !== '-10000px';
    },
    undefined,
    5_000,
    'the card to be placed',
  );
  // The fade-in runs in the card's closed shadow root, whose animations neither
  // document.getAnimations() nor the host's getAnimations({ subtree: true }) report (checked
  // 2026-12 in Chromium and Firefox ESR 153), so no condition can tell that it has ended.
  await new Promise((r) => setTimeout(r, 400));
}
