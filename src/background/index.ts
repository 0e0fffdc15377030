/**
 * The background service worker (an event page in Firefox). Listeners are registered synchronously
 * at the top level, as both browsers require for a worker that can be stopped at any time; state
 * that must outlive the worker is kept in storage.
 *
 * It answers only our own extension: content scripts (for badge counts, and to have the page rules
 * injected into their own frame) and extension pages (for writes). Every message is parsed with
 * zod; anything else gets no reply. Stored data is brought to the current layout at every start
 * and on every install or update, before any write.
 */
import { browser, type Runtime } from '../shared/browser';
import { BackgroundRequest, type Reply } from '../shared/messages';
import { clearTab, setFrameCount } from './badge';
import { registerCommands } from './commands';
import { injectContentRules } from './content-rules';
import { importPack, removePack, setPackEnabled } from './packs';
import { isContentScript, isExtensionPage, type Self } from './senders';
import { migrateStorage, updateSettings } from './store';

const self: Self = { id: browser.runtime.id, baseUrl: browser.runtime.getURL('') };
const PAGES_ONLY = 'Only the extension’s own pages may change settings or packs.';

function onMessage(message: unknown, sender: Runtime.MessageSender): Promise<Reply<unknown>> | undefined {
  const parsed = BackgroundRequest.safeParse(message);
  if (!parsed.success) return undefined;
  const request = parsed.data;
  if (request.type === 'mentions.counted') {
    if (!isContentScript(sender, self) || sender.tab?.id === undefined) return undefined;
    setFrameCount(sender.tab.id, sender.frameId ?? 0, request.count);
    return Promise.resolve({ ok: true, value: null });
  }
  if (request.type === 'content.loadRules') {
    if (!isContentScript(sender, self) || sender.tab?.id === undefined) return undefined;
    return injectContentRules(sender.tab.id, sender.frameId ?? 0);
  }
  if (!isExtensionPage(sender, self)) return Promise.resolve({ ok: false, error: PAGES_ONLY });
  switch (request.type) {
    case 'settings.update':
      return updateSettings(request.patch);
    case 'packs.import':
      return importPack(request.json);
    case 'packs.setEnabled':
      return setPackEnabled(request.id, request.enabled);
    case 'packs.remove':
      return removePack(request.id);
  }
}

browser.runtime.onMessage.addListener(onMessage);
registerCommands();
browser.runtime.onInstalled.addListener(() => void migrateStorage().catch(() => undefined));
browser.tabs.onRemoved.addListener((tabId) => clearTab(tabId));
browser.tabs.onUpdated.addListener((tabId, change) => {
  if (change.status === 'loading' && change.url !== undefined) clearTab(tabId);
});
// onInstalled does not fire when a worker merely restarts; the plan is a no-op once migrated.
void migrateStorage().catch(() => undefined);
