/**
 * Injects content-rules.js, the matcher and page rules that content.js leaves out (see
 * src/content/rules.ts), into the one frame whose content script asked for them.
 *
 * Only a content script may ask, for its own frame: the target is the tab and frame the browser
 * reports as the sender, never anything named in the message, and the file is always the same
 * one of ours, which only defines a function table on our content-script world's global.
 */
import { browser } from '../shared/browser';
import type { Reply } from '../shared/messages';

/** The bundle scripts/build.mjs writes from src/content/rules-entry.ts. */
export const CONTENT_RULES_FILE = 'content-rules.js';

/** Runs content-rules.js in frame `frameId` of tab `tabId`, replying once it has run. */
export async function injectContentRules(tabId: number, frameId: number): Promise<Reply<null>> {
  try {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [CONTENT_RULES_FILE] });
    return { ok: true, value: null };
  } catch (error) {
    return {
      ok: false,
      error: `The page rules could not be loaded into this frame: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}
