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
  /**
   * A cache, not the user's data: per stored pack id, the table of its actors' alias variants
   * (src/core/variant-table.ts), written by the content script the first time it compiles the
   * pack. Losing it costs one page's compile; a change to it reconfigures nothing.
   */
  variantTables: 'ncl.variantTables',
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
