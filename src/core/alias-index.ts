/**
 * Finds every form of every name (or cue term) in one pass over folded text.
 *
 * Forms are kept in a trie of their words. The text is read once: at each place a word starts,
 * its words are hashed as they are read and walked down the trie, and every form ending at a node
 * is compared in full; word boundaries and case are then checked in JS on the original text.
 * History: issue 4 chose one compiled alternation RegExp (170–316 MB/s up to 1,000 aliases, against
 * 6–15 MB/s for the npm Aho–Corasick libraries; `u`-flag look-arounds were catastrophically slow).
 * With the shared vocabulary the claim index grew to 2,281 forms, where the trie measured 1.5x
 * faster than the alternation and compiles no pattern (issue 10). Forms that start with a
 * non-word character are few and stay in an alternation. The choice stays behind
 * `createAliasIndex` so that it can be swapped after a new measurement.
 */
import { foldString, type FoldedText } from './normalize';

/** One form to look for. */
export interface AliasEntry {
  /** The form as written in the pack. */
  readonly text: string;
  /** When true, the page's characters must have the same case as `text` (after folding marks). */
  readonly caseSensitive?: boolean;
}

/** One place where one or more entries occur, with the original-text range. */
export interface AliasHit<T extends AliasEntry> {
  /** Start offset in the original text. */
  readonly start: number;
  /** End offset (exclusive) in the original text. */
  readonly end: number;
  /** Start offset in the folded text. */
  readonly foldedStart: number;
  /** End offset (exclusive) in the folded text. */
  readonly foldedEnd: number;
  /** Every entry whose form occurs here (several when different entries fold alike). */
  readonly entries: readonly T[];
}

/** A compiled set of forms. */
export interface AliasIndex<T extends AliasEntry> {
  /**
   * Finds, at every position of the folded text, the longest form that occurs there with word
   * boundaries on both sides, plus the shorter forms that also start there. Hits may overlap; they
   * come sorted by start, longest first. With `tally`, its `words` is set to how many words the
   * folded text holds (runs of letters, digits and marks), counted on the same walk.
   */
  find(folded: FoldedText, tally?: WordTally): AliasHit<T>[];
}

/**
 * Where `find` leaves the number of words it walked over. The page rules weigh what a page is
 * about against its length in words; counting them on a pass of their own over every block of
 * every page cost as much as a tenth of the first pass on the bench's dense page (measured
 * 2026-12, Node 20 under callgrind: 39 M of 720 M instructions), and `find` already stops at
 * every word.
 */
export interface WordTally {
  words: number;
}

interface Key<T> {
  /** The folded form. */
  readonly folded: string;
  /** Entries matched without regard to case (`NONE` until there is one). */
  any: T[];
  /** Case-sensitive entries with their case-preserving fold (`NONE` until there is one). */
  exact: { entry: T; fold: string }[];
  /** Whether the first and last characters are word characters and need a boundary. */
  readonly boundStart: boolean;
  readonly boundEnd: boolean;
  /** Shorter keys that are prefixes of this one, longest first (kept for forms that start with a non-word character, which the alternation finds). */
  prefixes: Key<T>[];
}

const ASCII_WORD = new Uint8Array(128);
for (let c = 0x30; c <= 0x39; c++) ASCII_WORD[c] = 1;
for (let c = 0x41; c <= 0x5a; c++) ASCII_WORD[c] = 1;
for (let c = 0x61; c <= 0x7a; c++) ASCII_WORD[c] = 1;
const UNICODE_WORD = /[\p{L}\p{N}\p{M}]/u;

/** True when the UTF-16 unit at `i` belongs to a letter, digit or mark of any script. */
export function isWordCharAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < 128) return ASCII_WORD[c] === 1;
  // A low surrogate belongs to the code point that starts one unit earlier.
  if (c >= 0xdc00 && c <= 0xdfff && i > 0) return UNICODE_WORD.test(text.slice(i - 1, i + 1));
  if (c >= 0xd800 && c <= 0xdbff) return UNICODE_WORD.test(text.slice(i, i + 2));
  // Format characters (zero-width joiners, soft hyphens) sit inside words.
  if (c === 0xad || c === 0x200c || c === 0x200d || c === 0x640) return true;
  return UNICODE_WORD.test(text[i]!);
}

function isApostrophe(c: number): boolean {
  return c === 0x27 || c === 0x2019 || c === 0x2018 || c === 0x2bc || c === 0x60;
}

/**
 * True when a name may start at `start`: not inside a word, and not right after "O'" or "l'"
 * (an apostrophe glued to a letter on its left continues that word).
 */
export function isWordStart(text: string, start: number): boolean {
  if (isWordCharAt(text, start - 1)) return arabicProcliticsBefore(text, start);
  if (start >= 2 && isApostrophe(text.charCodeAt(start - 1)) && isWordCharAt(text, start - 2)) return false;
  return true;
}

/**
 * Arabic writes "and", "with", "to", "so" and "like" as one letter joined to the next word
 * (و ب ل ف ك): "والسوداني" is "and al-Sudani". A name in Arabic script may therefore start after
 * one or two of these letters when they themselves start the word.
 */
const ARABIC_PROCLITICS = new Set([0x648, 0x628, 0x644, 0x641, 0x643]);
function arabicProcliticsBefore(text: string, start: number): boolean {
  const first = text.charCodeAt(start);
  if (first < 0x600 || first > 0x6ff) return false;
  for (let n = 1; n <= 2 && start - n >= 0; n++) {
    if (!ARABIC_PROCLITICS.has(text.charCodeAt(start - n))) return false;
    if (!isWordCharAt(text, start - n - 1)) return true;
  }
  return false;
}

/**
 * True when a name may end at `end`: not followed by a letter or digit, except a possessive
 * ("Sudani's", "ISIS’s") whose "'s" is left out of the mention.
 */
export function isWordEnd(text: string, end: number): boolean {
  if (isWordCharAt(text, end)) return false;
  if (end < text.length && isApostrophe(text.charCodeAt(end)) && isWordCharAt(text, end + 1)) {
    const c = text.charCodeAt(end + 1);
    return (c === 0x73 || c === 0x53) && !isWordCharAt(text, end + 2);
  }
  return true;
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * A shared empty list for the keys' and nodes' lists that most never fill: the index of a pack
 * holds some 2,500 keys and 3,800 trie nodes, and their empty arrays and one-entry maps were about
 * a megabyte of the content script's heap on the dense bench page (measured 2026-12).
 */
const NONE: never[] = [];

interface TrieNode<T> {
  /** The word that leads here. */
  readonly word: string;
  /** The forms whose last word ends at this node (`NONE` while there is none). */
  keys: Key<T>[];
  /**
   * The words that may follow: null at a leaf, the one child itself while there is one (most
   * nodes), else by the hash of the word (see `hashOf`), a list where words share a hash.
   */
  next: TrieNode<T> | Map<number, TrieNode<T> | TrieNode<T>[]> | null;
}

function trieNode<T>(word: string): TrieNode<T> {
  return { word, keys: NONE, next: null };
}

/** Adds `child` under `node`. */
function addChild<T>(node: TrieNode<T>, child: TrieNode<T>): void {
  const next = node.next;
  if (next === null) {
    node.next = child;
    return;
  }
  const map = next instanceof Map ? next : new Map<number, TrieNode<T> | TrieNode<T>[]>([[hashOf(next.word), next]]);
  const h = hashOf(child.word);
  const there = map.get(h);
  map.set(h, there === undefined ? child : Array.isArray(there) ? [...there, child] : [there, child]);
  node.next = map;
}

/** Whether `node` leads through the word text[at, at + length). */
function isWordOf<T>(node: TrieNode<T>, text: string, at: number, length: number): boolean {
  return node.word.length === length && text.startsWith(node.word, at);
}

/** The hash `find` computes as it reads a word, so that looking a word up slices no string. */
function hashOf(word: string): number {
  let hash = 0;
  for (let i = 0; i < word.length; i++) hash = (Math.imul(hash, 31) + word.charCodeAt(i)) | 0;
  return hash;
}

/** The child of `node` for the word text[at, at + length), whose hash is `hash`. */
function childOf<T>(node: TrieNode<T>, hash: number, text: string, at: number, length: number): TrieNode<T> | undefined {
  const next = node.next;
  if (next === null) return undefined;
  if (!(next instanceof Map)) return isWordOf(next, text, at, length) ? next : undefined;
  const there = next.get(hash);
  if (there === undefined) return undefined;
  if (!Array.isArray(there)) return isWordOf(there, text, at, length) ? there : undefined;
  for (const child of there) if (isWordOf(child, text, at, length)) return child;
  return undefined;
}

/** Whether each BMP unit is a word character (1) or not (2), learnt as the text shows them. */
const WORD_UNIT = new Uint8Array(0x10000);

/**
 * True when the UTF-16 unit belongs to a letter, digit or mark (surrogates count as such, so a
 * word of any plane is never split). Folded text's words are runs of these.
 */
function isWordUnit(c: number): boolean {
  if (c < 128) return ASCII_WORD[c] === 1;
  if (c >= 0xd800 && c <= 0xdfff) return true;
  let known = WORD_UNIT[c]!;
  if (known === 0) {
    known = c === 0xad || c === 0x200c || c === 0x200d || c === 0x640 || UNICODE_WORD.test(String.fromCharCode(c)) ? 1 : 2;
    WORD_UNIT[c] = known;
  }
  return known === 1;
}

/** How many words folded text holds, as `find` counts them (for an index with no form). */
function countFoldedWords(text: string): number {
  let words = 0;
  for (let i = 0; i < text.length; i++) if (isWordUnit(text.charCodeAt(i)) && (i === 0 || !isWordUnit(text.charCodeAt(i - 1)))) words++;
  return words;
}

/** The words of a folded form, as `find` reads them from the text. */
function wordsOfKey(folded: string): string[] {
  const words: string[] = [];
  let i = 0;
  while (i < folded.length) {
    while (i < folded.length && !isWordUnit(folded.charCodeAt(i))) i++;
    const start = i;
    while (i < folded.length && isWordUnit(folded.charCodeAt(i))) i++;
    if (i > start) words.push(folded.slice(start, i));
  }
  return words;
}

/** Builds the index; entries whose fold is empty are ignored. */
export function createAliasIndex<T extends AliasEntry>(entries: readonly T[]): AliasIndex<T> {
  const keys = new Map<string, Key<T>>();
  for (const entry of entries) {
    const folded = foldString(entry.text).trim();
    if (folded === '') continue;
    let key = keys.get(folded);
    if (!key) {
      key = {
        folded,
        any: NONE,
        exact: NONE,
        boundStart: isWordCharAt(folded, 0),
        boundEnd: isWordCharAt(folded, folded.length - 1),
        prefixes: NONE,
      };
      keys.set(folded, key);
    }
    // A list starts as a literal of its first entry: an empty array that is pushed to reserves
    // room for 17, and most keys have one entry.
    if (entry.caseSensitive) {
      const exact = { entry, fold: foldString(entry.text, { caseFold: false }).trim() };
      if (key.exact === NONE) key.exact = [exact];
      else key.exact.push(exact);
    } else if (key.any === NONE) key.any = [entry];
    else key.any.push(entry);
  }
  if (keys.size === 0)
    return {
      find: (folded, tally) => {
        if (tally) tally.words = countFoldedWords(folded.text);
        return [];
      },
    };
  // The alternation of forms that start with a non-word character wants them longest first, each
  // with its shorter forms; the trie needs neither.
  const sorted = [...keys.values()]
    .filter((key) => !key.boundStart)
    .sort((a, b) => b.folded.length - a.folded.length || (a.folded < b.folded ? -1 : 1));
  for (const key of sorted) {
    // Only a prefix that ends where the key has a non-word character can ever match on its own
    // (a shorter form ending mid-word fails the word-end check), so only those places are looked
    // up: linear in the keys' length, where comparing every pair was quadratic (2,800 keys took
    // 60 ms).
    const prefixes: Key<T>[] = [];
    for (let at = key.folded.length - 1; at > 0; at--) {
      if (isWordCharAt(key.folded, at) && isWordCharAt(key.folded, at - 1)) continue;
      const other = keys.get(key.folded.slice(0, at));
      if (other) prefixes.push(other);
    }
    // Longest first, as the loop found them.
    if (prefixes.length > 0) key.prefixes = prefixes;
  }
  // Forms that start with a word character are found through a trie of their words: at each
  // place a word starts, the folded text's words are walked down the trie and every form that
  // ends at a node is compared in full. Forms that start with a non-word character are few and go
  // in one alternation.
  const root = trieNode<T>('');
  let longestWord = 0;
  for (const key of keys.values()) {
    if (!key.boundStart) continue;
    let node = root;
    for (const word of wordsOfKey(key.folded)) {
      longestWord = Math.max(longestWord, word.length);
      let next = childOf(node, hashOf(word), word, 0, word.length);
      if (!next) {
        next = trieNode<T>(word);
        addChild(node, next);
      }
      node = next;
    }
    if (node.keys === NONE) node.keys = [key];
    else node.keys.push(key);
  }
  const free = sorted.map((key) => escapeRegExp(key.folded));
  const freePattern = free.length > 0 ? new RegExp(free.join('|'), 'g') : null;

  /** Returns the entries of `key` that hold at folded [fs, fe), or null. */
  const check = (folded: FoldedText, key: Key<T>, fs: number): AliasHit<T> | null => {
    const fe = fs + key.folded.length;
    const start = folded.startOf(fs);
    const end = folded.endOf(fe - 1);
    const original = folded.original;
    if (key.boundStart && !isWordStart(original, start)) return null;
    if (key.boundEnd && !isWordEnd(original, end)) return null;
    let matched: T[] = key.any;
    if (key.exact.length > 0) {
      const slice = foldString(original.slice(start, end), { caseFold: false }).trim();
      const exact = key.exact.filter((e) => e.fold === slice).map((e) => e.entry);
      if (exact.length > 0) matched = matched.length > 0 ? [...matched, ...exact] : exact;
    }
    if (matched.length === 0) return null;
    return { start, end, foldedStart: fs, foldedEnd: fe, entries: matched };
  };

  return {
    find(folded: FoldedText, tally?: WordTally): AliasHit<T>[] {
      const text = folded.text;
      const n = text.length;
      const hits: AliasHit<T>[] = [];
      let words = 0;
      // The forms found at one place, checked longest first (deeper in the trie is longer).
      let found: Key<T>[] = [];
      const at = (fs: number): void => {
        if (found.length > 1) found.sort((a, b) => b.folded.length - a.folded.length);
        for (const key of found) {
          const hit = check(folded, key, fs);
          if (hit) hits.push(hit);
        }
        found = [];
      };
      // The first irregular character at or after the current place (see `changed` below).
      const irregular = folded.irregular;
      let nextIrregular = 0;
      // This loop runs over every character of every block of every page, mostly before the
      // engine has optimised it (a page's first pass is a cold start), so the cheap ASCII test is
      // written out rather than called, and the prefix hashes are only worked out where they are
      // used (measured 2026-12, Node 20 under callgrind on the bench's dense page).
      for (let p = 0; p < n; p++) {
        // A form may start where a word character follows anything but an ASCII letter or digit
        // (after a non-ASCII letter `check` decides: Arabic proclitics).
        const c = text.charCodeAt(p);
        if (c < 128 ? ASCII_WORD[c] === 0 : !isWordUnit(c)) continue;
        if (p > 0) {
          const b = text.charCodeAt(p - 1);
          if (b < 128) {
            if (ASCII_WORD[b] === 1) continue;
            words++;
          } else if (!isWordUnit(b)) words++;
          // Otherwise a letter of another script runs on into this one: no new word.
        } else words++;
        let node: TrieNode<T> | undefined = root;
        let q = p;
        // Where the first word's run of ASCII letters and digits ends, once it is read (-1 before,
        // -2 when the word was too long to be read whole).
        let asciiEnd = -1;
        while (node && q < n) {
          // The word's hash in one read.
          let e = q;
          let hash = 0;
          const limit = Math.min(n, q + longestWord + 1);
          while (e < limit) {
            const u = text.charCodeAt(e);
            if (u < 128) {
              if (ASCII_WORD[u] === 0) break;
            } else {
              if (!isWordUnit(u)) break;
              if (asciiEnd < 0) asciiEnd = e;
            }
            hash = (Math.imul(hash, 31) + u) | 0;
            e++;
          }
          if (asciiEnd < 0) asciiEnd = e < limit || e === n ? e : -2;
          const length = e - q;
          // Where folding dropped a character inside the word (the apostrophe of "Sudani’s", a
          // zero-width space), the original may end a name inside it: every shorter form is
          // tried, and `check` decides on the original text. The first word's test follows the
          // irregular characters along (places only grow); a later word's asks the folded text.
          let changed = false;
          if (length > 1 && irregular.length > 0) {
            if (q === p) {
              while (nextIrregular < irregular.length && irregular[nextIrregular]! < q) nextIrregular++;
              changed = nextIrregular < irregular.length && irregular[nextIrregular]! < e;
            } else changed = folded.changedWithin(q, e);
          }
          if (changed) {
            let prefix = 0;
            for (let k = 1; k < length; k++) {
              prefix = (Math.imul(prefix, 31) + text.charCodeAt(q + k - 1)) | 0;
              const shorter = childOf(node, prefix, text, q, k);
              if (shorter) for (const key of shorter.keys) if (text.startsWith(key.folded, p)) found.push(key);
            }
          }
          if (length > longestWord) break;
          node = childOf(node, hash, text, q, length);
          if (!node) break;
          for (const key of node.keys) if (text.startsWith(key.folded, p)) found.push(key);
          if (!node.next) break;
          // The next word starts after the non-word characters that follow.
          q = e;
          while (q < n && !isWordUnit(text.charCodeAt(q))) q++;
        }
        if (found.length > 0) at(p);
        // No form starts inside a run of ASCII letters and digits (the test at the top of the
        // loop), so the rest of the first word's run is skipped rather than tested letter by
        // letter: on the bench's dense page that test was a third of the time of `find`.
        if (asciiEnd > p + 1) p = asciiEnd - 1;
      }
      if (freePattern) {
        // One shared RegExp is safe because `find` runs to completion without yielding.
        freePattern.lastIndex = 0;
        let m: RegExpExecArray | null;
        let extra = false;
        while ((m = freePattern.exec(text)) !== null) {
          const key = keys.get(m[0])!;
          for (const k of [key, ...key.prefixes]) {
            const hit = check(folded, k, m.index);
            if (hit) {
              hits.push(hit);
              extra = true;
            }
          }
          // Restart one character later, so that a form starting inside this one is still found.
          freePattern.lastIndex = m.index + 1;
        }
        if (extra) hits.sort((a, b) => a.foldedStart - b.foldedStart || b.foldedEnd - a.foldedEnd);
      }
      if (tally) tally.words = words;
      return hits;
    },
  };
}
