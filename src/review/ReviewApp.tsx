/**
 * The review page's data and actions: takes the article the popup handed over, drafts a pack from
 * it with the on-device builder (here rather than in the popup, because compromise is large and
 * the popup closes when it loses focus), keeps the reader's edits, and saves through the
 * background's `packs.import`, the same validation an imported file gets. What it shows is
 * `ReviewView`.
 */
import { useEffect, useState } from 'preact/hooks';
import { buildPack } from '../core/builder';
import { parsePack, type Pack } from '../core/pack';
import { browser } from '../shared/browser';
import type { PackImported, Reply } from '../shared/messages';
import { readPacks } from '../shared/storage';
import { takeDraftArticle } from './draft-source';
import { ReviewView, type ReviewState } from './ReviewView';
import { readableErrors } from './save-errors';

/** Drafts a pack from the handed-over article, or says why it cannot. */
async function loadReview(): Promise<ReviewState> {
  const article = await takeDraftArticle(location.search);
  if (!article) return { state: 'missing' };
  // Let "Drafting…" paint before the builder takes the main thread for a moment.
  await new Promise((resolve) => setTimeout(resolve, 0));
  try {
    const { pack, warnings } = buildPack(article);
    const parsed = parsePack(pack);
    if (!parsed.ok) return { state: 'failed', message: `The draft did not validate: ${parsed.errors.join('; ')}` };
    const existing = (await readPacks()).find((entry) => entry.pack.id === parsed.value.id && !entry.builtIn);
    return {
      state: 'ready',
      draft: parsed.value,
      warnings,
      ...(existing ? { replaces: existing.pack.article.title } : {}),
      save: { state: 'idle' },
    };
  } catch (error) {
    return { state: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
}

/** The whole review page, with its data. */
export function ReviewApp() {
  const [review, setReview] = useState<ReviewState>({ state: 'drafting' });
  useEffect(() => {
    void loadReview().then(setReview);
  }, []);

  const change = (draft: Pack): void => {
    if (review.state === 'ready') setReview({ ...review, draft, save: { state: 'idle' } });
  };
  const save = async (): Promise<void> => {
    if (review.state !== 'ready') return;
    const { draft } = review;
    setReview({ ...review, save: { state: 'saving' } });
    let reply: Reply<PackImported>;
    try {
      reply = (await browser.runtime.sendMessage({ type: 'packs.import', json: JSON.stringify(draft) })) as Reply<PackImported>;
    } catch (error) {
      reply = { ok: false, error: `The extension did not answer (${error instanceof Error ? error.message : 'no reply'}).` };
    }
    setReview((current) => {
      if (current.state !== 'ready') return current;
      if (reply.ok)
        return {
          ...current,
          replaces: reply.value.title,
          save: { state: 'saved', title: reply.value.title, replaced: reply.value.replaced },
        };
      return { ...current, save: { state: 'refused', errors: readableErrors(draft, reply.error) } };
    });
  };
  return (
    <ReviewView review={review} onChange={change} onSave={() => void save()} onOpenOptions={() => void browser.runtime.openOptionsPage()} />
  );
}
