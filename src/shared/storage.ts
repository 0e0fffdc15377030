/**
 * What the extension keeps in `storage.local`, read through zod at every read: settings, the packs
 * the user added, and which packs are switched off. Writes go through the background (see
 * `background/store.ts`) so that two tabs saving at once are applied one after the other.
 *
 * The layout is versioned. Version 3 (this one) keeps everything under `ncl.*` keys and stores
 * packs in pack format 3 (claims as frames); version 2 had the same keys with packs in format 1
 * (claims as cue lists); version 1, the 0.0.x prototypes, kept `settings`, `packs` and
 * `packState` with other shapes. `planMigration` turns whatever is stored into the current layout
 * without losing a setting or a pack; the background runs it at start-up and on every install or
 * update.
 */
import * as z from 'zod';
import { loadEmbeddedPack } from '../core/embedded-pack';
import { LEGACY_PACK_SCHEMA_VERSION, parsePack, type Pack } from '../core/pack';
import { migrateLegacyPack } from '../core/pack-migration';
import { browser } from './browser';
import { DEFAULT_SETTINGS, Settings } from './settings';
import { KEYS } from './storage-keys';

/** The layout version of what we store; `planMigration` brings older data up to it. */
export const STORAGE_VERSION = 3;

// The keys and the change listener live in a module without zod, so that the content script can
// use them; they are re-exported here.
export { KEYS, onStorageChanged } from './storage-keys';

/** The keys of the version-1 layout, read only by the migration. */
export const LEGACY_V1_KEYS = {
  settings: 'settings',
  packs: 'packs',
  packState: 'packState',
} as const;

/** The stored user packs, as raw data; each is validated again when read. */
export const StoredPacks = z.array(z.unknown()).catch([]);
/** Ids of the packs the user switched off. */
export const DisabledPacks = z.array(z.string()).catch([]);

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

/**
 * The version-1 settings: `enabled` was the inverse of today's `paused`, sites could only be
 * blocked, and the colour-blind palette was a switch. Every field is optional and damaged fields
 * are dropped, so that the migration carries over whatever can be read.
 */
const LegacySettingsV1 = z
  .object({
    enabled: z.boolean().optional().catch(undefined),
    blockedSites: z.array(z.string()).optional().catch(undefined),
    showClaims: z.boolean().optional().catch(undefined),
    colorBlindPalette: z.boolean().optional().catch(undefined),
    hoverDelay: z.number().optional().catch(undefined),
  })
  .catch({});

/** Version 1 kept user packs in an object keyed by pack id, and a per-pack `{ enabled }` state. */
const LegacyPacksV1 = z.record(z.string(), z.unknown()).catch({});
const LegacyPackStateV1 = z.record(z.string(), z.object({ enabled: z.boolean() }).catch({ enabled: true })).catch({});

/** What a migration writes and removes; applying it is one `set` followed by one `remove`. */
export interface StorageMigration {
  /** The version the data was in. */
  readonly from: number;
  /** Keys to write (always includes the new version number). */
  readonly set: Record<string, unknown>;
  /** Legacy keys to remove once the new ones are written. */
  readonly remove: string[];
}

/** The layout version of `stored`: its version key, else 1 when any version-1 key is present, else current. */
export function storedVersion(stored: Record<string, unknown>): number {
  const version = stored[KEYS.version];
  if (typeof version === 'number' && Number.isInteger(version) && version > 0) return version;
  return Object.values(LEGACY_V1_KEYS).some((key) => key in stored) ? 1 : STORAGE_VERSION;
}

/**
 * Plans the writes that bring `stored` (the whole of `storage.local`) to the current layout, or
 * returns null when nothing needs writing. Data from a newer version is left alone: a downgrade
 * must not destroy what a later version saved, and readers already ignore what they cannot parse.
 * The plan is pure, so it is tested exhaustively without a browser.
 */
export function planMigration(stored: Record<string, unknown>): StorageMigration | null {
  const from = storedVersion(stored);
  if (from > STORAGE_VERSION) return null;
  if (from === STORAGE_VERSION)
    return stored[KEYS.version] === STORAGE_VERSION ? null : { from, set: { [KEYS.version]: STORAGE_VERSION }, remove: [] };
  if (from === 2) {
    // Version 2 → 3: the same keys; stored packs of format 1 are rewritten as format 3. A pack
    // that does not migrate (damaged) is kept as it was, so nothing the user stored is lost.
    return {
      from,
      set: { [KEYS.version]: STORAGE_VERSION, [KEYS.packs]: StoredPacks.parse(stored[KEYS.packs] ?? []).map(upgradePack) },
      remove: [],
    };
  }

  // From version 1. Values already under the new keys (a half-finished earlier migration) win
  // over legacy ones, and packs are merged by id, so running the plan twice changes nothing.
  const legacy = LegacySettingsV1.parse(stored[LEGACY_V1_KEYS.settings] ?? {});
  const carried: Record<string, unknown> = {};
  if (legacy.enabled !== undefined) carried.paused = !legacy.enabled;
  if (legacy.blockedSites !== undefined) carried.sites = { block: legacy.blockedSites, allow: [] };
  if (legacy.showClaims !== undefined) carried.highlightClaims = legacy.showClaims;
  if (legacy.colorBlindPalette !== undefined) carried.palette = legacy.colorBlindPalette ? 'colour-blind' : 'default';
  if (legacy.hoverDelay !== undefined) carried.hoverDelayMs = Math.round(legacy.hoverDelay);
  const current =
    typeof stored[KEYS.settings] === 'object' && stored[KEYS.settings] !== null ? (stored[KEYS.settings] as Record<string, unknown>) : {};
  const settings = Settings.parse({ ...carried, ...current });

  const packs = [...StoredPacks.parse(stored[KEYS.packs] ?? [])].map(upgradePack);
  const packIds = new Set(packs.map(packIdOf));
  for (const [id, raw] of Object.entries(LegacyPacksV1.parse(stored[LEGACY_V1_KEYS.packs] ?? {}))) {
    const packId = packIdOf(raw) ?? id;
    if (packIds.has(packId)) continue;
    packIds.add(packId);
    packs.push(upgradePack(raw));
  }

  const disabled = new Set(DisabledPacks.parse(stored[KEYS.disabledPacks] ?? []));
  for (const [id, state] of Object.entries(LegacyPackStateV1.parse(stored[LEGACY_V1_KEYS.packState] ?? {}))) {
    if (!state.enabled) disabled.add(id);
  }

  return {
    from,
    set: { [KEYS.version]: STORAGE_VERSION, [KEYS.settings]: settings, [KEYS.packs]: packs, [KEYS.disabledPacks]: [...disabled] },
    remove: Object.values(LEGACY_V1_KEYS).filter((key) => key in stored),
  };
}

/** A raw stored pack in the current pack format: format 1 migrated, anything else as it was. */
function upgradePack(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null || (raw as { schemaVersion?: unknown }).schemaVersion !== LEGACY_PACK_SCHEMA_VERSION)
    return raw;
  const migrated = migrateLegacyPack(raw);
  return migrated.ok ? migrated.value : raw;
}

/** The `id` of a raw stored pack, when it has a string one. */
function packIdOf(raw: unknown): string | undefined {
  const id = typeof raw === 'object' && raw !== null ? (raw as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? id : undefined;
}
