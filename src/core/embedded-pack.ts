/**
 * The pack that ships inside the extension: the seed article's actors, quotes and claims. It is
 * parsed like any other pack, so the embedded default obeys the same rules as an imported one.
 */
import seedPack from '../../assets/packs/iraq-sudani-isis-threat.json';
import { parsePack, type Pack } from './pack';

/** The id of the pack that ships with the extension and is used until the user imports another. */
export const EMBEDDED_PACK_ID = 'iraq-sudani-isis-threat';

/**
 * Returns the embedded pack, validated. It throws only when the JSON we ship is broken, which is a
 * build bug that the unit tests catch, so callers need not handle the error. Every call parses
 * afresh (a few milliseconds) so that no caller can change the pack another caller sees.
 */
export function loadEmbeddedPack(): Pack {
  // In a build, scripts/build.mjs has already parsed this JSON (defaults applied) and failed the
  // build on any error, so bundles skip the zod pass that every page and frame would otherwise pay
  // at start-up (10–40 ms measured 2026-11). The build embeds it as a JSON string (building the
  // object literal cost every frame that evaluated the bundle, needed or not). Tests and Node
  // scripts still parse.
  // The else branch matters: esbuild drops a branch that a defined constant makes dead together
  // with the imports only it uses, which is how parsePack, the schemas and zod stay out of the
  // content script (see scripts/build.mjs). Code after an early return would keep them.
  if (typeof __PACK_PREVALIDATED__ !== 'undefined' && __PACK_PREVALIDATED__) {
    return JSON.parse(seedPack as unknown as string) as Pack;
  } else {
    const result = parsePack(seedPack);
    if (!result.ok) throw new Error(`The embedded pack "${EMBEDDED_PACK_ID}" is invalid:\n${result.errors.join('\n')}`);
    if (result.value.id !== EMBEDDED_PACK_ID) {
      throw new Error(`The embedded pack has id "${result.value.id}", expected "${EMBEDDED_PACK_ID}"`);
    }
    return result.value;
  }
}
