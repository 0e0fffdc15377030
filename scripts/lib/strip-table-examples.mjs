/**
 * An esbuild plugin that leaves the `examples` and `lookalikes` of rule-table entries out of the
 * bundles. They sit beside each rule in the source (src/core/lexicon/README.md), where the table
 * test reads them, but nothing in the extension does at run time, and in the content script,
 * which every frame of every page parses, they were about a fifth of the bundle (measured
 * 2026-12).
 *
 * Only a property named `examples` or `lookalikes` whose value is an array of texts that name no
 * variable (string literals, templates of literals) is removed, in any module of src/core/:
 * anything else (a list computed from the module's data, a spread) is kept as written, so the
 * plugin can only ever drop test data. The source is parsed with TypeScript's own parser and cut by the
 * positions it reports, so the rest of the text is compiled exactly as written.
 */
import { readFile } from 'node:fs/promises';
import ts from 'typescript';

/** The properties that are test data only. */
const TEST_ONLY = new Set(['examples', 'lookalikes']);

/**
 * True for an expression that names no variable, such as `'…'`, `` `…` `` or
 * `` `${'word '.repeat(40)}…` ``: it reads nothing of the module, so dropping it changes nothing
 * but the text itself.
 * @param {import('typescript').Node} node
 */
function isSelfContained(node) {
  if (ts.isIdentifier(node)) return false;
  let ok = true;
  /** @param {import('typescript').Node} child */
  const visit = (child) => {
    if (!ok) return;
    // `.repeat` names a property, not a variable.
    if (ts.isPropertyAccessExpression(child)) {
      visit(child.expression);
      return;
    }
    if (ts.isIdentifier(child)) ok = false;
    else ts.forEachChild(child, visit);
  };
  ts.forEachChild(node, visit);
  return ok;
}

/**
 * True for a list of texts that name no variable, the only shape removed.
 * @param {import('typescript').Node} node
 */
function isStringList(node) {
  return ts.isArrayLiteralExpression(node) && node.elements.every((e) => !ts.isSpreadElement(e) && isSelfContained(e));
}

/**
 * The source with every test-only property cut out, and how many were cut.
 * @param {string} source
 * @param {string} fileName
 * @returns {{ contents: string, removed: number }}
 */
export function stripTableExamples(source, fileName) {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  /** @type {[number, number][]} */
  const cuts = [];
  /** @param {import('typescript').Node} node */
  const visit = (node) => {
    if (ts.isObjectLiteralExpression(node)) {
      for (const [i, property] of node.properties.entries()) {
        if (
          !ts.isPropertyAssignment(property) ||
          !ts.isIdentifier(property.name) ||
          !TEST_ONLY.has(property.name.text) ||
          !isStringList(property.initializer)
        )
          continue;
        // Cut the property and the comma after it (the last property may have none).
        const next = node.properties[i + 1];
        const end = next ? next.getStart(file) : property.end;
        let cutEnd = end;
        if (!next) {
          const rest = source.slice(property.end);
          const comma = /^\s*,/.exec(rest);
          if (comma) cutEnd = property.end + comma[0].length;
        }
        cuts.push([property.getStart(file), cutEnd]);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let out = source;
  for (const [start, end] of cuts.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + out.slice(end);
  return { contents: out, removed: cuts.length };
}

/**
 * The plugin, for the modules of `coreDir` (src/core).
 * @param {string} coreDir
 * @returns {import('esbuild').Plugin}
 */
export function stripTableExamplesPlugin(coreDir) {
  const escaped = coreDir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return {
    name: 'strip-table-examples',
    setup(b) {
      b.onLoad({ filter: new RegExp(`^${escaped}[\\\\/].*\\.ts$`) }, async (args) => {
        const source = await readFile(args.path, 'utf8');
        if (!/\b(?:examples|lookalikes)\s*:/.test(source)) return undefined;
        return { contents: stripTableExamples(source, args.path).contents, loader: 'ts' };
      });
    },
  };
}

/**
 * Fails the scripts' typecheck when strip-table-examples.d.mts, the declarations that the tests (checked
 * without reading JavaScript) see, no longer says what this module exports.
 * @type {typeof import('./strip-table-examples.mjs')}
 */
const _declared = { stripTableExamples, stripTableExamplesPlugin };
