/**
 * Who may ask the background for what. Privilege is decided by the sender the browser reports,
 * never by anything inside the message: a content script runs in pages we do not control, so it
 * may only report counts, while writes are accepted only from our own extension pages.
 */
import type { Runtime } from '../shared/browser';

/** Our own identity, as `runtime.id` and `runtime.getURL('')` give it. */
export interface Self {
  /** The extension id. */
  readonly id: string;
  /** The origin of our pages with a trailing slash, such as `chrome-extension://abc/`. */
  readonly baseUrl: string;
}

/**
 * Whether the sender is one of our extension pages (popup, options, or one opened in a tab). The
 * options page opens in a tab, so `sender.tab` says nothing here; the URL's origin decides.
 */
export function isExtensionPage(sender: Runtime.MessageSender, self: Self): boolean {
  if (sender.id !== self.id || typeof sender.url !== 'string' || self.baseUrl.length === 0) return false;
  if (sender.userScriptWorldId !== undefined) return false;
  // Chrome also reports the sender's origin; when present it must agree with the URL.
  const origin = (sender as { origin?: unknown }).origin;
  return sender.url.startsWith(self.baseUrl) && (origin === undefined || `${String(origin)}/` === self.baseUrl);
}

/** Whether the sender is our content script in some tab (not one of our pages shown in a tab). */
export function isContentScript(sender: Runtime.MessageSender, self: Self): boolean {
  return sender.id === self.id && sender.tab?.id !== undefined && !isExtensionPage(sender, self);
}
