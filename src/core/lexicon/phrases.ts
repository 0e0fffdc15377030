/**
 * Finds the phrases of a word list in lower-cased text, the longest at each position.
 *
 * The lists are large (the stance operators expand to some 2,900 forms), and one regular
 * expression alternating all of them costs V8 300–600 ms to compile on first use, a long task on
 * the first page a tab reads. Here the forms are indexed by their first word and then by their
 * second, so a sentence is read word by word and each word is compared with the few forms that
 * start with it and the word after it.
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
  /** How many first words have had their forms indexed so far: each is indexed when a text first holds it. */
  indexedWords(): number;
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

/**
 * The forms that start with one word, longest first, by the word that follows it. A form can
 * match only where the text's next word is its own second word, so the common verbs that start
 * hundreds of operator forms ("is" 198, "has" 191, "had" 190) are compared with the few that go on
 * with the text's next word: comparing each in turn was a tenth of the time of a claim block on
 * the bench's dense page (measured 2026-12).
 */
interface Bucket {
  /** The forms that do not go on with a space and a word (one word, or "isn't"): always tried. */
  readonly others: readonly string[];
  /** By second word: the forms with that second word and the others, in the longest-first order. */
  readonly bySecond: ReadonlyMap<string, readonly string[]>;
}

/** The second word of `form`, whose first word is `first`; '' when it does not go on with a space and a word. */
function secondWord(form: string, first: string): string {
  if (first === '' || form.charCodeAt(first.length) !== 0x20) return '';
  return leadingWord(form, first.length + 1);
}

/**
 * Indexes one first word's forms (longest first) by their second word, in one pass: a list is
 * started, with the others met so far, where its second word first appears, and every later form
 * goes to its own list, an other to every list. Filtering the whole bucket once per second word
 * made building the operator finder take 168 ms instead of 27-70 ms (node, 2026-12), at the
 * content script's start.
 */
function bucketOf(forms: readonly string[], first: string): Bucket {
  const others: string[] = [];
  const bySecond = new Map<string, string[]>();
  for (const form of forms) {
    const second = secondWord(form, first);
    if (second === '') {
      others.push(form);
      for (const list of bySecond.values()) list.push(form);
      continue;
    }
    const list = bySecond.get(second);
    if (list) list.push(form);
    else bySecond.set(second, [...others, form]);
  }
  return { others, bySecond };
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
  // Each first word's bucket is sorted and indexed when a text first holds that word: a page
  // meets a few hundred of the operator list's first words, and indexing all of them when the
  // module was evaluated cost every frame that loads the rules 25-33 ms (Chromium 156, 2026-12).
  const buckets = new Map<string, Bucket>();
  const bucketFor = (key: string): Bucket | undefined => {
    let bucket = buckets.get(key);
    if (bucket) return bucket;
    const listed = byWord.get(key);
    if (!listed) return undefined;
    bucket = bucketOf(listed.sort(longestFirst), leadingWord(key, 0));
    buckets.set(key, bucket);
    return bucket;
  };
  attachedForms.sort(longestFirst);

  /** The forms that may match at `at`, where the text's first word is `word` ('' when it starts with another character). */
  const candidatesAt = (low: string, at: number, end: number, word: string): readonly string[] | undefined => {
    const bucket = bucketFor(word === '' ? low[at]! : word);
    if (!bucket) return undefined;
    let i = at + word.length;
    if (bucket.bySecond.size === 0 || i >= end || !isSpaceCode(low.charCodeAt(i))) return bucket.others;
    while (i < end && isSpaceCode(low.charCodeAt(i))) i++;
    return bucket.bySecond.get(leadingWord(low, i, end)) ?? bucket.others;
  };

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
    indexedWords: () => buckets.size,
    find(low, start, end, overlapping = false) {
      const out: PhraseMatch[] = [];
      let p = start;
      while (p < end) {
        const code = low.charCodeAt(p);
        let match: PhraseMatch | undefined;
        const before = p > start ? low.charCodeAt(p - 1) : -1;
        if (before === -1 || (!isWordChar(before) && before !== APOSTROPHE)) {
          const word = leadingWord(low, p, end);
          match = firstMatch(low, p, end, candidatesAt(low, p, end, word));
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
