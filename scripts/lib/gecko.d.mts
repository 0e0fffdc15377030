/** Types of scripts/lib/gecko.mjs, for the e2e support. */
/** The add-on id Firefox needs for storage and for a stable moz-extension:// origin. */
export const GECKO_ID: string;
