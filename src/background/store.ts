/**
 * The one writer of stored settings. Every change is a read-modify-write, queued so that two
 * extension pages saving at the same moment are applied one after the other and neither is lost.
 */
import { browser } from '../shared/browser';
import type { Reply } from '../shared/messages';
import { Settings } from '../shared/settings';
import { KEYS, readSettings } from '../shared/storage';

let queue: Promise<unknown> = Promise.resolve();

/** Runs `task` after every write queued before it. */
export function enqueue<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

/** Applies `patch` over the stored settings, refusing it whole if the result does not validate. */
export function updateSettings(patch: Record<string, unknown>): Promise<Reply<Settings>> {
  return enqueue(async () => {
    const current = await readSettings();
    const parsed = Settings.strict().safeParse({ ...current, ...patch });
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      return { ok: false, error: `Settings not saved: ${first ? `${first.path.join('.')}: ${first.message}` : 'invalid'}` };
    }
    await browser.storage.local.set({ [KEYS.settings]: parsed.data });
    return { ok: true, value: parsed.data };
  });
}
