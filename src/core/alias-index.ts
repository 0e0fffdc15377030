/**
 * Finds every form of every name (or cue term) in one pass over folded text.
 *
 * The search is one compiled alternation RegExp over the folded text, longest alternative first.
 * Measured in V8 (issue 4): 170–316 MB/s up to 1,000 aliases, against 6–15 MB/s for the npm
 * Aho–Corasick libraries; a big alternation with `u`-flag Unicode look-arounds was catastrophically
 * slow (30 s on 0.5 MB), so word boundaries are checked in JS on the original text instead. The
 * choice stays behind `createAliasIndex` so that it can be swapped after a new measurement.
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
   * come sorted by start, longest first.
   */
  find(folded: FoldedText): AliasHit<T>[];
}

interface Key<T> {
  /** The folded form. */
  readonly folded: string;
  /** Entries matched without regard to case. */
  readonly any: T[];
  /** Case-sensitive entries with their case-preserving fold. */
  readonly exact: { entry: T; fold: string }[];
  /** Whether the first and last characters are word characters and need a boundary. */
  readonly boundStart: boolean;
  readonly boundEnd: boolean;
  /** Shorter keys that are prefixes of this one, longest first. */
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
        any: [],
        exact: [],
        boundStart: isWordCharAt(folded, 0),
        boundEnd: isWordCharAt(folded, folded.length - 1),
        prefixes: [],
      };
      keys.set(folded, key);
    }
    if (entry.caseSensitive) key.exact.push({ entry, fold: foldString(entry.text, { caseFold: false }).trim() });
    else key.any.push(entry);
  }
  const sorted = [...keys.values()].sort((a, b) => b.folded.length - a.folded.length || (a.folded < b.folded ? -1 : 1));
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
    key.prefixes = prefixes;
  }
  if (sorted.length === 0) return { find: () => [] };
  // An ASCII look-behind (no `u` flag) skips most hits inside words ("if" in "different") before
  // they cost a JS check: measured 1.4x faster on prose with the seed pack's cue terms. Forms that
  // start with a non-word character cannot use it and go in a second alternation.
  const bounded = sorted.filter((key) => key.boundStart).map((key) => escapeRegExp(key.folded));
  const free = sorted.filter((key) => !key.boundStart).map((key) => escapeRegExp(key.folded));
  const parts: string[] = [];
  if (bounded.length > 0) parts.push(`(?<![a-z0-9])(?:${bounded.join('|')})`);
  if (free.length > 0) parts.push(`(?:${free.join('|')})`);
  const pattern = new RegExp(parts.join('|'), 'g');

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
    find(folded: FoldedText): AliasHit<T>[] {
      const hits: AliasHit<T>[] = [];
      // One shared RegExp is safe because `find` runs to completion without yielding.
      const re = pattern;
      re.lastIndex = 0;
      const text = folded.text;
      let m: RegExpExecArray | null;
      while ((m = re.exec(text)) !== null) {
        const fs = m.index;
        const key = keys.get(m[0])!;
        const hit = check(folded, key, fs);
        if (hit) hits.push(hit);
        for (const prefix of key.prefixes) {
          const shorter = check(folded, prefix, fs);
          if (shorter) hits.push(shorter);
        }
        // Restart one character later, so that a form starting inside this one is still found
        // ("the coalition" inside "against the coalition forces").
        re.lastIndex = fs + 1;
      }
      return hits;
    },
  };
}
