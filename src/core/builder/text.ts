/**
 * Text helpers for the pack builder: sentence and quotation spans with offsets into the original
 * text (quotes and sentences must be copied verbatim into the pack), ids, and word matching.
 * Sentences are split by hand rather than with `Intl.Segmenter`, which is quadratic in Node 20 and
 * splits inside quotations and after "Gen." or "U.S.".
 */

import { COMPANY_ABBREVIATIONS, SENTENCE_ABBREVIATIONS, TITLE_ABBREVIATIONS } from '../lexicon/abbreviations';

/** A stretch of the article, with offsets into its text. */
export interface Span {
  /** Offset of the first character. */
  start: number;
  /** Offset just past the last character. */
  end: number;
  /** The characters, verbatim. */
  text: string;
}

/** A sentence and its position in the article. */
export interface Sentence extends Span {
  /** Position of the sentence in reading order. */
  index: number;
  /** Index of the paragraph (line block) the sentence belongs to. */
  paragraph: number;
}

const ABBREVIATIONS = new Set([...TITLE_ABBREVIATIONS, ...SENTENCE_ABBREVIATIONS, ...COMPANY_ABBREVIATIONS]);

/** Longest sentence kept whole, in characters. */
const MAX_SENTENCE = 1_500;

/** A stretch inside quotation marks. */
export interface QuoteSpan extends Span {
  /** Offset of the opening mark. */
  outerStart: number;
  /** Offset just past the closing mark (the paragraph's end for a quotation that runs on). */
  outerEnd: number;
  /** Whether the quotation is left open at the paragraph's end and goes on in the next one. */
  runsOn?: boolean;
}

/** Replaces curly apostrophes and quotes by straight ones, keeping every offset. */
export function foldPunctuation(text: string): string {
  return text.replace(/[’‘`´]/g, "'").replace(/[“”„«»]/g, '"');
}

/**
 * The quotation mark that opens at `i`, if any, and its length. Two apostrophes or backticks
 * are one double mark: some papers (the NYT's archive among them) write ''quotes'' that way.
 */
function openingMark(text: string, i: number): { mark: string; length: number } | undefined {
  const c = text[i] ?? '';
  const pair = text.slice(i, i + 2);
  if (pair === "''" || pair === '``')
    return /[\s([—–-]/u.test(text[i - 1] ?? ' ') && !/\s/.test(text[i + 2] ?? ' ') ? { mark: "''", length: 2 } : undefined;
  if (c === '“' || c === '«' || c === '„' || c === '"') return { mark: c, length: 1 };
  // Single marks open a quotation only at the start of a word: "drivers' pay" is a possessive.
  if ((c === '‘' || c === "'") && /[\s([—–-]/u.test(text[i - 1] ?? ' ') && /[\p{L}\p{N}]/u.test(text[i + 1] ?? ''))
    return { mark: c, length: 1 };
  return undefined;
}

/** The length of the mark at `i` that closes a quotation opened by `open`, or 0. */
function closingMark(text: string, i: number, open: string): number {
  const c = text[i];
  if (open === "''") return text.slice(i, i + 2) === "''" ? 2 : c === '"' || c === '”' ? 1 : 0;
  // Sites mix marks ("“…capability.\"" ), so a straight mark also closes a curly one.
  if (open === '“' || open === '„') return c === '”' || c === '“' || c === '"' ? 1 : 0;
  if (open === '«') return c === '»' ? 1 : 0;
  if (open === '‘' || open === "'") {
    const closes =
      (c === '’' || c === "'") &&
      !(/\p{L}/u.test(text[i - 1] ?? ' ') && /\p{L}/u.test(text[i + 1] ?? ' ')) &&
      !/[\p{L}\p{N}]/u.test(text[i + 1] ?? ' ');
    return closes && text.slice(i, i + 2) !== "''" ? 1 : 0;
  }
  if (open === '"') return c === '"' || c === '”' ? 1 : 0;
  return 0;
}

/**
 * Finds every quotation in a stretch of paragraphs. Straight double quotes alternate. A double
 * quotation still open when its paragraph ends runs on to that end (news prose closes a quotation
 * only at its last paragraph, and opens each paragraph of it again); a single mark left open is
 * dropped, since it is more often an apostrophe than a quotation.
 */
export function findQuoteSpans(text: string, from = 0, to = text.length): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open: string | null = null;
  let openAt = -1;
  let openLength = 1;
  const push = (innerStart: number, innerEnd: number, outerEnd: number, runsOn: boolean): void => {
    const raw = text.slice(innerStart, innerEnd);
    const lead = raw.length - raw.trimStart().length;
    const inner = raw.trim();
    if (inner.length === 0) return;
    const span: QuoteSpan = { start: innerStart + lead, end: innerStart + lead + inner.length, text: inner, outerStart: openAt, outerEnd };
    if (runsOn) span.runsOn = true;
    spans.push(span);
  };
  for (let i = from; i <= to; i++) {
    const c = i < to ? (text[i] ?? '') : '\n';
    if (c === '\n') {
      // A double quotation of some length left open at the paragraph's end runs on.
      if (open !== null && open !== '‘' && open !== "'" && /\p{L}.*\s.*\p{L}/u.test(text.slice(openAt + openLength, i)))
        push(openAt + openLength, i, i, true);
      open = null;
      continue;
    }
    if (open === null) {
      const m = openingMark(text, i);
      if (m) {
        open = m.mark;
        openAt = i;
        openLength = m.length;
        i += m.length - 1;
      }
      continue;
    }
    const close = closingMark(text, i, open);
    if (close > 0) {
      push(openAt + openLength, i, i + close, false);
      open = null;
      i += close - 1;
    }
  }
  return spans;
}

/** Whether the period at `i` ends an abbreviation or an initial rather than a sentence. */
function isAbbreviationPeriod(text: string, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && /[\p{L}.]/u.test(text[j] ?? '')) j--;
  const word = text.slice(j + 1, i);
  if (word.length === 0) return false;
  if (/^\p{Lu}$/u.test(word)) return true; // An initial, as in "Michael E. Kurilla".
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return true; // "U.S", "U.N", "a.m".
  return ABBREVIATIONS.has(word.toLowerCase());
}

/**
 * Splits an article into sentences. Line breaks always end a sentence (headlines and captions
 * have no full stop); a full stop inside a quotation does not, so that a multi-sentence quotation
 * stays in one sentence with its attribution.
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraph = 0;
  const push = (start: number, end: number): void => {
    while (start < end && /\s/.test(text[start] ?? '')) start++;
    while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
    // A run-on "sentence" (a list, a page without full stops) is cut at a comma or a space: the
    // pack limits a sentence to 4,000 characters, and the rules downstream expect sentences.
    while (end - start > MAX_SENTENCE) {
      const slice = text.slice(start, start + MAX_SENTENCE);
      let cut = Math.max(slice.lastIndexOf(', '), slice.lastIndexOf('; '));
      if (cut < MAX_SENTENCE / 2) cut = slice.lastIndexOf(' ');
      if (cut <= 0) cut = MAX_SENTENCE - 1;
      push(start, start + cut + 1);
      start += cut + 1;
      while (start < end && /\s/.test(text[start] ?? '')) start++;
    }
    if (end > start) sentences.push({ start, end, text: text.slice(start, end), index: sentences.length, paragraph });
  };
  const paragraphRe = /[^\n]+/g;
  let match: RegExpExecArray | null;
  while ((match = paragraphRe.exec(text)) !== null) {
    const pStart = match.index;
    const pEnd = pStart + match[0].length;
    if (match[0].trim() === '') continue;
    const quotes = findQuoteSpans(text, pStart, pEnd);
    const inQuote = (i: number): boolean => quotes.some((q) => i > q.outerStart && i < q.outerEnd - 1);
    let start = pStart;
    for (let i = pStart; i < pEnd; i++) {
      const c = text[i];
      if (c !== '.' && c !== '!' && c !== '?') continue;
      let j = i + 1;
      while (j < pEnd && /[”’"')\]»]/.test(text[j] ?? '')) j++;
      if (j < pEnd && !/\s/.test(text[j] ?? '')) continue;
      let k = j;
      while (k < pEnd && /\s/.test(text[k] ?? '')) k++;
      if (k < pEnd && !/[\p{Lu}\p{N}“"‘'(«]/u.test(text[k] ?? '')) continue;
      if (inQuote(i) && j === i + 1) continue;
      if (
        c === '.' &&
        isAbbreviationPeriod(text, i) &&
        k < pEnd &&
        !/^(?:The|A|An|But|He|She|It|They|We|In|On)\b/.test(text.slice(k, k + 5))
      )
        continue;
      push(start, j);
      start = j;
    }
    push(start, pEnd);
    paragraph++;
  }
  return sentences;
}

/** Turns a name into a kebab-case id such as `al-sudani`; never empty. */
export function slugify(value: string, maxLength = 60): string {
  const slug = value
    .replace(/\b(?:[A-Za-z]\.){2,}/g, (dotted) => dotted.replace(/\./g, ''))
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const cut = slug.length > maxLength ? slug.slice(0, maxLength).replace(/-[^-]*$/, '') : slug;
  return cut || 'item';
}

/** Returns `base`, or `base-2`, `base-3` … so that ids stay unique. */
export function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/** Escapes a string for use inside a regular expression. */
export function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A regular expression source that matches a phrase on word boundaries, whatever its script. */
export function phrasePattern(phrase: string): string {
  const body = escapeRegExp(foldPunctuation(phrase)).replace(/\s+/g, '\\s+');
  return `(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`;
}

const phraseCache = new Map<string, RegExp>();

/** A cached case-insensitive whole-word regular expression for a phrase (compiling is the slow part). */
export function phraseRegExp(phrase: string, flags = 'iu'): RegExp {
  const key = `${flags}:${phrase}`;
  let re = phraseCache.get(key);
  if (!re) {
    if (phraseCache.size > 5_000) phraseCache.clear();
    re = new RegExp(phrasePattern(phrase), flags);
    phraseCache.set(key, re);
  }
  re.lastIndex = 0;
  return re;
}

/** Whether `text` contains `phrase` as whole words, ignoring case and curly punctuation. */
export function hasPhrase(text: string, phrase: string): boolean {
  return phraseRegExp(phrase).test(foldPunctuation(text));
}

/** Lower-case word tokens of a text, with possessives dropped. */
export function words(text: string): string[] {
  return (
    foldPunctuation(text)
      .toLowerCase()
      .replace(/'s\b/g, '')
      .match(/[\p{L}\p{N}]+(?:[-'][\p{L}\p{N}]+)*/gu) ?? []
  );
}

/** A crude stem so that "threats" meets "threat" and "leaving" meets "leave". */
export function stem(word: string): string {
  const w = word.toLowerCase();
  if (w.length <= 4) return w;
  return w
    .replace(/(?:ies)$/, 'y')
    .replace(/(?:ing|ed|es|s)$/, '')
    .replace(/e$/, '');
}

/** Cuts a text to at most `max` characters at a word boundary, with an ellipsis when cut. */
export function clip(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1).replace(/\s+\S*$/, '');
  return `${cut}…`;
}

/** A transcript's speaker label at the start of a paragraph ("DEPUTY PRESS SECRETARY SABRINA SINGH:"). */
export interface SpeakerLabel {
  /** Offset of the label's first character. */
  start: number;
  /** Offset just past the colon. */
  end: number;
  /** The label in Title Case, without the colon ("Deputy Press Secretary Sabrina Singh"). */
  name: string;
  /** True for a reporter's question ("Q:"), whose words belong to no actor. */
  isQuestion: boolean;
}

/**
 * Finds the speaker labels of a transcript: a paragraph that opens with words in capitals and a
 * colon. Briefings and hearings are written this way, with no quotation marks at all.
 */
export function findSpeakerLabels(text: string): SpeakerLabel[] {
  const labels: SpeakerLabel[] = [];
  const re = /(?:^|\n)[ \t]*((?:Q|[A-Z][A-Z.'’\- ]{1,70}?)):[ \t]/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const raw = m[1]!;
    const start = m.index + m[0].indexOf(raw);
    const isQuestion = /^Q$/.test(raw) || /^(?:QUESTION|REPORTER)$/.test(raw.trim());
    if (!isQuestion && !/[A-Z]{2}/.test(raw)) continue;
    const name = raw
      .trim()
      .toLowerCase()
      .replace(/(^|[\s'’-])(\p{L})/gu, (_all, lead: string, letter: string) => lead + letter.toUpperCase());
    labels.push({ start, end: start + raw.length + 1, name, isQuestion });
  }
  return labels;
}
