/**
 * Sentence splitting around candidate spans only.
 *
 * `Intl.Segmenter` is run on a window around each candidate rather than on whole blocks, because
 * as of 2026-11 it is quadratic in Node 20 (1.9 s on 170 KB) and a page may hold one huge block.
 * Every engine splits after "Gen.", "Mr." and initials ("Kevin C. Leahy"), so those splits are
 * merged back.
 */

import { SENTENCE_ABBREVIATIONS, TITLE_ABBREVIATIONS } from './lexicon/abbreviations';

/** A sentence as a range of the block's text, without trailing spaces. */
export interface SentenceRange {
  /** Start offset in the block text. */
  readonly start: number;
  /** End offset (exclusive) in the block text. */
  readonly end: number;
}

/** Titles and ranks: a period after them never ends a sentence, because a name follows. */
const TITLES = TITLE_ABBREVIATIONS;

/**
 * Other abbreviations, which may also end a sentence ("troops left the U.S. The talks ended."):
 * compared without the period and case-insensitively, and not merged when the next word is one
 * that usually starts a sentence.
 */
const ABBREVIATIONS = SENTENCE_ABBREVIATIONS;

/** Words that usually start a sentence, so a period before them ends one even after "U.S.". */
const SENTENCE_STARTERS = new Set([
  'the',
  'a',
  'an',
  'but',
  'and',
  'or',
  'so',
  'yet',
  'it',
  'its',
  'he',
  'she',
  'they',
  'we',
  'i',
  'you',
  'this',
  'that',
  'these',
  'those',
  'there',
  'here',
  'however',
  'meanwhile',
  'still',
  'in',
  'on',
  'at',
  'for',
  'if',
  'when',
  'while',
  'after',
  'before',
  'as',
  'since',
  'although',
  'though',
  'his',
  'her',
  'their',
  'our',
  'what',
  'who',
  'why',
  'how',
  'some',
  'many',
  'most',
  'officials',
  'today',
]);

/** The word (with inner periods) just before the trailing period and spaces of a segment. */
const LAST_TOKEN = /([\p{L}.]+)\.([\s"'’”)\]]*)$/u;
/** A dotted acronym such as "U.S" or "U.N" (the final period is already stripped). */
const DOTTED = /^(?:\p{L}\.)+\p{L}$/u;
/** A single capital letter: an initial such as the "C" of "Kevin C. Leahy". */
const INITIAL = /^\p{Lu}$/u;
const FIRST_WORD = /^[\s"'‘“(]*([\p{L}]+)/u;

/**
 * True when a segment ends with an abbreviation or initial, not the end of a sentence. `next` is
 * the text that follows, which tells "the U.S. Army" from "left the U.S. The talks".
 */
export function endsWithAbbreviation(segment: string, next = ''): boolean {
  const m = LAST_TOKEN.exec(segment);
  if (!m) return false;
  // A line break after the period is a hard end (a heading, a list item).
  if (/[\n\r\u2028\u2029]/.test(m[2]!)) return false;
  const token = m[1]!;
  const lower = token.toLowerCase();
  if (TITLES.has(lower)) return true;
  if (!(INITIAL.test(token) || DOTTED.test(token) || ABBREVIATIONS.has(lower))) return false;
  const word = FIRST_WORD.exec(next)?.[1];
  return word === undefined || !SENTENCE_STARTERS.has(word.toLowerCase());
}

/**
 * Whether the full stop at `at` follows a plain word that cannot be an abbreviation: two or more
 * ASCII letters, starting at `from` or after an ASCII character that is neither a letter nor a
 * full stop, and neither a title nor an abbreviation of the lists. For such a stop
 * `endsWithAbbreviation` is always false; this answers it without slicing the text and running
 * its patterns, for the sentence ends of every block the claim scan cuts (most of them end a
 * plain word).
 */
export function followsPlainWord(text: string, at: number, from: number): boolean {
  let i = at;
  while (i > from) {
    const c = text.charCodeAt(i - 1);
    const lower = c | 32;
    if (lower >= 97 && lower <= 122) i--;
    else if (c >= 128 || c === 0x2e) return false;
    else break;
  }
  if (at - i < 2) return false;
  const word = text.slice(i, at).toLowerCase();
  return !TITLES.has(word) && !ABBREVIATIONS.has(word);
}

let segmenter: Intl.Segmenter | null = null;

/**
 * A single line break inside a block is a wrapped line (hard-wrapped text, a line break in HTML
 * source that the page renders as a space), not the end of a sentence, which Intl.Segmenter would
 * make it: it is read as a space. A blank line, or a break after terminal punctuation, still ends one.
 */
const WRAPPED_LINE = /(?<![\n.!?:;"”’)\]])[ \t]*\r?\n(?![ \t]*\r?\n)/g;

/**
 * A character at which the sentence segmenter may end a sentence, or one this module cannot vouch
 * for: every character but those of the ASCII and Latin ranges, the typographic quotes and dashes
 * and the no-break space, which are neither terminal punctuation nor separators in Unicode's
 * sentence-break rules (UAX #29: ATerm, STerm, Sep). A text without one is a single sentence.
 */
const MAY_END_SENTENCE = /[^\x20\x22-\x2d\x2f-\x3e\x40-\x7e\t\u00a0-\u024f\u2010-\u2023\u2027\u2030-\u203b]/;

/**
 * The end of a sentence: terminal punctuation, then closing quotes and brackets, then spaces (not
 * line breaks, which end a sentence of their own), in that order: the segmenter ends a sentence
 * before a quote that follows a period and a space ('said no. "').
 */
const SENTENCE_TAIL = /[.!?]*["'’”)\]]*[ \t\u00a0]*$/;

/**
 * Whether `slice` is one sentence by the segmenter's rules: nothing before its tail can end a
 * sentence. A claim sentence on the dense bench page cost about 0.1 ms in the segmenter, most of
 * it set-up, and rough sentences (see `roughSentences` in claims.ts) are mostly single sentences.
 */
function isOneSentence(slice: string): boolean {
  const tail = SENTENCE_TAIL.exec(slice);
  const body = tail ? slice.slice(0, tail.index) : slice;
  return !MAY_END_SENTENCE.test(body);
}

/** Splits `text[from, to)` into sentences with the abbreviation splits merged back. */
export function splitSentences(text: string, from = 0, to = text.length): SentenceRange[] {
  const slice = text.slice(from, to);
  if (isOneSentence(slice)) {
    const whole = trimRange(text, from, to);
    return whole.end > whole.start ? [whole] : [];
  }
  return segmentedSentences(text, from, to);
}

/** `splitSentences` without its shortcut: always through `Intl.Segmenter` (exported for a differential test). */
export function segmentedSentences(text: string, from = 0, to = text.length): SentenceRange[] {
  const slice = text.slice(from, to);
  segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
  const out: SentenceRange[] = [];
  let pendingStart = -1;
  // Same length, so offsets stay those of the original.
  const unwrapped = slice.includes('\n') ? slice.replace(WRAPPED_LINE, (m) => ' '.repeat(m.length)) : slice;
  for (const seg of segmenter.segment(unwrapped)) {
    const start = from + seg.index;
    const end = start + seg.segment.length;
    if (pendingStart < 0) pendingStart = start;
    if (end < to && endsWithAbbreviation(seg.segment, text.slice(end, end + 24))) continue;
    out.push(trimRange(text, pendingStart, end));
    pendingStart = -1;
  }
  if (pendingStart >= 0) out.push(trimRange(text, pendingStart, to));
  return out.filter((s) => s.end > s.start);
}

function trimRange(text: string, start: number, end: number): SentenceRange {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return { start: s, end: e };
}

/**
 * Returns the sentences that contain the given offsets (sorted or not), each once, in text order.
 * Only windows of about `radius` characters around the offsets are segmented; a window is widened
 * when the sentence found for an offset touches its edge.
 */
export function sentencesAround(text: string, offsets: readonly number[], radius = 600): SentenceRange[] {
  if (offsets.length === 0 || text.length === 0) return [];
  const sortedOffsets = [...offsets].sort((a, b) => a - b);
  const found = new Map<number, SentenceRange>();
  let last: SentenceRange | undefined;
  let i = 0;
  while (i < sortedOffsets.length) {
    const offset = sortedOffsets[i]!;
    // Offsets already inside a sentence found earlier need no more work.
    if (last && containsOffset(last, offset, text)) {
      i++;
      continue;
    }
    let r = radius;
    for (;;) {
      const from = Math.max(0, offset - r);
      // Take in the following offsets that fall into the same window.
      let to = Math.min(text.length, offset + r);
      let j = i;
      while (j + 1 < sortedOffsets.length && sortedOffsets[j + 1]! < to - r / 2) {
        j++;
        to = Math.min(text.length, sortedOffsets[j]! + r);
      }
      const sentences = splitSentences(text, from, to);
      const first = sentences[0];
      const lastSentence = sentences[sentences.length - 1];
      const needWider =
        (from > 0 && first !== undefined && containsOffset(first, offset, text)) ||
        (to < text.length && lastSentence !== undefined && containsOffset(lastSentence, sortedOffsets[j]!, text));
      if (needWider && (from > 0 || to < text.length) && r < text.length) {
        r *= 2;
        continue;
      }
      for (let k = i; k <= j; k++) {
        const at = sortedOffsets[k]!;
        const sentence = sentences.find((s) => containsOffset(s, at, text));
        if (sentence && !found.has(sentence.start)) {
          found.set(sentence.start, sentence);
          if (!last || sentence.start > last.start) last = sentence;
        }
      }
      i = j + 1;
      break;
    }
  }
  return [...found.values()].sort((a, b) => a.start - b.start);
}

/** True when `offset` lies in the sentence or in the spaces that follow it. */
function containsOffset(sentence: SentenceRange, offset: number, text: string): boolean {
  if (offset >= sentence.start && offset < sentence.end) return true;
  if (offset < sentence.end) return false;
  for (let k = sentence.end; k < offset; k++) if (!/\s/.test(text[k]!)) return false;
  return offset === sentence.end || /\s/.test(text[offset] ?? '');
}
