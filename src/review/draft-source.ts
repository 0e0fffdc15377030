/**
 * Where the review page gets its article: the one-time `storage.session` key the popup wrote
 * (`review.html?draft=ID`), deleted as soon as it is read so that no article text lingers. A copy
 * stays in this tab's own `sessionStorage`, so that reloading the review page keeps the draft
 * while closing the tab forgets it.
 */
import { browser } from '../shared/browser';
import { DRAFT_KEY_PREFIX, ExtractedArticle } from '../shared/messages';
import { draftIdOf } from './draft-id';

export { draftIdOf };

/** Reads (and takes) the article handed to this review page, or null when there is none. */
export async function takeDraftArticle(search: string): Promise<ExtractedArticle | null> {
  const id = draftIdOf(search);
  if (id === null) return null;
  const key = `${DRAFT_KEY_PREFIX}${id}`;
  const stored = await browser.storage.session.get(key);
  let parsed = ExtractedArticle.safeParse(stored[key]);
  if (stored[key] !== undefined) {
    await browser.storage.session.remove(key);
    if (parsed.success) sessionStorage.setItem(key, JSON.stringify(parsed.data));
  }
  if (!parsed.success) {
    const kept = sessionStorage.getItem(key);
    if (kept === null) return null;
    try {
      parsed = ExtractedArticle.safeParse(JSON.parse(kept));
    } catch {
      return null;
    }
  }
  return parsed.success ? parsed.data : null;
}
