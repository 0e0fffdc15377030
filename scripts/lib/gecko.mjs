/**
 * The Firefox build's add-on id, in a module of its own so that the manifest script and the e2e
 * support (which pins the id's moz-extension:// UUID) name it once.
 */

/** The add-on id Firefox needs for storage and for a stable moz-extension:// origin. */
export const GECKO_ID = 'news-context-lens@lens.example';

/**
 * Fails the scripts' typecheck when gecko.d.mts, the declarations that the tests (checked
 * without reading JavaScript) see, no longer says what this module exports.
 * @type {typeof import('./gecko.mjs')}
 */
const _declared = { GECKO_ID };
