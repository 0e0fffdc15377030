/// <reference types="vite/client" />
/**
 * scripts/lib/strip-table-examples.mjs: the bundles ship every rule table of src/core/ as the
 * source declares it, entry for entry and field for field, without the examples and look-alikes
 * that only the table test reads.
 */
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { stripTableExamples, stripTableExamplesPlugin } from '../../../scripts/lib/strip-table-examples.mjs';
import { isRuleTable, type RuleTable } from '../../../src/core/lexicon/table';

const root = resolve(__dirname, '../../..');
const modules = import.meta.glob('../../../src/core/**/*.ts', { eager: true }) as Record<string, Record<string, unknown>>;
const tableModules = Object.entries(modules)
  .map(([file, exports]) => ({
    file: resolve(__dirname, file),
    tables: Object.entries(exports).filter(([, value]) => isRuleTable(value)) as [string, RuleTable][],
  }))
  .filter((m) => m.tables.length > 0);

const dir = mkdtempSync(join(tmpdir(), 'ncl-strip-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The table modules as the build bundles them, loaded. */
async function bundledTables(): Promise<Record<string, Record<string, unknown>>> {
  const contents = tableModules.map((m, i) => `export * as m${i} from ${JSON.stringify(m.file)};`).join('\n');
  const outfile = join(dir, 'tables.mjs');
  await build({
    stdin: { contents, resolveDir: root, loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile,
    plugins: [stripTableExamplesPlugin(join(root, 'src', 'core'))],
    logLevel: 'silent',
  });
  return (await import(pathToFileURL(outfile).href)) as Record<string, Record<string, unknown>>;
}

// Functions in an entry (a rule's test) are compiled anew in the bundle, so they are compared by
// kind and arity; every other field by value.
const withoutExamples = (entry: object): object =>
  Object.fromEntries(
    Object.entries(entry)
      .filter(([key]) => key !== 'examples' && key !== 'lookalikes')
      .map(([key, value]) => [key, typeof value === 'function' ? `function/${(value as (...args: unknown[]) => unknown).length}` : value]),
  );

describe('stripTableExamples', () => {
  it('cuts examples and look-alikes that are lists of texts, and nothing that reads a variable', () => {
    const source = [
      "const a = [{ id: 'x', examples: ['one', `${'two '.repeat(3)}three`], words: ['w'], lookalikes: [\"four\"] }];",
      'const b = { examples: computed(), lookalikes: [`${name}`], other: [...list] };',
    ].join('\n');
    const { contents, removed } = stripTableExamples(source, 'x.ts');
    expect(removed).toBe(2);
    expect(contents.replace(/\s+/g, ' ')).toContain("const a = [{ id: 'x', words: ['w'], }];");
    expect(contents).toContain('const b = { examples: computed(), lookalikes: [`${name}`], other: [...list] };');
  });

  it('keeps every table of src/core entry for entry, without its examples', async () => {
    const bundled = await bundledTables();
    expect(tableModules.length).toBeGreaterThan(3);
    tableModules.forEach((m, i) => {
      for (const [name, table] of m.tables) {
        const shipped = bundled[`m${i}`]![name] as RuleTable;
        expect(shipped.entries.length, `${m.file} ${name}`).toBe(table.entries.length);
        expect(shipped.entries.some((e) => 'examples' in e || 'lookalikes' in e)).toBe(false);
        expect(shipped.entries.map(withoutExamples)).toEqual(table.entries.map(withoutExamples));
      }
    });
  });
});
