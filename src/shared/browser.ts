/**
 * The browser wrapper: the only module that imports webextension-polyfill, so every context talks
 * to one promise-based `browser` API in Chrome and Firefox alike.
 */
import browser from 'webextension-polyfill';

export type { Runtime, Tabs, Storage, Permissions } from 'webextension-polyfill';

/** The promise-based WebExtension API (Firefox's own `browser`, or the polyfill over `chrome`). */
export { browser };

/** Which build this code is running in, fixed at build time by esbuild's `define`. */
export const BROWSER_FAMILY: 'chrome' | 'firefox' = typeof __BROWSER__ === 'string' && __BROWSER__ === 'firefox' ? 'firefox' : 'chrome';
