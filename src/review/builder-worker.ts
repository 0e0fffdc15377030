/**
 * The review page's builder worker (dist/<browser>/builder-worker.js): the only bundle that holds
 * compromise and the pack builder. The review page starts it for one article, and it drafts the
 * pack off the page's main thread, where compromise's tagger took a few hundred milliseconds (and
 * seconds on a long article) in which the page could not paint or answer the keyboard.
 *
 * What runs when: on a `build` request it runs `buildPack`, posting `passStarted` as each of the
 * builder's passes starts, then `drafted` with the draft or `failed` with the reason. It does
 * nothing else and keeps no state; the page terminates it once it has its answer. A message that
 * is not a `build` request gets a `failed` reply, so that the page is never left waiting.
 */
// First: the precomputed pattern forms, before any table expands its lists. Generating them cost
// every draft about 7% of a cold draft's instructions (callgrind, the bench's 10 KB article in
// Node, 2026-12), since each draft runs in a fresh worker; the table adds 166 KiB to this bundle.
import '../core/lexicon/precomputed-forms';
import { buildPack } from '../core/builder';
import { BuilderReply, BuilderRequest } from './builder-protocol';

/** The worker's global scope, as far as this file uses it (the project's types are the page's DOM, not a worker's). */
const scope = globalThis as unknown as {
  onmessage: ((event: MessageEvent<unknown>) => void) | null;
  postMessage(message: BuilderReply): void;
};

scope.onmessage = (event) => {
  const request = BuilderRequest.safeParse(event.data);
  if (!request.success) {
    scope.postMessage({ type: 'failed', error: 'The pack builder was sent something other than an article.' });
    return;
  }
  try {
    const { pack, warnings } = buildPack(request.data.article, {
      onProgress: ({ pass, done, total }) => scope.postMessage({ type: 'passStarted', pass, done, total }),
    });
    scope.postMessage({ type: 'drafted', pack, warnings });
  } catch (error) {
    scope.postMessage({ type: 'failed', error: error instanceof Error ? error.message : String(error) });
  }
};
