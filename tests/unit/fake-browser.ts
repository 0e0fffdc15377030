/**
 * An in-memory stand-in for the parts of the WebExtension API that storage and the background's
 * writers use. Every call resolves after a macrotask, as the real storage does, so interleavings of
 * concurrent read-modify-writes are exercised rather than hidden.
 */
type Listener = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string) => void;

/** A fake `browser` with `storage.local`, `storage.onChanged` and `runtime` identity. */
export function createFakeBrowser(initial: Record<string, unknown> = {}) {
  const data = new Map<string, unknown>(Object.entries(structuredClone(initial)));
  const listeners = new Set<Listener>();
  const tick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
  const notify = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>): void => {
    for (const listener of listeners) listener(changes, 'local');
  };
  let failNextSet: Error | null = null;
  const local = {
    async get(keys: string | string[] | null): Promise<Record<string, unknown>> {
      await tick();
      const wanted = keys === null ? [...data.keys()] : Array.isArray(keys) ? keys : [keys];
      const out: Record<string, unknown> = {};
      for (const key of wanted) if (data.has(key)) out[key] = structuredClone(data.get(key));
      return out;
    },
    async set(items: Record<string, unknown>): Promise<void> {
      await tick();
      if (failNextSet) {
        const error = failNextSet;
        failNextSet = null;
        throw error;
      }
      const changes: Record<string, { oldValue?: unknown; newValue?: unknown }> = {};
      for (const [key, value] of Object.entries(items)) {
        changes[key] = { oldValue: data.get(key), newValue: value };
        data.set(key, structuredClone(value));
      }
      notify(changes);
    },
    async remove(keys: string | string[]): Promise<void> {
      await tick();
      for (const key of Array.isArray(keys) ? keys : [keys]) data.delete(key);
    },
  };
  return {
    browser: {
      storage: {
        local,
        onChanged: { addListener: (l: Listener) => listeners.add(l), removeListener: (l: Listener) => listeners.delete(l) },
      },
      runtime: { id: 'ncl-test', getURL: (path: string) => `chrome-extension://ncl-test/${path}` },
    },
    /** A copy of everything stored. */
    dump: (): Record<string, unknown> => structuredClone(Object.fromEntries(data)),
    /** Makes the next `set` fail as a full storage area does. */
    failNextSet: (error: Error): void => {
      failNextSet = error;
    },
  };
}

/** The fake shared by a test file; `vi.mock` of src/shared/browser returns its `browser`. */
export type FakeBrowser = ReturnType<typeof createFakeBrowser>;
