/**
 * What the content script reads from storage, checked without zod.
 *
 * The content script is parsed and evaluated in every frame of every page, and zod was 96 KiB of
 * its 253 KiB and about 5 ms of its start-up in each frame (measured 2026-12 in Chromium 156: the
 * schemas are built when the bundle is evaluated). So these readers do by hand what the zod
 * schemas of src/shared/settings.ts and src/core/pack.ts do, with the same results for settings
 * (tests/unit/content/config.test.ts compares them on generated values) and a structural check
 * for stored packs:
 *
 * - `settingsFrom` applies the settings schema's defaults and per-field fallbacks.
 * - `storedPackFrom` accepts a stored pack when it has the current schema version and every field
 *   the content script and the card read has the right type, and its link is http(s). Stored
 *   packs were validated by `parsePack` in the background before they were written (import and
 *   migration); this check keeps a damaged or older entry from breaking the matcher or smuggling a
 *   `javascript:` link into the card, and the embedded pack is validated at build time.
 */
import { EMBEDDED_PACK_ID, loadEmbeddedPack } from '../core/embedded-pack';
import type { ActorKind, Pack } from '../core/pack';
import { browser } from '../shared/browser';
import type { Settings } from '../shared/settings';
import { KEYS } from '../shared/storage-keys';

/** The pack format this build reads; equal to `PACK_SCHEMA_VERSION` of src/core/pack.ts (a test checks). */
export const CONTENT_PACK_SCHEMA_VERSION = 1;

/** Every actor kind, in the order of the schema's enum (a test checks). */
export const ACTOR_KINDS: readonly ActorKind[] = ['person', 'organization', 'armed-group', 'country', 'government', 'military'];

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isString = (value: unknown): value is string => typeof value === 'string';
const isStringArray = (value: unknown): value is string[] => Array.isArray(value) && value.every(isString);
const isHost = (value: unknown): value is string => isString(value) && value.length >= 1 && value.length <= 253;

/** The settings a new install starts with (the schema's defaults). */
export function defaultSettings(): Settings {
  return {
    paused: false,
    sites: { block: [], allow: [] },
    siteMode: 'all-but-blocked',
    actorKinds: [...ACTOR_KINDS],
    highlightClaims: true,
    palette: 'default',
    hoverDelayMs: 300,
  };
}

/**
 * The settings stored as `raw`, as `Settings.safeParse(raw)` reads them: anything but an object
 * gives the defaults; a missing or damaged field gives that field's default.
 */
export function settingsFrom(raw: unknown): Settings {
  const settings = defaultSettings();
  if (!isObject(raw)) return settings;
  if (typeof raw.paused === 'boolean') settings.paused = raw.paused;
  if (isObject(raw.sites)) {
    const { block, allow } = raw.sites;
    settings.sites = {
      block: Array.isArray(block) && block.every(isHost) ? [...block] : [],
      allow: Array.isArray(allow) && allow.every(isHost) ? [...allow] : [],
    };
  }
  if (raw.siteMode === 'all-but-blocked' || raw.siteMode === 'only-allowed') settings.siteMode = raw.siteMode;
  if (Array.isArray(raw.actorKinds) && raw.actorKinds.every((kind) => (ACTOR_KINDS as readonly unknown[]).includes(kind))) {
    settings.actorKinds = [...(raw.actorKinds as ActorKind[])];
  }
  if (typeof raw.highlightClaims === 'boolean') settings.highlightClaims = raw.highlightClaims;
  if (raw.palette === 'default' || raw.palette === 'colour-blind') settings.palette = raw.palette;
  const delay = raw.hoverDelayMs;
  if (typeof delay === 'number' && Number.isSafeInteger(delay) && delay >= 0 && delay <= 3_000) settings.hoverDelayMs = delay;
  return settings;
}

/** Reads the settings. */
export async function readSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(KEYS.settings);
  return settingsFrom(stored[KEYS.settings]);
}

function isHttpUrl(value: unknown): boolean {
  if (!isString(value)) return false;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

function isCueGroup(value: unknown): boolean {
  return isObject(value) && isString(value.label) && isStringArray(value.terms) && isStringArray(value.actors);
}

function isClaim(value: unknown): boolean {
  if (!isObject(value) || !isString(value.id) || !isString(value.statement)) return false;
  if (!['speakers', 'quotes', 'sentences', 'evidence', 'opposes'].every((key) => isStringArray(value[key]))) return false;
  if (value.when !== undefined && !isString(value.when)) return false;
  const cues = value.cues;
  return (
    isObject(cues) &&
    Array.isArray(cues.topic) &&
    cues.topic.every(isCueGroup) &&
    (cues.polarity === 'positive' || cues.polarity === 'negative') &&
    isCueGroup(cues.markers) &&
    Array.isArray(cues.evidence) &&
    cues.evidence.every((set) => Array.isArray(set) && set.every(isCueGroup)) &&
    isStringArray(cues.exclude)
  );
}

function isActor(value: unknown): boolean {
  return (
    isObject(value) &&
    isString(value.id) &&
    isString(value.name) &&
    (ACTOR_KINDS as readonly unknown[]).includes(value.kind) &&
    isString(value.role) &&
    isString(value.description) &&
    typeof value.highlight === 'boolean' &&
    Array.isArray(value.aliases) &&
    value.aliases.length > 0 &&
    value.aliases.every(
      (alias) => isObject(alias) && isString(alias.text) && typeof alias.caseSensitive === 'boolean' && typeof alias.standalone === 'boolean' && isString(alias.lang),
    )
  );
}

function isQuote(value: unknown): boolean {
  return isObject(value) && isString(value.id) && isString(value.speaker) && isString(value.text) && typeof value.direct === 'boolean' && isString(value.sentence);
}

/** A stored pack, when it has this build's schema version and the shape the content script reads; else null. */
export function storedPackFrom(raw: unknown): Pack | null {
  if (!isObject(raw) || raw.schemaVersion !== CONTENT_PACK_SCHEMA_VERSION || !isString(raw.id) || !isString(raw.text)) return null;
  const article = raw.article;
  if (!isObject(article) || !isString(article.title) || !isString(article.summary) || !isString(article.language) || typeof article.titleIsEditorial !== 'boolean') return null;
  if (article.url !== undefined && !isHttpUrl(article.url)) return null;
  if ((article.outlet !== undefined && !isString(article.outlet)) || (article.published !== undefined && !isString(article.published))) return null;
  if (!Array.isArray(raw.actors) || raw.actors.length === 0 || !raw.actors.every(isActor)) return null;
  if (!Array.isArray(raw.quotes) || !raw.quotes.every(isQuote)) return null;
  if (!Array.isArray(raw.claims) || !raw.claims.every(isClaim)) return null;
  return raw as unknown as Pack;
}

/** What the content script needs to know about the packs. */
export interface PackConfig {
  /** The packs switched on, the embedded one first. */
  readonly enabled: Pack[];
}

/** Reads the packs that are switched on: the embedded one (unless switched off), then stored ones that pass `storedPackFrom`. */
export async function readEnabledPacks(): Promise<PackConfig> {
  const stored = await browser.storage.local.get([KEYS.packs, KEYS.disabledPacks]);
  const rawDisabled = stored[KEYS.disabledPacks];
  const disabled = new Set(isStringArray(rawDisabled) ? rawDisabled : []);
  const enabled: Pack[] = [];
  if (!disabled.has(EMBEDDED_PACK_ID)) enabled.push(loadEmbeddedPack());
  const rawPacks = stored[KEYS.packs];
  for (const raw of Array.isArray(rawPacks) ? rawPacks : []) {
    const pack = storedPackFrom(raw);
    if (!pack || pack.id === EMBEDDED_PACK_ID) continue;
    if (!disabled.has(pack.id)) enabled.push(pack);
  }
  return { enabled };
}
