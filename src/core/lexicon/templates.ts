/**
 * Compact patterns for word lists: `(a|b)` offers alternatives, `[x]` makes a part optional, and
 * a leading word class (`v:`, `n:`, `a:`, `x:`) says how the phrase inflects (see morphology.ts).
 * "v:pose a [serious ](threat|danger)" stands for "pose a threat", "posed a serious danger", …
 * so that a list names each idea once instead of every wording of it.
 */
import { formsOf, type WordClass } from './morphology';

/** Most expansions one pattern may produce; a pattern past it is a mistake in the list. */
const MAX_EXPANSIONS = 2048;

/** Expands `(a|b)` alternatives and `[x]` optional parts (nested or not) into every phrase, spaces normalised. */
export function expandTemplate(pattern: string): string[] {
  // A regular expression's operators are not part of the notation: "(to )?" would be taken as the
  // words "to ?", a form no page writes. Optional parts are "[to ]".
  if (/[?*{}\\]/.test(pattern))
    throw new Error(`pattern "${pattern}" holds a regular expression's operator (?, *, {, } or \\): write optional parts as [x]`);
  // "[x]" is "(x|)".
  const source = pattern.replace(/\[/g, '(').replace(/\]/g, '|)');
  let at = 0;
  /** Expands a sequence up to the next unmatched "|" or ")". */
  const sequence = (): string[] => {
    let out = [''];
    while (at < source.length && source[at] !== '|' && source[at] !== ')') {
      let options: string[];
      if (source[at] === '(') {
        at++;
        options = [];
        for (;;) {
          options.push(...sequence());
          if (source[at] === '|') at++;
          else break;
        }
        if (source[at] !== ')') throw new Error(`pattern "${pattern}" has an unclosed group`);
        at++;
      } else {
        let end = at;
        while (end < source.length && !'()|'.includes(source[end]!)) end++;
        options = [source.slice(at, end)];
        at = end;
      }
      const next: string[] = [];
      for (const prefix of out) for (const option of options) next.push(prefix + option);
      out = next;
      if (out.length > MAX_EXPANSIONS) throw new Error(`pattern "${pattern}" expands to more than ${MAX_EXPANSIONS} phrases`);
    }
    return out;
  };
  const all: string[] = [];
  for (;;) {
    all.push(...sequence());
    if (source[at] === '|') at++;
    else break;
  }
  if (at < source.length) throw new Error(`pattern "${pattern}" has an unmatched ")"`);
  return [...new Set(all.map((phrase) => phrase.replace(/\s+/g, ' ').trim()).filter((phrase) => phrase !== ''))];
}

/** A word-list pattern split into its word class and its template. */
export function parseWordPattern(pattern: string): { wordClass: WordClass; template: string } {
  const m = /^([vnax]):(.*)$/.exec(pattern);
  if (!m) throw new Error(`word pattern "${pattern}" lacks a word class (v:, n:, a: or x:)`);
  return { wordClass: m[1] as WordClass, template: m[2]!.trim() };
}

/**
 * The forms of every pattern the lexicon's tables use, generated ahead (`npm run lexicon:forms`,
 * checked by tests/unit/core/lexicon/forms.test.ts) and installed by the bundle that runs on
 * pages (precomputed-forms.ts, imported first by content-rules.js): generating them took 75–90 ms
 * of the content script's first pass on a page (671 patterns, 6,172 forms; measured 2026-12 in
 * Node, cold). Other bundles (popup, options, review) generate them when asked, which keeps
 * 160 KB out of each. A pattern missing from the table is generated too, so a stale file is
 * slower, never wrong.
 */
let PRECOMPUTED: Readonly<Record<string, string>> = {};

/** Installs the precomputed forms; call before any module that expands its lists is evaluated. */
export function installPrecomputedForms(table: Readonly<Record<string, string>>): void {
  PRECOMPUTED = table;
}

/** While set, every pattern asked for is reported to it (for the generator script). */
let recorder: ((pattern: string) => void) | null = null;

/** Reports every pattern `formsOfPattern` is asked for to `record`, or stops when given null. */
export function recordPatterns(record: ((pattern: string) => void) | null): void {
  recorder = record;
}

/** Every surface form of a word-list pattern: its expansions, each inflected by its class, both spellings. */
export function formsOfPattern(pattern: string): string[] {
  recorder?.(pattern);
  // Each entry is the pattern's forms joined by line breaks: one string parses faster than an
  // array of thousands, and is split only when the pattern is asked for.
  const ready: unknown = Object.hasOwn(PRECOMPUTED, pattern) ? PRECOMPUTED[pattern] : undefined;
  if (typeof ready !== 'string') return generateForms(pattern);
  return ready === '' ? [] : ready.split('\n');
}

/** `formsOfPattern` without the precomputed table. */
export function generateForms(pattern: string): string[] {
  const { wordClass, template } = parseWordPattern(pattern);
  const out = new Set<string>();
  for (const phrase of expandTemplate(template)) for (const form of formsOf(phrase, wordClass)) out.add(form);
  return [...out];
}
