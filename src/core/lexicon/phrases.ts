/**
 * Finds the phrases of a word list in lower-cased text, the longest at each position.
 *
 * The lists are large (the stance operators expand to some 2,900 forms), and one regular
 * expression alternating all of them costs V8 300–600 ms to compile on first use, a long task on
 * the first page a tab reads. Here the forms are indexed by their first word, so a sentence is read
 * word by word and each word is compared with the few forms that start with it.
 *
 * Matching follows the alternation it replaces: a form starts where a word starts (not after a
 * letter, digit or apostrophe) and ends where a word ends; a space in a form stands for any run of
 * white space in the text; forms that begin with an apostrophe or "n'" ("'ll", "n't") attach to the
 * word before and may start inside it.
 */

export interface PhraseMatch {
  /** The form as listed, spaces single. */
  readonly form: string;
  readonly start: number;
  readonly end: number;
}

export interface PhraseFinder {
  /**
   * The phrases of `low` (lower-cased) between `start` and `end`, left to right, the longest form
   * at each position. `overlapping` also looks at positions inside a match ("is finished" and
   * "finished as"); otherwise the search goes on after it.
   */
  find(low: string, start: number, end: number, overlapping?: boolean): PhraseMatch[];
  /** Every form the finder knows. */
  readonly forms: ReadonlySet<string>;
}

const isWordChar = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
/**
 * White space as the regular expressions' `\s` sees it (ECMAScript's WhiteSpace and
 * LineTerminator), decided by code: a pattern test per character was most of `matchAt`'s time in
 * a cold pass (measured 2026-12).
 */
export function isSpaceCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}
const APOSTROPHE = 39;
/** Characters a form may hold; anything else is a mistake in a list (a regular expression written as a phrase). */
const FORM = /^[a-z0-9' .-]+$/;

const attached = (form: string): boolean => form.startsWith("'") || form.startsWith("n'");

/** The leading run of letters and digits of `s` from `at`. */
function leadingWord(s: string, at: number, end = s.length): string {
  let i = at;
  while (i < end && isWordChar(s.charCodeAt(i))) i++;
  return s.slice(at, i);
}

/** Where `form` ends when it matches `low` at `at` (within `end`), else -1. */
function matchAt(low: string, at: number, end: number, form: string): number {
  let i = at;
  for (let k = 0; k < form.length; k++) {
    const ch = form[k]!;
    if (ch === ' ') {
      if (i >= end || !isSpaceCode(low.charCodeAt(i))) return -1;
      while (i < end && isSpaceCode(low.charCodeAt(i))) i++;
    } else if (i < end && low[i] === ch) i++;
    else return -1;
  }
  return i < end && isWordChar(low.charCodeAt(i)) ? -1 : i;
}

export function phraseFinder(list: Iterable<string>): PhraseFinder {
  const forms = new Set<string>();
  const byWord = new Map<string, string[]>();
  const attachedForms: string[] = [];
  for (const raw of list) {
    const form = raw.replace(/\s+/g, ' ').trim();
    if (!FORM.test(form))
      throw new Error(`phrase "${raw}" holds characters a phrase cannot (a pattern's "?" or "*" is not expanded: write "concern[s]")`);
    if (forms.has(form)) continue;
    forms.add(form);
    if (attached(form)) {
      attachedForms.push(form);
      continue;
    }
    const first = leadingWord(form, 0);
    const key = first === '' ? form[0]! : first;
    const bucket = byWord.get(key);
    if (bucket) bucket.push(form);
    else byWord.set(key, [form]);
  }
  const longestFirst = (a: string, b: string): number => b.length - a.length;
  for (const bucket of byWord.values()) bucket.sort(longestFirst);
  attachedForms.sort(longestFirst);

  const firstMatch = (low: string, at: number, end: number, candidates: readonly string[] | undefined): PhraseMatch | undefined => {
    if (!candidates) return undefined;
    for (const form of candidates) {
      const to = matchAt(low, at, end, form);
      if (to >= 0) return { form, start: at, end: to };
    }
    return undefined;
  };

  return {
    forms,
    find(low, start, end, overlapping = false) {
      const out: PhraseMatch[] = [];
      let p = start;
      while (p < end) {
        const code = low.charCodeAt(p);
        let match: PhraseMatch | undefined;
        const before = p > start ? low.charCodeAt(p - 1) : -1;
        if (before === -1 || (!isWordChar(before) && before !== APOSTROPHE)) {
          const word = leadingWord(low, p, end);
          match = firstMatch(low, p, end, byWord.get(word === '' ? low[p]! : word));
        }
        if (!match && attachedForms.length > 0 && (code === APOSTROPHE || (code === 110 && low.charCodeAt(p + 1) === APOSTROPHE))) {
          match = firstMatch(low, p, end, attachedForms);
        }
        if (match) {
          out.push(match);
          p = overlapping ? p + 1 : Math.max(p + 1, match.end);
        } else p++;
      }
      return out;
    },
  };
}
