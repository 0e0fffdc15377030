/**
 * What the popup knows about the tab it describes, as plain data, so the view can be rendered
 * (and tested) without a browser.
 */
import type { PageReport } from '../shared/messages';

/** The state of the current tab, as the popup shows it. */
export type TabView =
  /** Still asking the tab. */
  | { readonly state: 'loading' }
  /** The content script answered with its page report. */
  | { readonly state: 'report'; readonly tabId: number; readonly hostname: string; readonly report: PageReport }
  /** Nothing can run there: a browser page, an extension store, or a tab with no content script yet. */
  | { readonly state: 'unscannable'; readonly reason: 'browser-page' | 'not-loaded' }
  /** The user has withdrawn our access to this site (Firefox lets them); `origin` is what to ask for. */
  | { readonly state: 'no-access'; readonly tabId: number; readonly origins: readonly string[] };

/** The host name of a URL, or '' when it has none (file:, data:). */
export function hostnameOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

/** Whether extensions may ever run on a URL: only web pages and files, never browser or store pages. */
export function isScannableUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (!['http:', 'https:', 'file:'].includes(parsed.protocol)) return false;
  // The browsers' add-on stores refuse every extension's content scripts.
  return !['chromewebstore.google.com', 'chrome.google.com', 'addons.mozilla.org', 'microsoftedge.microsoft.com'].includes(parsed.hostname);
}
