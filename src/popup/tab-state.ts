/**
 * Finds the tab the popup describes and asks its content script for the page report; works out
 * why when it cannot (a browser page, or site access withdrawn by the user).
 *
 * "The current tab" is the active tab of the popup's window. When the popup is open as a normal
 * tab itself (the e2e tests do that, and so can a user), that would be the popup: it then falls
 * back to the most recently used other tab, and `?tab=ID` names a tab outright.
 */
import { browser, type Tabs } from '../shared/browser';
import { PageReport, type Reply } from '../shared/messages';
import { hostnameOf, isScannableUrl, type TabView } from './tab-view';

/** The tab the popup describes, or undefined when there is none. */
export async function findTargetTab(search: string): Promise<Tabs.Tab | undefined> {
  const requested = Number(new URLSearchParams(search).get('tab'));
  if (Number.isInteger(requested) && requested > 0) {
    try {
      return await browser.tabs.get(requested);
    } catch {
      // The tab closed; fall back to the active one.
    }
  }
  const self = await browser.tabs.getCurrent().catch(() => undefined);
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  if (active && active.id !== self?.id) return active;
  const others = (await browser.tabs.query({})).filter((tab) => tab.id !== self?.id && tab.id !== undefined);
  others.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0) || (a.windowId === self?.windowId ? -1 : 1));
  return others[0];
}

/** Asks the tab's top frame for its page report and turns the answer (or silence) into a `TabView`. */
export async function loadTabView(tab: Tabs.Tab | undefined): Promise<TabView> {
  if (tab?.id === undefined) return { state: 'unscannable', reason: 'browser-page' };
  try {
    const reply = (await browser.tabs.sendMessage(tab.id, { type: 'page.report' }, { frameId: 0 })) as Reply<unknown> | undefined;
    const parsed = reply?.ok ? PageReport.safeParse(reply.value) : null;
    if (parsed?.success) return { state: 'report', tabId: tab.id, hostname: hostnameOf(parsed.data.url), report: parsed.data };
  } catch {
    // No content script answered; find out why below.
  }
  // Without the "tabs" permission the URL is visible only where we have host access, so an
  // unknown URL means either a browser page or a site the user has withdrawn from us.
  const url = tab.url;
  if (url !== undefined && !isScannableUrl(url)) return { state: 'unscannable', reason: 'browser-page' };
  const origins = url === undefined ? ['<all_urls>'] : url.startsWith('file:') ? ['file:///*'] : [`${new URL(url).origin}/*`];
  const granted = await browser.permissions.contains({ origins }).catch(() => true);
  if (!granted) return { state: 'no-access', tabId: tab.id, origins };
  return { state: 'unscannable', reason: url === undefined ? 'browser-page' : 'not-loaded' };
}
