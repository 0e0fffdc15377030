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

/** The characters a pattern gives a meaning to, escaped one by one (the trie has thousands of steps). */
const SPECIAL = new Set('.*+?^${}()|[]\\');

function escape(value: string): string {
  let out = '';
  for (const ch of value) out += SPECIAL.has(ch) ? `\\${ch}` : ch;
  return out;
}

/**
 * A whole-word pattern for any of `words`, matching the longest listed word at the leftmost place.
 *
 * The words are written as a trie, one branch per distinct next character, so that the regular
 * expression engine tries one branch per character of the text instead of every word in turn: a
 * list generated from templates ("deny|denies|denied the|all|any … charge|charges") runs to a
 * thousand forms, and as a flat alternation it took about half a second to compile and ran 50x
 * slower than the trie (the builder's claims pass, 2026-12). The trie matches exactly what the
 * flat alternation, longest first, matches: at any place of the text at most one branch of a
 * node can go on, so the words that match there lie on one path, and the trie tries the longer
 * ones first. That holds unless two branches of a node differ only in case ("US" and "us …"), where
 * a case-blind match could go on along both: such a list keeps the flat alternation.
 */
export function wordListPattern(words: readonly string[]): string {
  // A space in a word stands for any run of white space, so words are compared (and the longest
  // found) with their spaces single; white space around a word is not part of it.
  const unique = [...new Set(words.map((w) => w.replace(/\s+/g, ' ').trim()))].filter((w) => w.length > 0);
  const trie = unique.length > 0 ? trieOf(unique) : undefined;
  const body = trie ? trieSource(trie) : flatSource(unique);
  return `(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`;
}

/** The flat alternation, longest first (the engine takes the first that matches). */
function flatSource(words: readonly string[]): string {
  const sorted = [...words].sort((a, b) => b.length - a.length);
  return sorted.map((w) => escape(w).replace(/\s+/g, '\\s+')).join('|');
}

/** A trie node: its branches by next step (a character, or " " for a run of white space). */
interface TrieNode {
  readonly next: Map<string, TrieNode>;
  /** A listed word ends here. */
  end: boolean;
}

/** The trie of `words`, or undefined where two branches of a node differ only in case. */
function trieOf(words: readonly string[]): TrieNode | undefined {
  const root: TrieNode = { next: new Map(), end: false };
  for (const word of words) {
    let node = root;
    for (const step of word) {
      let child = node.next.get(step);
      if (!child) {
        child = { next: new Map(), end: false };
        node.next.set(step, child);
      }
      node = child;
    }
    node.end = true;
  }
  const caseBlindUnique = (node: TrieNode): boolean => {
    const seen = new Set<string>();
    for (const [step, child] of node.next) {
      for (const key of new Set([step.toLowerCase(), step.toUpperCase()])) {
        if (seen.has(key)) return false;
        seen.add(key);
      }
      if (!caseBlindUnique(child)) return false;
    }
    return true;
  };
  return caseBlindUnique(root) ? root : undefined;
}

/**
 * The trie as a pattern: a run of single branches is written as one literal, and a node where a
 * word ends tries its branches before ending there, so the longer word wins. The word boundary
 * after the whole pattern sends the engine back to a shorter word where a longer one runs on.
 */
function trieSource(node: TrieNode): string {
  let literal = '';
  let at = node;
  while (at.next.size === 1 && !at.end) {
    const [step, child] = [...at.next][0]!;
    literal += stepSource(step);
    at = child;
  }
  if (at.next.size === 0) return literal;
  const branches = [...at.next].map(([step, child]) => stepSource(step) + trieSource(child));
  const group = branches.length === 1 && !at.end ? branches[0] : `(?:${branches.join('|')}${at.end ? '|' : ''})`;
  return literal + group;
}

function stepSource(step: string): string {
  return step === ' ' ? '\\s+' : escape(step);
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

/**
 * A pattern for text that ends in one of `nouns`, then one of `particles` and an optional "the":
 * what stands right before a name that the noun is of ("governor of", "an analyst at the").
 */
export function nounThenParticleAtEnd(nouns: readonly string[], particles: readonly string[]): RegExp {
  return new RegExp(`${wordListPattern(nouns)}\\s+(?:${particles.join('|')})\\s+(?:the\\s+)?$`, 'iu');
}

/** Every word of every entry, lower-cased, for membership tests. */
export function lowerSet(entries: ReadonlyArray<{ readonly words: readonly string[] }>): ReadonlySet<string> {
  return new Set(entries.flatMap((e) => e.words.map((w) => w.toLowerCase())));
}
