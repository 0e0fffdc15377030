/**
 * A cheap test that a text may hold one of many fixed forms, run before the big alternation that
 * finds them. V8 compiles a RegExp on its first run, and an alternation of every country's names
 * costs 10–20 ms to compile (measured 2026-12, Node 20 and Chromium 156): on a page where no
 * sentence names another country, the gate answers alone and the pattern is never compiled.
 */

/** A maximal run of letters, as `\p{L}` defines them. */
const LETTER_RUN = /\p{L}+/gu;
const LEADING_RUN = /^\p{L}+/u;

/** The run of letters a form starts with ("U" of "U.S.", "Iraq" of "Iraq's"); undefined when it starts with another character. */
export function firstLetterRun(form: string): string | undefined {
  return LEADING_RUN.exec(form)?.[0];
}

/**
 * Returns a test that is false only for a text in which none of `forms` occurs with a non-letter
 * (or the text's edge) on both sides; true means "maybe". Each form's first run of letters must
 * then be a whole run of letters of the text, and the test looks for exactly that. The patterns
 * it guards must demand both boundaries (`(?<!\p{L})` or a space before a form, `(?!\p{L})`, a
 * space or an apostrophe after it), and match case as written. Null when a form does not start
 * with a letter, where no such gate holds.
 */
export function createLetterRunGate(forms: Iterable<string>): ((text: string) => boolean) | null {
  const heads = new Set<string>();
  for (const form of forms) {
    const head = firstLetterRun(form);
    if (head === undefined) return null;
    heads.add(head);
  }
  return (text: string): boolean => {
    LETTER_RUN.lastIndex = 0;
    for (let m = LETTER_RUN.exec(text); m !== null; m = LETTER_RUN.exec(text)) if (heads.has(m[0])) return true;
    return false;
  };
}

/**
 * A test of a sentence by a pattern of `forms` between non-letters, with the letter-run gate in
 * front: the pattern is compiled (by `compile`) on the first sentence the gate lets through, and
 * never on a page where none does.
 */
export function gatedPatternTest(forms: Iterable<string>, compile: () => RegExp): (text: string) => boolean {
  const gate = createLetterRunGate(forms);
  let re: RegExp | null = null;
  return (text) => (gate === null || gate(text)) && (re ??= compile()).test(text);
}
