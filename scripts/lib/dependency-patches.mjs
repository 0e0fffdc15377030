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
  {
    file: 'node_modules/compromise/src/1-one/sweep/methods/sweep/01-getHooks.js',
    // compromise 14.17 picks the tagger's candidate rules for each sentence by walking every key
    // of its rule index (730 words and tags) and asking the sentence's set of words and tags for
    // each, then concatenating arrays one key at a time. The edit walks the sentence's set
    // instead (tens of entries) and looks each up in a map of the index's keys, worked out once
    // per index; sorting the keys found by their place in `Object.keys(hooks)` keeps the rules in
    // the original order, and the duplicates are dropped by the same test as before, so each
    // sentence gets the same list. The index is built once by
    // `buildNet` and never changed, so the map may be kept with it. Measured in Node 20 on the
    // bench's 10 KB article (scripts/bench-pages.mjs): the builder's tag pass 268 -> 255 ms on a
    // first draft and 140 -> 130 ms on later ones (medians of 6 on a loaded machine), 0.3% fewer
    // instructions for loading the builder and a first draft (callgrind); the same drafts for
    // 114 articles (2026-12).
    why: "compromise's sweep walked all of its rule index for every sentence; walking the sentence's own words is the same selection",
    replacements: [
      {
        from: `const getHooks = function (docCaches, hooks) {
  return docCaches.map((set, i) => {
    let maybe = []
    Object.keys(hooks).forEach(k => {
      if (docCaches[i].has(k)) {
        maybe = maybe.concat(hooks[k])
      }
    })
    // remove duplicates
    const already = {}
    maybe = maybe.filter(m => {
      if (typeof already[m.match] === 'boolean') {
        return false
      }
      already[m.match] = true
      return true
    })
    return maybe
  })
}`,
        to: `const hookOrder = new WeakMap()
const getHooks = function (docCaches, hooks) {
  let order = hookOrder.get(hooks)
  if (!order) {
    const keys = Object.keys(hooks)
    order = { keys, index: new Map(keys.map((k, n) => [k, n])) }
    hookOrder.set(hooks, order)
  }
  const { keys, index } = order
  return docCaches.map(set => {
    const found = []
    for (const k of set) {
      const n = index.get(k)
      if (n !== undefined) found.push(n)
    }
    found.sort((a, b) => a - b)
    // remove duplicates
    const already = {}
    const maybe = []
    for (const n of found) {
      for (const m of hooks[keys[n]]) {
        if (typeof already[m.match] === 'boolean') continue
        already[m.match] = true
        maybe.push(m)
      }
    }
    return maybe
  })
}`,
      },
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
