/**
 * What the extension keeps in `storage.local`, read through zod at every read: settings, the packs
 * the user added, and which packs are switched off. Writes go through the background (see
 * `background/store.ts`) so that two tabs saving at once are applied one after the other.
 */
import * as z from 'zod';
import { loadEmbeddedPack } from '../core/embedded-pack';
import { parsePack, type Pack } from '../core/pack';
import { browser } from './browser';
import { DEFAULT_SETTINGS, Settings } from './settings';

/** The layout version of what we store; `migrate` brings older data up to it. */
export const STORAGE_VERSION = 1;

/** Storage keys, all under one prefix so they are easy to tell apart when debugging. */
export const KEYS = {
  version: 'ncl.version',
  settings: 'ncl.settings',
  packs: 'ncl.packs',
  disabledPacks: 'ncl.disabledPacks',
} as const;

/** The stored user packs, as raw data; each is validated again when read. */
const StoredPacks = z.array(z.unknown()).catch([]);
const DisabledPacks = z.array(z.string()).catch([]);

/** Reads the settings, falling back to defaults field by field when something is damaged. */
export async function readSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(KEYS.settings);
  const parsed = Settings.safeParse(stored[KEYS.settings] ?? {});
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

/** A pack and whether the user has it switched on. */
export interface PackEntry {
  /** The validated pack. */
  readonly pack: Pack;
  /** True for the pack shipped with the extension (it cannot be deleted, only switched off). */
  readonly builtIn: boolean;
  /** Whether its mentions are highlighted. */
  readonly enabled: boolean;
}

/** Reads every pack (the embedded one first), skipping stored ones that no longer validate. */
export async function readPacks(): Promise<PackEntry[]> {
  const stored = await browser.storage.local.get([KEYS.packs, KEYS.disabledPacks]);
  const disabled = new Set(DisabledPacks.parse(stored[KEYS.disabledPacks] ?? []));
  const embedded = loadEmbeddedPack();
  const entries: PackEntry[] = [{ pack: embedded, builtIn: true, enabled: !disabled.has(embedded.id) }];
  for (const raw of StoredPacks.parse(stored[KEYS.packs] ?? [])) {
    const result = parsePack(raw);
    if (!result.ok || result.value.id === embedded.id) continue;
    entries.push({ pack: result.value, builtIn: false, enabled: !disabled.has(result.value.id) });
  }
  return entries;
}

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
