/**
 * The review page's builder worker, started before the page knows its article: builder-start.js,
 * a script of a few hundred bytes that review.html runs before the page's own 345 KiB bundle,
 * starts it when the page's address names a draft, and review.js takes it over (`takePrestarted`)
 * once it has read the article. Loading the worker's bundle and compromise, the larger part of a
 * draft, then overlaps the page's own start-up: the page's bundle alone took 90-150 ms from
 * navigation to its first statement (Chromium, machine shared, 2026-12).
 *
 * This module imports only draft-id.ts at run time (the rest are types), so that the early script
 * stays tiny.
 */
import type { BuilderWorker } from './builder-client';
import type { BuilderRequest } from './builder-protocol';
import { draftIdOf } from './draft-id';

/** A worker started before its article is known, waiting to be handed to `draftInWorker`. */
export interface PrestartedWorker {
  /** For `draftInWorker`'s `createWorker`: the started worker the first time (or its start-up error), a new one after. */
  createWorker: () => BuilderWorker;
  /** Stops the started worker if it was never handed over (the page had no article after all). */
  cancel(): void;
}

/**
 * Starts the builder worker ahead of its article. An error the worker reports before it is handed
 * over (its script failed to load or threw) is kept and delivered once `draftInWorker` has posted the article, so that the draft
 * still fails at once rather than after `BUILDER_SILENCE_MS`; nothing else can arrive before,
 * since the worker speaks only when asked.
 */
export function prestartWorker(create: () => BuilderWorker): PrestartedWorker {
  let started: BuilderWorker | null = null;
  let startError: unknown = null;
  try {
    started = new HeldWorker(create());
  } catch (error) {
    startError = error;
  }
  let handedOver = false;
  return {
    createWorker() {
      if (handedOver) return create();
      handedOver = true;
      if (started) return started;
      throw startError;
    },
    cancel() {
      if (handedOver) return;
      handedOver = true;
      started?.terminate();
      started = null;
    },
  };
}

/** A worker whose events wait until the page has posted to it, so that the page's handlers are in place. */
class HeldWorker implements BuilderWorker {
  onmessage: BuilderWorker['onmessage'] = null;
  onerror: BuilderWorker['onerror'] = null;
  onmessageerror: BuilderWorker['onmessageerror'] = null;
  /** Events that arrived before the page posted, in order. */
  #held: Array<() => void> | null = [];

  constructor(private readonly worker: BuilderWorker) {
    worker.onmessage = (event) => this.#deliver(() => this.onmessage?.(event));
    worker.onerror = (event) => this.#deliver(() => this.onerror?.(event));
    worker.onmessageerror = (event) => this.#deliver(() => this.onmessageerror?.(event));
  }

  #deliver(dispatch: () => void): void {
    if (this.#held) this.#held.push(dispatch);
    else dispatch();
  }

  postMessage(message: BuilderRequest): void {
    this.worker.postMessage(message);
    const held = this.#held ?? [];
    this.#held = null;
    for (const dispatch of held) dispatch();
  }

  terminate(): void {
    this.#held = null;
    this.worker.terminate();
  }
}

/** Where builder-start.js leaves the started worker for review.js: a global of our own page. */
const PRESTARTED_KEY = 'nclPrestartedBuilder';

/** Starts the worker for review.js to take over, when the page's address names a draft (builder-start.js). */
export function prestartForPage(search: string, create: () => BuilderWorker): void {
  if (draftIdOf(search) !== null) (globalThis as Record<string, unknown>)[PRESTARTED_KEY] = prestartWorker(create);
}

/** Takes the worker builder-start.js started, once; null when it started none (or it was taken). */
export function takePrestarted(): PrestartedWorker | null {
  const scope = globalThis as Record<string, unknown>;
  const prestarted = scope[PRESTARTED_KEY] as PrestartedWorker | undefined;
  delete scope[PRESTARTED_KEY];
  return prestarted ?? null;
}
