/**
 * Derives the Chrome and Firefox manifests from the one source `manifest.json`, and checks that
 * every file a derived manifest names exists in its output folder.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { GECKO_ID } from './lib/gecko.mjs';

export { GECKO_ID };

/**
 * The oldest Firefox we support. 146 is the first release that paints `text-decoration` in
 * `::highlight()` rules; we tell actors, claims and opposing claims apart by underline style as
 * well as colour (colour-blind users), so older releases would lose that distinction. The Highlight
 * API itself arrived in 140, and content scripts may set `adoptedStyleSheets` only after 140.
 */
export const FIREFOX_MIN_VERSION = '146.0';

/**
 * The parts of a manifest that are derived or checked here; the rest is copied as it is.
 * @typedef {object} Manifest
 * @property {{ service_worker?: string, scripts?: string[] }} [background] The background script.
 * @property {unknown} [browser_specific_settings] Firefox's settings (the add-on id).
 * @property {Record<string, string>} [icons] The extension's icons, by size.
 * @property {{ default_icon?: Record<string, string>, default_popup?: string }} [action] The toolbar button.
 * @property {{ page?: string }} [options_ui] The options page.
 * @property {{ js?: string[], css?: string[] }[]} [content_scripts] The content scripts.
 * @property {{ resources: string[] }[]} [web_accessible_resources] Files pages may load.
 */

/**
 * Returns the manifest for one browser; `source` is the parsed `manifest.json`.
 * @param {Manifest & { background: { service_worker: string } }} source
 * @param {string} browser `chrome` or `firefox`.
 * @returns {Manifest}
 */
export function deriveManifest(source, browser) {
  /** @type {Manifest} */
  const manifest = structuredClone(source);
  if (browser === 'chrome') {
    manifest.background = { service_worker: source.background.service_worker };
    delete manifest.browser_specific_settings;
    return manifest;
  }
  if (browser === 'firefox') {
    // As of 2026-11, Firefox runs MV3 backgrounds as event pages, not service workers, and
    // `web-ext lint` rejects a `service_worker` without `scripts`.
    manifest.background = { scripts: [source.background.service_worker] };
    manifest.browser_specific_settings = {
      gecko: {
        id: GECKO_ID,
        strict_min_version: FIREFOX_MIN_VERSION,
        data_collection_permissions: { required: ['none'] },
      },
    };
    return manifest;
  }
  throw new Error(`Unknown browser "${browser}"`);
}

/**
 * Lists every extension-relative file path a manifest names.
 * @param {Manifest} manifest
 * @returns {string[]}
 */
export function filesNamedBy(manifest) {
  /** @type {Set<string>} */
  const files = new Set();
  /** @param {Record<string, string> | undefined} icons */
  const addIcons = (icons) => Object.values(icons ?? {}).forEach((file) => files.add(file));
  addIcons(manifest.icons);
  addIcons(manifest.action?.default_icon);
  if (manifest.action?.default_popup) files.add(manifest.action.default_popup);
  if (manifest.options_ui?.page) files.add(manifest.options_ui.page);
  if (manifest.background?.service_worker) files.add(manifest.background.service_worker);
  (manifest.background?.scripts ?? []).forEach((file) => files.add(file));
  for (const script of manifest.content_scripts ?? []) {
    (script.js ?? []).forEach((file) => files.add(file));
    (script.css ?? []).forEach((file) => files.add(file));
  }
  for (const entry of manifest.web_accessible_resources ?? []) entry.resources.forEach((file) => files.add(file));
  return [...files];
}

/**
 * Throws, naming every missing file, when the manifest refers to something not in `dir`.
 * @param {Manifest} manifest
 * @param {string} dir
 */
export function checkManifestFiles(manifest, dir) {
  const missing = filesNamedBy(manifest).filter((file) => !existsSync(join(dir, file)));
  if (missing.length > 0) throw new Error(`${dir}/manifest.json names files that do not exist: ${missing.join(', ')}`);
}
