/**
 * "Use this article": reads the article of the tab the popup describes and opens the review page
 * with it. The extractor is injected only now (see src/content/extract-entry.ts); the article is
 * handed over under a one-time `storage.session` key named in the review page's URL, which the
 * review page deletes as soon as it has read it. Nothing leaves the browser.
 */
import { browser } from '../shared/browser';
import { DRAFT_KEY_PREFIX, EXTRACT_FUNCTION, ExtractedArticle, type Reply } from '../shared/messages';

/** Why no article could be read from the tab, in words for the popup. */
export const NO_ARTICLE = 'No article was found on this page. Open the article itself (not a front page or a list of links) and try again.';

/** Runs the extractor in the tab's top frame and returns its article, or an error a person can read. */
export async function extractFromTab(tabId: number): Promise<Reply<ExtractedArticle>> {
  let raw: unknown;
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: ['extract.js'] });
    const [result] = await browser.scripting.executeScript({
      target: { tabId },
      // Runs in the tab's content-script world, where extract.js has just left the function.
      func: (name: string) => (globalThis as unknown as Record<string, () => unknown>)[name]?.() ?? null,
      args: [EXTRACT_FUNCTION],
    });
    raw = result?.result ?? null;
  } catch (error) {
    return { ok: false, error: `This page cannot be read (${error instanceof Error ? error.message : 'the browser refused'}).` };
  }
  if (raw === null) return { ok: false, error: NO_ARTICLE };
  const parsed = ExtractedArticle.safeParse(raw);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, error: NO_ARTICLE };
}

/** Stores the article under a fresh one-time key and opens the review page for it in a new tab. */
export async function openReview(article: ExtractedArticle): Promise<void> {
  const id = crypto.randomUUID();
  await browser.storage.session.set({ [`${DRAFT_KEY_PREFIX}${id}`]: article });
  await browser.tabs.create({ url: browser.runtime.getURL(`review.html?draft=${id}`) });
}
