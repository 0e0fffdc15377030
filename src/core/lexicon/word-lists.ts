/**
 * Word lists as rule tables: an entry groups the words of one phenomenon ("days of the week",
 * "verbs of saying"), and the table test checks that each example contains one of them as a whole
 * word and no look-alike does ("May" the month is not "may" the verb; "Sayers" is not "say").
 */
import type { RuleEntry } from './table';

/** An entry whose data is a list of words or phrases. */
export interface WordListEntry extends RuleEntry {
  /** The words or phrases, as written (case matters only where the table says so). */
  readonly words: readonly string[];
}

const compiled = new WeakMap<readonly string[], { exact: RegExp; folded: RegExp }>();

function escape(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A whole-word pattern for any of `words`; a word ending in "." may be followed by anything. */
export function wordListPattern(words: readonly string[]): string {
  const sorted = [...new Set(words)].sort((a, b) => b.length - a.length);
  return `(?<![\\p{L}\\p{N}])(?:${sorted.map((w) => escape(w).replace(/\s+/g, '\\s+')).join('|')})(?![\\p{L}\\p{N}])`;
}

/**
 * Whether `text` contains one of `words` as a whole word: exactly as listed when `caseSensitive`,
 * else ignoring case. Curly apostrophes count as straight ones.
 */
export function hasListedWord(words: readonly string[], text: string, caseSensitive = false): boolean {
  let re = compiled.get(words);
  if (!re) {
    const source = wordListPattern(words);
    re = { exact: new RegExp(source, 'u'), folded: new RegExp(source, 'iu') };
    compiled.set(words, re);
  }
  const folded = text.replace(/[’‘]/g, "'");
  return (caseSensitive ? re.exact : re.folded).test(folded);
}

/** Every word of every entry, lower-cased, for membership tests. */
export function lowerSet(entries: ReadonlyArray<{ readonly words: readonly string[] }>): ReadonlySet<string> {
  return new Set(entries.flatMap((e) => e.words.map((w) => w.toLowerCase())));
}
