/**
 * The keyboard commands of the manifest (`commands`), which the user can rebind in the browser's
 * shortcut settings. Each is forwarded to the top frame of the tab it was pressed in, as a typed
 * `TabRequest`; the content script there moves between highlights or hides them.
 */
import { browser, type Tabs } from '../shared/browser';
import type { TabRequest } from '../shared/messages';

/** The command names declared in manifest.json, each with the message it sends to the tab. */
export const COMMAND_MESSAGES: Readonly<Record<string, TabRequest>> = {
  'next-mention': { type: 'page.step', direction: 'next' },
  'previous-mention': { type: 'page.step', direction: 'previous' },
  'toggle-highlights': { type: 'page.toggle' },
};

/** The message a command sends, or null for a command we do not know. */
export function commandMessage(command: string): TabRequest | null {
  return Object.hasOwn(COMMAND_MESSAGES, command) ? (COMMAND_MESSAGES[command] ?? null) : null;
}

/** Forwards `command` to the tab it was pressed in (or the active tab when the browser gives none). */
export async function onCommand(command: string, tab: Tabs.Tab | undefined): Promise<void> {
  const message = commandMessage(command);
  if (!message) return;
  let tabId = tab?.id;
  if (tabId === undefined) {
    const [active] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
    tabId = active?.id;
  }
  if (tabId === undefined) return;
  try {
    await browser.tabs.sendMessage(tabId, message, { frameId: 0 });
  } catch {
    // No content script there (a browser page, the store, a tab loaded before install): nothing to move.
  }
}

/** Registers the command listener; call synchronously at the top of the background script. */
export function registerCommands(): void {
  // As of 2026-11, Firefox's `commands` API exists in MV3 event pages as in Chrome's worker; a
  // build without it (Firefox for Android) simply has no shortcuts.
  browser.commands?.onCommand.addListener((command, tab) => void onCommand(command, tab));
}
