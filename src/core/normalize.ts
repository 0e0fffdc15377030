/**
 * Folding of page text for matching, with a map from every folded character back to the exact
 * original characters it came from, so that a match in the folded text can be highlighted on the
 * page character for character.
 *
 * Folding works one code point at a time and never looks at neighbours (apart from merging runs of
 * spaces), because a context-free fold is what makes "folding an original slice gives the folded
 * slice" true; `String.prototype.toLowerCase` on a whole string would, for example, turn a final
 * "Σ" into "ς" depending on what follows it.
 */

/**
 * Folded text plus the offset map back to the original.
 *
 * The map is sparse: most folded characters come from exactly one original character right after
 * the previous one's, so only the others ("irregular": merged space runs, characters after a dropped
 * one, expansions such as "ﬁ", surrogate pairs) are stored, and the rest is computed by binary
 * search. Allocating full offset arrays per block cost more than the folding itself (measured in
 * Node 20: 11 ms of 15 ms on 600 KB in 1,800 blocks).
 */
export class FoldedText {
  /** The original text, as given. */
  readonly original: string;
  /** The folded text that aliases and cue terms are searched in. */
  readonly text: string;
  /**
   * Folded indices of the irregular characters, ascending: where a folded character stands for
   * more or other original text than itself (read by the alias index as it walks the text).
   */
  readonly irregular: readonly number[];
  /** Original start of each irregular character. */
  private readonly irregularStarts: readonly number[];
  /** Original end of each irregular character. */
  private readonly irregularEnds: readonly number[];

  /** Wraps the result of `foldText`; not meant to be called elsewhere. */
  constructor(original: string, text: string, irregular: number[], starts: number[], ends: number[]) {
    this.original = original;
    this.text = text;
    this.irregular = irregular;
    this.irregularStarts = starts;
    this.irregularEnds = ends;
  }

  /** The last irregular entry at or before folded index `i`, or -1. */
  private entryAtOrBefore(i: number): number {
    const idx = this.irregular;
    let lo = 0;
    let hi = idx.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (idx[mid]! <= i) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }

  /** True when a folded character in [from, to) stands for more or other original text than itself (a dropped apostrophe, merged spaces, a mark). */
  changedWithin(from: number, to: number): boolean {
    if (this.irregular.length === 0 || to <= from) return false;
    const j = this.entryAtOrBefore(to - 1);
    return j >= 0 && this.irregular[j]! >= from;
  }

  /** The offset in `original` where the source of folded character `i` starts. */
  startOf(i: number): number {
    const j = this.entryAtOrBefore(i);
    if (j < 0) return i;
    const at = this.irregular[j]!;
    return at === i ? this.irregularStarts[j]! : this.irregularEnds[j]! + (i - at - 1);
  }

  /** The offset in `original` just past the source of folded character `i`. */
  endOf(i: number): number {
    const j = this.entryAtOrBefore(i);
    if (j < 0) return i + 1;
    const at = this.irregular[j]!;
    return at === i ? this.irregularEnds[j]! : this.irregularEnds[j]! + (i - at);
  }
}

/** How to fold: lower-casing is optional so that case-sensitive aliases ("ISIS", "IS") can be checked. */
export interface FoldOptions {
  /** Lower-case the text (default true). */
  readonly caseFold?: boolean;
}

const SPACE = 0x20;
/** Dropped, but kept inside the range of the character before it (a combining mark belongs to its letter). */
const DROP = '';
/**
 * Dropped without belonging to any neighbour: an apostrophe is not part of the name before it, so
 * that the word-boundary check sees the "’s" of a possessive after "Sudani".
 */
const SKIP = '\uffff';
const SPACE_FOLD = ' ';

/**
 * Apostrophe-like characters are dropped rather than unified, so that transliterations written
 * with or without them fold alike ("Da'esh" and "Daesh", "Shia'" and "Shia"); a possessive "'s"
 * after a name is then handled by the word-boundary check on the original text.
 */
const APOSTROPHES = new Set([
  0x27, 0x60, 0xb4, 0x2018, 0x2019, 0x201b, 0x2032, 0x2035, 0x02b9, 0x02bb, 0x02bc, 0x02bd, 0x02be, 0x02bf, 0xff07,
]);
/** Every double-quote form folds to the ASCII one. */
const QUOTES = new Set([0x22, 0xab, 0xbb, 0x201c, 0x201d, 0x201e, 0x201f, 0x2033, 0x2036, 0x301d, 0x301e, 0x301f, 0xff02]);
/** Characters that are not dashes in Unicode's eyes but are written as hyphens. */
const EXTRA_DASHES = new Set([0x2212, 0x2043, 0xfe63, 0xff0d, 0x00af]);
/** Arabic tatweel stretches a word visually and carries no letter. */
const TATWEEL = 0x640;
/** Ta marbuta folds to ha, as Arabic search engines do, because the press writes both. */
const TA_MARBUTA = 0x629;
const HA = 'ه';
/** Alef maksura folds to ya for the same reason. */
const ALEF_MAKSURA = 0x649;
const YA = 'ي';

const MARKS = /\p{M}/gu;
const FORMAT = /^\p{Cf}+$/u;
const SPACE_LIKE = /^[\s\p{Pd}\p{Zs}]+$/u;
const SPACE_LIKE_CHAR = /[\s\p{Pd}\p{Zs}]/gu;

const lowerCache = new Map<number, string>();
const caseCache = new Map<number, string>();

/** Computes the fold of one non-ASCII code point; the result is cached by the caller. */
function foldCodePoint(cp: number, caseFold: boolean): string {
  if (APOSTROPHES.has(cp) || cp === 0xffff) return SKIP;
  if (QUOTES.has(cp)) return '"';
  if (EXTRA_DASHES.has(cp)) return SPACE_FOLD;
  if (cp === TATWEEL || cp === 0xad) return SKIP;
  if (cp === TA_MARBUTA) return HA;
  if (cp === ALEF_MAKSURA) return YA;
  const ch = String.fromCodePoint(cp);
  if (FORMAT.test(ch)) return SKIP;
  if (SPACE_LIKE.test(ch)) return SPACE_FOLD;
  // NFKD also folds compatibility forms: full-width letters, ligatures, Arabic presentation
  // forms, and splits Arabic alef with hamza or madda (أ إ آ) into alef plus a mark we strip.
  let out = ch.normalize('NFKD').replace(MARKS, '');
  if (caseFold) out = out.toLowerCase().normalize('NFKD').replace(MARKS, '');
  if (out === '') return DROP;
  if (SPACE_LIKE.test(out)) return SPACE_FOLD;
  // An expansion never contains a space, so that a space in the folded text always stands for a
  // whole run of original spaces.
  out = out.replace(SPACE_LIKE_CHAR, '');
  if (out.length === 1) {
    const c = out.charCodeAt(0);
    if (c === TA_MARBUTA) return HA;
    if (c === ALEF_MAKSURA) return YA;
  }
  return out;
}

function cachedFold(cp: number, caseFold: boolean): string {
  const cache = caseFold ? lowerCache : caseCache;
  let out = cache.get(cp);
  if (out === undefined) {
    out = foldCodePoint(cp, caseFold);
    cache.set(cp, out);
  }
  return out;
}

/** ASCII classes: 0 keep, 1 upper-case letter, 2 space, 3 skip. */
const ASCII_CLASS = new Uint8Array(128);
for (let c = 0x41; c <= 0x5a; c++) ASCII_CLASS[c] = 1;
for (const c of [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0x2d]) ASCII_CLASS[c] = 2;
ASCII_CLASS[0x27] = 3;
ASCII_CLASS[0x60] = 3;
// Other C0 controls carry no text.
for (let c = 0; c < 0x20; c++) if (ASCII_CLASS[c] === 0) ASCII_CLASS[c] = 3;
ASCII_CLASS[0x7f] = 3;

/**
 * Characters that plain ASCII folding leaves alone or only lower-cases, so that a run of them can be
 * folded with one native `toLowerCase` call; the pattern finds the next character that needs the
 * slow path (anything else, or a space that starts a run of spaces). Handling every character in JS
 * ran at about 110 MB/s in Node 20; skipping the plain runs natively is several times faster.
 */
const NEEDS_WORK = /[^\x20-\x26\x28-\x2c\x2e-\x5f\x61-\x7e]|\x20(?=\x20)/g;

/**
 * Folds text for matching: lower case (unless `caseFold` is false), diacritics and other marks
 * removed, compatibility forms and Arabic letter variants unified, apostrophes dropped, quotes
 * unified, every run of spaces, dashes and hyphens turned into one space, zero-width and other
 * format characters and soft hyphens removed.
 */
export function foldText(original: string, options: FoldOptions = {}): FoldedText {
  const caseFold = options.caseFold ?? true;
  const n = original.length;
  const irregular: number[] = [];
  const irrStarts: number[] = [];
  const irrEnds: number[] = [];
  let text = '';
  let len = 0;
  /** Original end of the last folded character: a regular character starts exactly there. */
  let prevEnd = 0;
  /** Original start of the last folded character. */
  let prevStart = 0;
  /** True while the last folded character is a space, so that the next space-like one merges into it. */
  let inSpace = false;

  /** Extends the last folded character to the original offset `end` (a merged space, a trailing mark). */
  const extendLast = (end: number): void => {
    if (len === 0) return;
    if (irregular.length === 0 || irregular[irregular.length - 1] !== len - 1) {
      irregular.push(len - 1);
      irrStarts.push(prevStart);
      irrEnds.push(end);
    } else irrEnds[irrEnds.length - 1] = end;
    prevEnd = end;
  };

  let i = 0;
  while (i < n) {
    NEEDS_WORK.lastIndex = i;
    const found = NEEDS_WORK.exec(original);
    const j = found ? found.index : n;
    if (j > i) {
      let from = i;
      if (inSpace && original.charCodeAt(i) === SPACE) {
        extendLast(i + 1);
        from = i + 1;
      }
      if (j > from) {
        const piece = original.slice(from, j);
        text += caseFold ? piece.toLowerCase() : piece;
        if (from !== prevEnd) {
          irregular.push(len);
          irrStarts.push(from);
          irrEnds.push(from + 1);
        }
        len += j - from;
        prevStart = j - 1;
        prevEnd = j;
        inSpace = original.charCodeAt(j - 1) === SPACE;
      }
      i = j;
      if (i >= n) break;
    }
    // One character that needs work.
    const c = original.charCodeAt(i);
    let out: string;
    let width = 1;
    if (c < 128) {
      const cls = ASCII_CLASS[c]!;
      out = cls === 2 ? SPACE_FOLD : cls === 3 ? SKIP : cls === 1 && caseFold ? String.fromCharCode(c + 32) : String.fromCharCode(c);
    } else {
      let cp = c;
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
        const d = original.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          cp = (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
          width = 2;
        }
      }
      out = cachedFold(cp, caseFold);
    }
    const end = i + width;
    if (out === SKIP) {
      // Nothing to emit; the next character becomes irregular because it does not start at prevEnd.
    } else if (out === DROP || (out === SPACE_FOLD && inSpace)) {
      // A mark belongs to the character before it; a space-like character joins the current run.
      extendLast(end);
    } else {
      const regular = out.length === 1 && width === 1 && i === prevEnd;
      for (let k = 0; k < out.length; k++) {
        if (!regular) {
          irregular.push(len + k);
          irrStarts.push(i);
          irrEnds.push(end);
        }
      }
      text += out;
      len += out.length;
      prevStart = i;
      prevEnd = end;
      inSpace = out === SPACE_FOLD;
    }
    i = end;
  }
  return new FoldedText(original, text, irregular, irrStarts, irrEnds);
}

/** Folds a short string without keeping the offset map (aliases, cue terms, case checks). */
export function foldString(value: string, options: FoldOptions = {}): string {
  // Plain ASCII folds to itself (lower-cased): no need for the offset map.
  NEEDS_WORK.lastIndex = 0;
  if (!NEEDS_WORK.test(value)) return (options.caseFold ?? true) ? value.toLowerCase() : value;
  return foldText(value, options).text;
}

/** Maps the folded range [start, end) back to the original range it came from. */
export function toOriginalRange(folded: FoldedText, start: number, end: number): [number, number] {
  if (end <= start) {
    const at = start < folded.text.length ? folded.startOf(start) : folded.original.length;
    return [at, at];
  }
  return [folded.startOf(start), folded.endOf(end - 1)];
}

/**
 * True when `index` in the folded text begins the fold of a whole original character (or is the
 * end), that is, a range starting or ending there maps back without splitting an expansion.
 */
export function isFoldBoundary(folded: FoldedText, index: number): boolean {
  if (index <= 0 || index >= folded.text.length) return true;
  return folded.startOf(index) !== folded.startOf(index - 1);
}

/** A letter or digit, as `\p{L}` and `\p{N}` define them. */
const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/**
 * How many words `text` holds: runs of letters and digits, exactly as many as
 * `text.match(/[\p{L}\p{N}]+/gu)` finds, but without making a string of each (the claim rules
 * count the words of short spans with it; a block's own word count comes from the alias index's
 * walk, see `WordTally`). ASCII is decided by its code, anything else by the pattern.
 */
export function countWords(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let isWord: boolean;
    if (code < 128) {
      const lower = code | 32;
      isWord = (code >= 48 && code <= 57) || (lower >= 97 && lower <= 122);
    } else {
      const point = text.codePointAt(i) as number;
      if (point > 0xffff) i++;
      isWord = WORD_CHARACTER.test(String.fromCodePoint(point));
    }
    if (isWord && !inWord) count++;
    inWord = isWord;
  }
  return count;
}
