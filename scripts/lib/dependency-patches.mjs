/**
 * Build-time edits of a dependency's source, each an exact text replacement with its reason and
 * its measurement, applied by an esbuild plugin as the module is bundled. node_modules is never
 * written to, and the unit test (tests/unit/scripts/dependency-patches.test.ts) checks that every
 * edit still applies to the installed version and that the edited module behaves as the original.
 *
 * An edit fails safe: when the text it replaces is not in the file exactly once (the dependency
 * was updated, say), the build stops with a message that names the file and the edit, rather than
 * bundle a module that is half edited or silently unedited.
 */
import { realpathSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * @typedef {{ from: string, to: string }} Replacement
 * @typedef {{ file: string, why: string, replacements: Replacement[] }} DependencyPatch
 */

/** @type {DependencyPatch[]} */
export const DEPENDENCY_PATCHES = [
  {
    file: 'node_modules/compromise/src/API/extend.js',
    // compromise 14.17 merges each plugin's model into its world key by key, and each key through
    // `Object.assign(model, { [key]: value })`: a fresh one-key object per word of its lexicon
    // (tens of thousands), which made this merge the largest single cost of starting the builder's
    // worker. `Object.assign` sets the key on the target exactly as an assignment does (both in
    // strict code, both through setters, both skipping nothing), so the plain assignment is the
    // same merge without the objects. Measured in Chromium 156, a worker that only loads
    // compromise/two, 15 runs in alternation on a loaded machine: median 283.6 ms -> 230.3 ms
    // to its first message (2026-12).
    why: "compromise's model merge built a one-key object per lexicon word; a plain assignment is the same merge",
    replacements: [
      { from: 'if (!model[key]) Object.assign(model, { [key]: {} })', to: 'if (!model[key]) model[key] = {}' },
      { from: 'Object.assign(model, { [key]: plugin[key] })', to: 'model[key] = plugin[key]' },
    ],
  },
];

/**
 * The source with the patch's replacements made; throws when one of them does not match exactly once.
 * @param {string} source
 * @param {DependencyPatch} patch
 * @returns {string}
 */
export function applyDependencyPatch(source, patch) {
  let out = source;
  for (const { from, to } of patch.replacements) {
    const first = out.indexOf(from);
    const count = first < 0 ? 0 : out.split(from).length - 1;
    if (count !== 1)
      throw new Error(
        `${patch.file}: the build edits "${from}" (${patch.why}), which is there ${count} times instead of once; the dependency has changed: check the edit against its new source in scripts/lib/dependency-patches.mjs`,
      );
    out = out.slice(0, first) + to + out.slice(first + from.length);
  }
  return out;
}

/** Escapes a path for a regular expression. */
const escape = (/** @type {string} */ text) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * The esbuild plugin that applies `patches` to the files they name, under `root`.
 * @param {string} root
 * @param {DependencyPatch[]} [patches]
 * @returns {import('esbuild').Plugin}
 */
export function dependencyPatchesPlugin(root, patches = DEPENDENCY_PATCHES) {
  return {
    name: 'dependency-patches',
    setup(b) {
      for (const patch of patches) {
        // esbuild reports a module by its real path, which differs where node_modules is a link.
        const path = realpathSync(join(root, patch.file));
        b.onLoad({ filter: new RegExp(`^${escape(path)}$`) }, async () => ({
          contents: applyDependencyPatch(await readFile(path, 'utf8'), patch),
          loader: 'js',
        }));
      }
    },
  };
}
