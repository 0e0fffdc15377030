/// <reference types="vite/client" />
/**
 * The one table test: every rule table exported by a module of src/core/ (declared with
 * `ruleTable`) runs here. Each entry must fire on each of its examples and on none of its
 * look-alikes, and an entry without both kinds of example fails the convention check.
 */
import { describe, expect, it } from 'vitest';
import { isRuleTable, type RuleTable } from '../../../../src/core/lexicon/table';

const modules = import.meta.glob('../../../../src/core/**/*.ts', { eager: true }) as Record<string, Record<string, unknown>>;

const tables: { file: string; name: string; table: RuleTable }[] = [];
for (const [file, exports] of Object.entries(modules)) {
  for (const [name, value] of Object.entries(exports))
    if (isRuleTable(value)) tables.push({ file: file.replace(/^.*src\//, 'src/'), name, table: value });
}

describe('rule tables', () => {
  it('are found', () => {
    expect(tables.length).toBeGreaterThan(0);
  });

  describe.each(tables)('$file $name', ({ table }) => {
    it('has unique ids and both kinds of example for every entry', () => {
      const ids = table.entries.map((e) => e.id);
      expect(new Set(ids).size).toBe(ids.length);
      const lacking = table.entries
        .filter((e) => e.examples.length === 0 || e.lookalikes.length === 0 || e.reason.trim() === '')
        .map((e) => e.id);
      expect(lacking).toEqual([]);
    });

    const rows = table.entries.flatMap((entry) => [
      ...entry.examples.map((text) => ({ id: entry.id, text, want: true, entry })),
      ...entry.lookalikes.map((text) => ({ id: entry.id, text, want: false, entry })),
    ]);
    it.each(rows)('$id on $text → $want', ({ entry, text, want }) => {
      expect(table.fires(entry, text)).toBe(want);
    });
  });
});
