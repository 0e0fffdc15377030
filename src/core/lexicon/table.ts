/**
 * The shape every rule table of `core/` shares (see README.md in this folder): a table is data,
 * and each entry names the phenomenon it stands for, says why it exists, and carries examples
 * that must hold and look-alikes that must not. One table test (tests/unit/core/lexicon) finds
 * every exported table of `src/core/` and runs all of them, and fails an entry without both kinds
 * of example, so a rule cannot be added without the sentences that show what it does.
 */

/** One entry of a rule table: a rule, a word list or a concept, with the texts that show it. */
export interface RuleEntry {
  /** Stable id, unique in its table, used in explanations and in `--reasons` counts. */
  readonly id: string;
  /** Why the entry exists: the phenomenon of the language it stands for, in one sentence. */
  readonly reason: string;
  /** Texts on which the entry must fire. */
  readonly examples: readonly string[];
  /** Texts that look alike and on which it must not fire. */
  readonly lookalikes: readonly string[];
}

/** A table of entries with the probe the table test runs on each example and look-alike. */
export interface RuleTable<E extends RuleEntry = RuleEntry> {
  /** Marks the object as a rule table, so that the table test can find it among a module's exports. */
  readonly kind: 'rule-table';
  /** The table's name, such as "concepts" or "stance operators". */
  readonly name: string;
  /** The entries. */
  readonly entries: readonly E[];
  /** Whether `entry` fires on `text`; the table test expects true for examples, false for look-alikes. */
  readonly fires: (entry: E, text: string) => boolean;
}

/** Declares a rule table; ids must be unique (checked by the table test). */
export function ruleTable<E extends RuleEntry>(
  name: string,
  entries: readonly E[],
  fires: (entry: E, text: string) => boolean,
): RuleTable<E> {
  return { kind: 'rule-table', name, entries, fires };
}

/** True for values declared with `ruleTable`. */
export function isRuleTable(value: unknown): value is RuleTable {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { kind?: unknown }).kind === 'rule-table' &&
    Array.isArray((value as RuleTable).entries)
  );
}
