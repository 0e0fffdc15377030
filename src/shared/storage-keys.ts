/**
 * Where the extension keeps its data in `storage.local`, and how to hear that it changed. Kept
 * apart from the zod parsers of src/shared/storage.ts (which re-exports both) because the content
 * script, which is parsed and run in every frame of every page, carries no zod.
 */
import { browser } from './browser';

/** Storage keys, all under one prefix so they are easy to tell apart when debugging. */
export const KEYS = {
  version: 'ncl.version',
  settings: 'ncl.settings',
  packs: 'ncl.packs',
  disabledPacks: 'ncl.disabledPacks',
} as const;

/** Calls `listener` when any of our keys change in storage. */
export function onStorageChanged(listener: (keys: string[]) => void, signal: AbortSignal): void {
  const handler = (changes: Record<string, unknown>, area: string): void => {
    if (area !== 'local') return;
    const keys = Object.keys(changes).filter((key) => key.startsWith('ncl.'));
    if (keys.length > 0) listener(keys);
  };
  browser.storage.onChanged.addListener(handler);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(handler), { once: true });
}
