/**
 * The matcher and the page rules (the whole claim vocabulary, the stance reader, the context
 * rules), which content.js does not carry. content.js is parsed in every frame of every page, and
 * these were more than half of it (measured 2026-12: about 150 of 257 KiB), while only a frame
 * whose text may name a pack's actors, terms or claims ever uses them.
 *
 * What runs when: the first call asks the background (`content.loadRules`) to inject
 * content-rules.js (src/content/rules-entry.ts) into this frame with `scripting.executeScript`.
 * That bundle only defines `RULES_GLOBAL` on the content-script world's global, where no page
 * script can see it; the background replies once it has run. Later calls reuse it, and a frame
 * where it is already defined (the configuration changed) asks for nothing. When the injection
 * fails (the extension was updated, the frame is gone) the promise rejects and the caller stops.
 */
import { browser } from '../shared/browser';
import type { Reply } from '../shared/messages';
import { RULES_GLOBAL, type ContentRules } from './rules-global';

export type { ContentRules } from './rules-global';

/** The background's message that injects content-rules.js into the sender's frame. */
export const LOAD_RULES_REQUEST = { type: 'content.loadRules' } as const;

let loading: Promise<ContentRules> | null = null;

const defined = (): ContentRules | undefined => (globalThis as unknown as Record<string, ContentRules | undefined>)[RULES_GLOBAL];

/** The rules, injected into this frame on first call. */
export function loadRules(): Promise<ContentRules> {
  const rules = defined();
  if (rules) return Promise.resolve(rules);
  loading ??= (async () => {
    const reply = (await browser.runtime.sendMessage(LOAD_RULES_REQUEST)) as Reply<null> | undefined;
    const injected = defined();
    if (reply?.ok === true && injected) return injected;
    throw new Error(reply && !reply.ok ? reply.error : 'The page rules could not be loaded.');
  })();
  // A failure is not kept: the next configuration asks again.
  loading.catch(() => {
    loading = null;
  });
  return loading;
}
