/**
 * The Firefox build's add-on id, in a module of its own so that the manifest script and the e2e
 * support (which pins the id's moz-extension:// UUID) name it once.
 */

/** The add-on id Firefox needs for storage and for a stable moz-extension:// origin. */
export const GECKO_ID = 'news-context-lens@lens.example';
