/**
 * The background service worker (an event page in Firefox). Listeners are registered synchronously
 * at the top level, as both browsers require for a worker that can be stopped at any time; state
 * that must outlive the worker is kept in storage.
 *
 * It answers only our own extension: content scripts (for badge counts) and extension pages (for
 * writes). Every message is parsed with zod; anything else gets no reply.
 */
import { browser, type Runtime } from '../shared/browser';
import { BackgroundRequest, type Reply } from '../shared/messages';
import { clearTab, setFrameCount } from './badge';
import { updateSettings } from './store';

/** Whether the sender is one of our extension pages (popup, options), not a content script. */
function isExtensionPage(sender: Runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id && typeof sender.url === 'string' && sender.url.startsWith(browser.runtime.getURL('')) && sender.tab === undefined;
}

/** Whether the sender is our content script in some tab. */
function isContentScript(sender: Runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id && sender.tab?.id !== undefined;
}

function onMessage(message: unknown, sender: Runtime.MessageSender): Promise<Reply<unknown>> | undefined {
  const parsed = BackgroundRequest.safeParse(message);
  if (!parsed.success) return undefined;
  const request = parsed.data;
  switch (request.type) {
    case 'mentions.counted':
      if (!isContentScript(sender) || sender.tab?.id === undefined) return undefined;
      setFrameCount(sender.tab.id, sender.frameId ?? 0, request.count);
      return Promise.resolve({ ok: true, value: null });
    case 'settings.update':
      if (!isExtensionPage(sender)) return Promise.resolve({ ok: false, error: 'Only the extension’s own pages may change settings.' });
      return updateSettings(request.patch);
  }
}

browser.runtime.onMessage.addListener(onMessage);
browser.tabs.onRemoved.addListener((tabId) => clearTab(tabId));
browser.tabs.onUpdated.addListener((tabId, change) => {
  if (change.status === 'loading' && change.url !== undefined) clearTab(tabId);
});
