/**
 * The review page's data and actions: takes the article the popup handed over, has the builder
 * worker draft a pack from it (builder-worker.js, which alone holds compromise: here rather than
 * in the popup, because compromise is large and the popup closes when it loses focus, and off the
 * main thread, so that the page paints its progress and stays responsive), keeps the reader's
 * edits, and saves through the background's `packs.import`, the same validation an imported file
 * gets. What it shows is `ReviewView`.
 */
import { useEffect, useState } from 'preact/hooks';
import { parsePack, type Pack } from '../core/pack';
import { browser } from '../shared/browser';
import type { PackImported, Reply } from '../shared/messages';
import { readPacks } from '../shared/storage';
import { type DraftInWorkerOptions, draftInWorker } from './builder-client';
import { takePrestarted } from './builder-prestart';
import type { BuilderProgress } from './builder-protocol';
import { takeDraftArticle } from './draft-source';
import { ReviewView, type ReviewState } from './ReviewView';
import { readableErrors } from './save-errors';

/**
 * Starts the builder worker from the extension's own files. The extension pages' CSP has no
 * `worker-src`, so workers fall back to `script-src 'self'`, which allows this file and nothing
 * from elsewhere (checked end to end in Chromium and Firefox ESR 153, 2026-12).
 */
const createBuilderWorker: DraftInWorkerOptions['createWorker'] = () => new Worker(browser.runtime.getURL('builder-worker.js'));

/** Drafts a pack from the handed-over article in the builder worker, or says why it cannot. */
async function loadReview(onProgress: (progress: BuilderProgress) => void, signal: AbortSignal): Promise<ReviewState> {
  // The worker review.html's first script started for this draft, if it did (builder-prestart.ts).
  const prestarted = takePrestarted();
  const article = await takeDraftArticle(location.search);
  if (!article) {
    prestarted?.cancel();
    return { state: 'missing' };
  }
  const drafted = await draftInWorker(article, { createWorker: prestarted?.createWorker ?? createBuilderWorker, onProgress, signal });
  if (!drafted.ok) return { state: 'failed', message: drafted.error };
  // The worker's draft is checked like any imported pack: a worker that sent something else
  // gives a failed draft, never a page built from it.
  const parsed = parsePack(drafted.value.pack);
  if (!parsed.ok) return { state: 'failed', message: `The draft did not validate: ${parsed.errors.join('; ')}` };
  let existing;
  try {
    existing = (await readPacks()).find((entry) => entry.pack.id === parsed.value.id && !entry.builtIn);
  } catch {
    // Whether the draft would replace a saved pack is a courtesy; the draft is shown without it.
  }
  return {
    state: 'ready',
    draft: parsed.value,
    warnings: drafted.value.warnings,
    ...(existing ? { replaces: existing.pack.article.title } : {}),
    save: { state: 'idle' },
  };
}

/** The whole review page, with its data. */
export function ReviewApp() {
  const [review, setReview] = useState<ReviewState>({ state: 'drafting' });
  useEffect(() => {
    const abort = new AbortController();
    const onProgress = (progress: BuilderProgress): void => setReview({ state: 'drafting', progress });
    void loadReview(onProgress, abort.signal).then((loaded) => {
      if (!abort.signal.aborted) setReview(loaded);
    });
    return () => abort.abort();
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
