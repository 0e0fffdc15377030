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

/** Every surface form of a word-list pattern: its expansions, each inflected by its class, both spellings. */
export function formsOfPattern(pattern: string): string[] {
  const { wordClass, template } = parseWordPattern(pattern);
  const out = new Set<string>();
  for (const phrase of expandTemplate(template)) for (const form of formsOf(phrase, wordClass)) out.add(form);
  return [...out];
}
