/**
 * The one writer of stored data. Every change is a read-modify-write, queued so that two extension
 * pages saving at the same moment are applied one after the other and neither is lost. The queue
 * lives in the background's memory, which is enough: every write goes through this one context.
 */
import { browser } from '../shared/browser';
import type { Reply } from '../shared/messages';
import { Settings } from '../shared/settings';
import { KEYS, planMigration, readSettings, type StorageMigration } from '../shared/storage';

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

/**
 * Brings stored data to the current layout (see `planMigration`). New keys are written in one
 * `set` before legacy keys are removed, so an interrupted migration loses nothing and simply runs
 * again at the next start. Returns the plan that was applied, or null when none was needed.
 */
export function migrateStorage(): Promise<StorageMigration | null> {
  return enqueue(async () => {
    const stored = (await browser.storage.local.get(null)) as Record<string, unknown>;
    const plan = planMigration(stored);
    if (!plan) return null;
    await browser.storage.local.set(plan.set);
    if (plan.remove.length > 0) await browser.storage.local.remove(plan.remove);
    return plan;
  });
}
