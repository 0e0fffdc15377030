/**
 * Size budgets for the bundles, checked on every build from esbuild's metafile (see
 * scripts/bundle-budgets.json). content.js comes first: it is parsed in every frame of every page
 * the user opens, so a kilobyte there is paid thousands of times a day.
 *
 * A bundle past its budget fails the build, and the message lists the inputs that grew against
 * the sizes recorded in the same file, largest growth first, so that whoever made it grow sees
 * what to move out. `npm run build -- --record-sizes` writes the current sizes as the new record
 * (after a change that was meant to add weight, with the budget raised in the same commit and the
 * reason in its message).
 */
import { readFileSync, writeFileSync } from 'node:fs';

/** Inputs smaller than this are summed under "(other inputs)" in the record, to keep it short. */
const RECORD_MIN_BYTES = 512;

/**
 * One bundle's size and what it is made of: bytes per input, packages grouped by name.
 * @typedef {{ bytes: number, inputs: Record<string, number> }} BundleSize
 */

/**
 * The budgets file (scripts/bundle-budgets.json): the budget of each bundle, and the sizes last
 * recorded, which growth is measured against.
 * @typedef {{ budgetsKiB: Record<string, number>, recorded?: Record<string, BundleSize> }} Budgets
 */

/**
 * An input's name without where node_modules happens to live: packages by name, our files by path.
 * @param {string} input
 */
export function inputName(input) {
  const at = input.lastIndexOf('node_modules/');
  if (at < 0) return input;
  const [scope = '', name = ''] = input.slice(at + 'node_modules/'.length).split('/');
  return scope.startsWith('@') ? `${scope}/${name}` : scope;
}

/**
 * Reads and checks the budgets file: a budget is a positive number of KiB.
 * @param {string} file
 * @returns {Budgets}
 */
function readBudgets(file) {
  const data = JSON.parse(readFileSync(file, 'utf8'));
  const budgets = data?.budgetsKiB;
  if (typeof budgets !== 'object' || budgets === null || !Object.values(budgets).every((kiB) => typeof kiB === 'number' && kiB > 0))
    throw new Error(`${file}: budgetsKiB must map each bundle to a positive number of KiB`);
  return data;
}

/**
 * Per bundle file name (`content.js`), its bytes and its inputs' bytes, packages grouped.
 * @param {import('esbuild').Metafile} metafile
 * @returns {Record<string, BundleSize>}
 */
export function bundleSizes(metafile) {
  /** @type {Record<string, BundleSize>} */
  const out = {};
  for (const [path, output] of Object.entries(metafile.outputs)) {
    if (!path.endsWith('.js')) continue;
    /** @type {Record<string, number>} */
    const inputs = {};
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const name = inputName(input);
      inputs[name] = (inputs[name] ?? 0) + bytesInOutput;
    }
    out[path.slice(path.lastIndexOf('/') + 1)] = { bytes: output.bytes, inputs };
  }
  return out;
}

/** @param {number} bytes */
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

/**
 * What grew in `now` against `recorded`, largest growth first, as lines of text.
 * @param {BundleSize} now
 * @param {BundleSize | undefined} recorded
 * @returns {string[]}
 */
export function growth(now, recorded) {
  const before = recorded?.inputs ?? {};
  const other = before['(other inputs)'] ?? 0;
  const rows = Object.entries(now.inputs)
    .map(([input, bytes]) => ({ input, bytes, was: before[input] ?? 0 }))
    .filter((row) => row.bytes - row.was >= 64 && !(row.was === 0 && row.bytes < RECORD_MIN_BYTES && other > 0))
    .sort((a, b) => b.bytes - b.was - (a.bytes - a.was));
  return rows
    .slice(0, 12)
    .map((row) => `  ${row.input}: ${row.was === 0 ? 'new' : kib(row.was)} -> ${kib(row.bytes)} (+${kib(row.bytes - row.was)})`);
}

/**
 * Checks `sizes` (from `bundleSizes`) against the budgets in `file`; returns one summary line per
 * budgeted bundle, or throws with what grew when one is past its budget.
 * @param {Record<string, BundleSize>} sizes
 * @param {string} file
 * @param {string} label The folder the bundles are in, for the messages.
 * @returns {string[]}
 */
export function checkBudgets(sizes, file, label) {
  const { budgetsKiB, recorded } = readBudgets(file);
  const lines = [];
  const over = [];
  for (const [name, budget] of Object.entries(budgetsKiB)) {
    const now = sizes[name];
    if (!now) {
      over.push(`${name} has a budget but was not built; remove its budget or restore the entry.`);
      continue;
    }
    lines.push(`${name} ${kib(now.bytes)} of ${budget} KiB`);
    if (now.bytes > budget * 1024) {
      const grew = growth(now, recorded?.[name]);
      over.push(
        `${label}/${name} is ${kib(now.bytes)}, past its budget of ${budget} KiB (recorded ${recorded?.[name] ? kib(recorded[name].bytes) : 'never'}).` +
          (grew.length > 0 ? ` What grew:\n${grew.join('\n')}` : ''),
      );
    }
  }
  for (const name of Object.keys(sizes)) if (!(name in budgetsKiB)) over.push(`${label}/${name} has no size budget: add one to ${file}.`);
  if (over.length > 0) throw new Error(`Bundle size budgets (scripts/bundle-budgets.json):\n${over.join('\n')}`);
  return lines;
}

/**
 * Writes `sizes` into `file` as the record that later growth is measured against.
 * @param {Record<string, BundleSize>} sizes
 * @param {string} file
 */
export function recordSizes(sizes, file) {
  const data = readBudgets(file);
  data.recorded = {};
  for (const [name, { bytes, inputs }] of Object.entries(sizes).sort(([a], [b]) => a.localeCompare(b))) {
    /** @type {Record<string, number>} */
    const kept = {};
    let other = 0;
    for (const [input, size] of Object.entries(inputs).sort((a, b) => b[1] - a[1])) {
      if (size >= RECORD_MIN_BYTES) kept[input] = size;
      else other += size;
    }
    if (other > 0) kept['(other inputs)'] = other;
    data.recorded[name] = { bytes, inputs: kept };
  }
  writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
}
