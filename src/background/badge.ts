/**
 * The toolbar badge: how many mentions the current tab has, summed over its frames. Counts live in
 * memory only; when the service worker restarts, content scripts send their counts again on their
 * next update, and a badge is never more than one update stale.
 */
import { browser } from '../shared/browser';

const counts = new Map<number, Map<number, number>>();

/** Records one frame's count and redraws the tab's badge. */
export function setFrameCount(tabId: number, frameId: number, count: number): void {
  let frames = counts.get(tabId);
  if (!frames) {
    frames = new Map();
    counts.set(tabId, frames);
  }
  frames.set(frameId, count);
  void draw(tabId);
}

/** Forgets a tab's counts (navigation or close). */
export function clearTab(tabId: number): void {
  counts.delete(tabId);
  void draw(tabId);
}

async function draw(tabId: number): Promise<void> {
  let total = 0;
  for (const count of counts.get(tabId)?.values() ?? []) total += count;
  const text = total === 0 ? '' : total > 999 ? '999+' : String(total);
  try {
    await browser.action.setBadgeText({ tabId, text });
    await browser.action.setBadgeBackgroundColor({ tabId, color: '#6e40c9' });
  } catch {
    // The tab closed between the count and the draw.
  }
}
