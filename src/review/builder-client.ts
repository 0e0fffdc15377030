/**
 * The review page's side of the builder worker: starts one worker for one article, passes its
 * progress on, and settles with the draft or with an error a reader can follow. It never hangs:
 * a worker that cannot start, throws, sends something unreadable, or goes silent for
 * `BUILDER_SILENCE_MS` (reset by every pass it reports) settles the draft as failed. Whatever the
 * outcome, the worker is terminated and its handlers detached, so nothing it sends later counts.
 */
import type { Reply } from '../shared/messages';
import { type BuilderProgress, BuilderReply, type BuilderRequest } from './builder-protocol';

/** The part of a `Worker` the page uses, so that tests can hand in a fake one. */
export interface BuilderWorker {
  /** Sends the request. */
  postMessage(message: BuilderRequest): void;
  /** Stops the worker at once. */
  terminate(): void;
  /** Receives the worker's replies. */
  onmessage: ((event: MessageEvent<unknown>) => void) | null;
  /** Receives an error the worker threw and did not catch, or its failure to load (an `Event` without a message). */
  onerror: ((event: ErrorEvent) => void) | null;
  /** Receives a reply that could not be deserialised. */
  onmessageerror: ((event: MessageEvent<unknown>) => void) | null;
}

/**
 * How long the worker may go without reporting anything before the page gives up. Every pass
 * reports as it starts; on an article as long as a pack may hold (200,000 characters, the bench's
 * article repeated) the whole draft took 2.6 s in Chromium and its slowest pass (tag) 1.3 s
 * (measured 2026-12 on a loaded machine of two cores), so a minute of silence means a worker
 * that is stuck, not one that is slow.
 */
export const BUILDER_SILENCE_MS = 60_000;

/** The draft as the worker sent it: the pack still to be validated, and the builder's notes. */
export interface WorkerDraft {
  /** The draft pack, unvalidated. */
  pack: unknown;
  /** The builder's notes for the reviewer. */
  warnings: string[];
}

/** How `draftInWorker` is run. */
export interface DraftInWorkerOptions {
  /** Starts the worker (`new Worker(...)` on the page; a fake in tests). */
  createWorker: () => BuilderWorker;
  /** Told of each pass as it starts, always moving forward. */
  onProgress?: (progress: BuilderProgress) => void;
  /** Overrides `BUILDER_SILENCE_MS`. */
  silenceMs?: number;
  /** Stops the worker when the page no longer wants the draft (the page is closing). */
  signal?: AbortSignal;
}

/** The words a reader sees for a reply the page could not read, whatever was wrong with it. */
export const UNREADABLE_REPLY = 'The pack builder sent a reply the page could not read.';

/** Drafts a pack from `article` in a worker; settles with the draft or with an error, never throws. */
export function draftInWorker(article: BuilderRequest['article'], options: DraftInWorkerOptions): Promise<Reply<WorkerDraft>> {
  const silenceMs = options.silenceMs ?? BUILDER_SILENCE_MS;
  return new Promise((resolve) => {
    let worker: BuilderWorker | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let lastDone = -1;
    let settled = false;
    const settle = (reply: Reply<WorkerDraft>): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      if (worker) {
        worker.onmessage = worker.onerror = worker.onmessageerror = null;
        worker.terminate();
        worker = null;
      }
      resolve(reply);
    };
    const fail = (error: string): void => settle({ ok: false, error });
    const onAbort = (): void => fail('The draft was cancelled.');
    const waitForNews = (): void => {
      clearTimeout(timer);
      timer = setTimeout(
        () =>
          fail(`The pack builder stopped answering (nothing for ${Math.round(silenceMs / 1000)} seconds). Reload the page to try again.`),
        silenceMs,
      );
    };

    if (options.signal?.aborted) return onAbort();
    options.signal?.addEventListener('abort', onAbort);
    try {
      worker = options.createWorker();
    } catch (error) {
      return fail(`The pack builder could not be started (${error instanceof Error ? error.message : String(error)}).`);
    }
    worker.onmessage = (event) => {
      // A message already on its way when the draft settled is not news either.
      if (settled) return;
      const parsed = BuilderReply.safeParse(event.data);
      if (!parsed.success) return fail(UNREADABLE_REPLY);
      const reply = parsed.data;
      if (reply.type === 'passStarted') {
        waitForNews();
        // Progress is only ever shown moving forward; a repeated or older report is not news.
        if (reply.done <= lastDone) return;
        lastDone = reply.done;
        options.onProgress?.({ pass: reply.pass, done: reply.done, total: reply.total });
        return;
      }
      if (reply.type === 'failed') return fail(reply.error || 'The pack builder failed without saying why.');
      settle({ ok: true, value: { pack: reply.pack, warnings: reply.warnings } });
    };
    worker.onerror = (event) => fail(`The pack builder stopped with an error (${event.message || 'no details were given'}).`);
    worker.onmessageerror = () => fail(UNREADABLE_REPLY);
    waitForNews();
    try {
      worker.postMessage({ type: 'build', article });
    } catch (error) {
      fail(`The article could not be handed to the pack builder (${error instanceof Error ? error.message : String(error)}).`);
    }
  });
}
