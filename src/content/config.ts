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
 * - `storedPackFrom` accepts a stored pack when it has the current pack format and every field
 *   the content script and the card read has the right type, and its link is http(s), and applies
 *   the schema's defaults (a pack may be stored as written, without them). The background
 *   validated every pack with `parsePack` before it stored it, and rewrites packs of older formats
 *   when the storage layout is migrated; this check keeps a damaged or older entry from breaking
 *   the matcher or smuggling a `javascript:` link into the card. An older format is skipped, not
 *   migrated here (the migration needs zod): it can be met only between an update and the
 *   background's migration. The embedded pack is validated at build time.
 */
import { EMBEDDED_PACK_ID, loadEmbeddedPack } from '../core/embedded-pack';
import type { ActorKind, Pack } from '../core/pack';
import { seedVariantTable, variantFingerprint, variantTableFrom, type VariantTable } from '../core/variant-table';
import { browser } from '../shared/browser';
import type { Settings } from '../shared/settings';
import { KEYS } from '../shared/storage-keys';

/** The pack format this build reads; equal to `PACK_SCHEMA_VERSION` of src/core/pack.ts (a test checks). */
export const CONTENT_PACK_SCHEMA_VERSION = 3;

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

/** Thrown inside `storedPackFrom` at the first field that does not fit. */
class Unfit extends Error {}

const need = <T>(ok: boolean, value: T): T => {
  if (!ok) throw new Unfit();
  return value;
};
const str = (value: unknown): string => need(isString(value), value as string);
const optStr = (value: unknown): string | undefined => (value === undefined ? undefined : str(value));
const bool = (value: unknown, fallback: boolean): boolean =>
  value === undefined ? fallback : need(typeof value === 'boolean', value as boolean);
const strs = (value: unknown): string[] => (value === undefined ? [] : [...need(isStringArray(value), value as string[])]);
const obj = (value: unknown): Record<string, unknown> => need(isObject(value), value as Record<string, unknown>);
const list = <T>(value: unknown, each: (item: unknown) => T, fallback = true): T[] => {
  if (value === undefined && fallback) return [];
  return need(Array.isArray(value), value as unknown[]).map(each);
};
/** `base` with the optional fields that are present added, as zod leaves absent ones out. */
const withOptional = <T extends object>(base: T, optional: Record<string, unknown>): T => {
  for (const [key, value] of Object.entries(optional)) if (value !== undefined) (base as Record<string, unknown>)[key] = value;
  return base;
};

type Claim = Pack['claims'][number];
type Slot = Claim['frame']['subject'];

const STANCES: readonly string[] = ['asserted', 'negated', 'continuing', 'ended', 'demanded', 'reluctant'];

function slot(raw: unknown): Slot {
  const s = obj(raw);
  const out = { label: str(s.label), actors: strs(s.actors), terms: strs(s.terms), concepts: strs(s.concepts) };
  return need(out.actors.length > 0 || out.terms.length > 0 || out.concepts.length > 0, out);
}

function claim(raw: unknown): Claim {
  const c = obj(raw);
  const f = obj(c.frame);
  const p = obj(f.predicate);
  const predicate = { label: str(p.label), concepts: strs(p.concepts), terms: strs(p.terms) };
  need(predicate.concepts.length > 0 || predicate.terms.length > 0, null);
  const frame = withOptional(
    {
      subject: slot(f.subject),
      predicate,
      stance: need(STANCES.includes(f.stance as string), f.stance as Claim['frame']['stance']),
      evidence: list(f.evidence, (set) => need(Array.isArray(set) && set.length > 0, list(set, slot, false))),
      exclude: strs(f.exclude),
    },
    { object: f.object === undefined ? undefined : slot(f.object) },
  );
  const base = {
    id: str(c.id),
    statement: str(c.statement),
    speakers: strs(c.speakers),
    quotes: strs(c.quotes),
    sentences: strs(c.sentences),
    evidence: strs(c.evidence),
    opposes: strs(c.opposes),
    linkedBecause: list(c.linkedBecause, (item) => {
      const r = obj(item);
      return { claim: str(r.claim), rule: str(r.rule), why: str(r.why), words: str(r.words) };
    }),
    frame,
  };
  return withOptional(base, { when: optStr(c.when) });
}

function actor(raw: unknown): Pack['actors'][number] {
  const a = obj(raw);
  const kind = need((ACTOR_KINDS as readonly unknown[]).includes(a.kind), a.kind as ActorKind);
  const aliases = list(
    a.aliases,
    (item) => {
      const alias = obj(item);
      return {
        text: str(alias.text),
        caseSensitive: bool(alias.caseSensitive, false),
        standalone: bool(alias.standalone, true),
        lang: optStr(alias.lang) ?? 'en',
      };
    },
    false,
  );
  const scope = a.scope === undefined ? 'specific' : need(a.scope === 'specific' || a.scope === 'broad', a.scope as 'specific' | 'broad');
  return {
    id: str(a.id),
    name: str(a.name),
    kind,
    role: str(a.role),
    description: str(a.description),
    highlight: bool(a.highlight, true),
    scope,
    aliases: need(aliases.length > 0, aliases),
  };
}

function quote(raw: unknown): Pack['quotes'][number] {
  const q = obj(raw);
  // A quote without a speaker (the builder found none, or the reader deleted the actor) is valid:
  // requiring one here dropped the whole pack from every page.
  return withOptional(
    { id: str(q.id), text: str(q.text), direct: need(typeof q.direct === 'boolean', q.direct as boolean), sentence: str(q.sentence) },
    { speaker: optStr(q.speaker), source: optStr(q.source) },
  );
}

/**
 * A stored pack with the schema's defaults applied, as `parsePack` returns it, when it has this
 * build's schema version and every field the content script and the card read has the right type
 * and its link is http(s); else null. Lengths, patterns and cross-references are not checked
 * again: the background checked them before storing the pack.
 */
export function storedPackFrom(raw: unknown): Pack | null {
  try {
    const p = obj(raw);
    need(p.schemaVersion === CONTENT_PACK_SCHEMA_VERSION, null);
    const a = obj(p.article);
    need(a.url === undefined || isHttpUrl(a.url), null);
    const article = withOptional(
      {
        title: str(a.title),
        titleIsEditorial: bool(a.titleIsEditorial, false),
        language: optStr(a.language) ?? 'en',
        summary: str(a.summary),
      },
      { outlet: optStr(a.outlet), published: optStr(a.published), url: optStr(a.url) },
    );
    const actors = list(p.actors, actor, false);
    return {
      schemaVersion: CONTENT_PACK_SCHEMA_VERSION,
      id: str(p.id),
      article,
      text: str(p.text),
      actors: need(actors.length > 0, actors),
      quotes: list(p.quotes, quote),
      claims: list(p.claims, claim),
    } as Pack;
  } catch (error) {
    if (error instanceof Unfit) return null;
    throw error;
  }
}

/** What the content script needs to know about the packs. */
export interface PackConfig {
  /** The packs switched on, the embedded one first. */
  readonly enabled: Pack[];
  /**
   * For each pack switched on, in the same order, the table of its actors' alias variants made
   * from these very actors (see src/core/variant-table.ts), or null when none is known yet.
   */
  readonly variants: (VariantTable | null)[];
}

/** The stored variant tables, by pack id, as read from storage: anything of another shape is no table. */
function storedTables(raw: unknown): Record<string, unknown> {
  return typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
}

/** The variant table of `pack`: the build's for the embedded pack, else a stored one made from the same actors. */
function variantsOf(pack: Pack, stored: Record<string, unknown>): VariantTable | null {
  // The embedded pack is the one the build made its table from (tests and scripts have none).
  if (pack.id === EMBEDDED_PACK_ID) {
    const seed = seedVariantTable();
    if (seed) return seed;
  }
  const table = Object.hasOwn(stored, pack.id) ? variantTableFrom(stored[pack.id], pack.actors) : null;
  return table && table.fingerprint === variantFingerprint(pack.actors) ? table : null;
}

/**
 * Keeps the variant table a matcher was compiled with for a pack that had none stored, so that
 * the next page's gate looks for the variants without the rules. Tables of packs no longer stored
 * are dropped. A failure to write costs only the next page's gate its precision.
 */
export async function storeVariantTables(tables: ReadonlyMap<string, VariantTable>): Promise<void> {
  if (tables.size === 0) return;
  const stored = await browser.storage.local.get([KEYS.variantTables, KEYS.packs]);
  const ids = new Set((Array.isArray(stored[KEYS.packs]) ? (stored[KEYS.packs] as unknown[]) : []).map((p) => (p as { id?: unknown })?.id));
  const next: Record<string, unknown> = {};
  for (const [id, table] of Object.entries(storedTables(stored[KEYS.variantTables]))) if (ids.has(id)) next[id] = table;
  for (const [id, table] of tables) if (ids.has(id)) next[id] = table;
  await browser.storage.local.set({ [KEYS.variantTables]: next });
}

/** Reads the packs that are switched on: the embedded one (unless switched off), then stored ones that pass `storedPackFrom`. */
export async function readEnabledPacks(): Promise<PackConfig> {
  const stored = await browser.storage.local.get([KEYS.packs, KEYS.disabledPacks, KEYS.variantTables]);
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
  const tables = storedTables(stored[KEYS.variantTables]);
  return { enabled, variants: enabled.map((pack) => variantsOf(pack, tables)) };
}
