/**
 * Variant tables: the alias variants of one actor list (`aliasVariants` of src/core/context.ts),
 * worked out once and kept, so that neither the page gate nor the matcher works them out again on
 * every page. Kept apart from context.ts, whose rule tables are too big for the content script:
 * the gate (src/content/page-gate.ts) runs there before the rules are loaded, and must look for
 * the variants too ("Iraq's army" for "Iraqi army", "US combat troops" for "US troops"), or a page
 * that names an actor only by a variant would never be scanned.
 *
 * Where tables come from: the build makes the seed pack's (`__SEED_VARIANTS__`, see
 * scripts/build.mjs); the content script stores the table of any other pack the first time it
 * compiles that pack (see src/content/index.ts). A table counts only for the actor list whose
 * fingerprint it carries, so a pack edited since is worked out afresh.
 */
import type { Actor } from './pack';

/** One variant: the index of its actor, of the alias it was made from, its text, and 1 when made exact-case. */
export type VariantRow = readonly [number, number, string, 0 | 1];

/**
 * The variants of one actor list worked out ahead of time: the fingerprint of the list (see
 * `variantFingerprint`) and, per variant in `aliasVariants`'s order, the index of its actor, the
 * index of the alias it was made from, its text, and 1 when it is exact-case where that alias is not.
 */
export interface VariantTable {
  /** The fingerprint of the actor list the table was made from. */
  readonly fingerprint: string;
  /** One row per variant: actor index, alias index, text, 1 when made exact-case. */
  readonly rows: readonly VariantRow[];
}

/**
 * A fingerprint of everything of an actor list that `aliasVariants` reads (ids, kinds, names,
 * and every alias field), as a 53-bit hash (cyrb53) in hex: two lists with the same fingerprint
 * get the same variants.
 */
export function variantFingerprint(list: readonly Actor[]): string {
  // Once per list: a page asks for it when the pack's matcher and actor model are compiled, and
  // hashing the seed pack's actors took 3–4 ms each time (Chromium 156, 2026-12). Packs are never
  // changed once parsed (an edit makes a new pack object), so a list keeps its fingerprint.
  const known = fingerprints.get(list);
  if (known !== undefined) return known;
  const text = JSON.stringify(
    list.map((a) => [a.id, a.kind, a.name, a.aliases.map((x) => [x.text, x.caseSensitive, x.standalone, x.lang])]),
  );
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const fingerprint = (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16);
  fingerprints.set(list, fingerprint);
  return fingerprint;
}

/** The fingerprints worked out so far, by actor list. */
const fingerprints = new WeakMap<readonly Actor[], string>();

/** The seed pack's table, embedded by the build and read once; null outside an extension bundle (tests, Node scripts). */
export function seedVariantTable(): VariantTable | null {
  if (seed === undefined) seed = typeof __SEED_VARIANTS__ === 'string' ? (JSON.parse(__SEED_VARIANTS__) as VariantTable) : null;
  return seed;
}
let seed: VariantTable | null | undefined;

/**
 * `raw` as a variant table when it has a table's shape and every row names an alias of `list`,
 * else null: tables are read back from storage, which another version of the extension (or a
 * damaged profile) may have written differently. The fingerprint is checked by the caller.
 */
export function variantTableFrom(raw: unknown, list: readonly Actor[]): VariantTable | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { fingerprint, rows } = raw as Record<string, unknown>;
  if (typeof fingerprint !== 'string' || !Array.isArray(rows)) return null;
  for (const row of rows as unknown[]) {
    if (!Array.isArray(row) || row.length !== 4) return null;
    const [a, i, text, exact] = row as unknown[];
    if (typeof a !== 'number' || typeof i !== 'number' || typeof text !== 'string' || (exact !== 0 && exact !== 1)) return null;
    if (list[a]?.aliases[i] === undefined || text.length === 0 || text.length > 120) return null;
  }
  return { fingerprint, rows: rows as VariantRow[] };
}

/** The table among `tables` made from `list` (same fingerprint), or null. */
export function tableFor(list: readonly Actor[], tables: readonly VariantTable[]): VariantTable | null {
  if (tables.length === 0) return null;
  const fingerprint = variantFingerprint(list);
  return tables.find((t) => t.fingerprint === fingerprint) ?? null;
}
