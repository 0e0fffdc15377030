/**
 * The page gate: tells, from a page's text read in one native call, which packs could have any
 * mention on it, before a node is walked or a matcher is compiled.
 *
 * Almost every page a reader opens never mentions the story, and compiling one pack's matcher
 * took 7–12 ms in every frame (measured 2026-12, Chromium 156, on this machine), walking a big
 * page node by node several times the cost of reading its text. The gate looks for every form
 * the matcher could ever act on, as plain substrings of the folded text, with one alternation
 * (or form by form in a small text). It answers "no" for a pack only when no mention of it is
 * possible:
 *
 * - an actor is mentioned only where one of its aliases, or one of the variants the matcher makes
 *   of them ("Iraq's army" of "Iraqi army", "US combat troops" of "US troops"), occurs, so a pack
 *   may name an actor only when such a form of one of the actors it highlights occurs somewhere.
 *   The variants come from the pack's variant table (src/core/variant-table.ts); a pack with no
 *   table made from its actors yet is a "maybe" on every page with text;
 * - a claim is stated only in a sentence that names its frame's subject, or every slot of one of
 *   its evidence sets (see src/core/claims.ts); a slot is named when one of its terms occurs or an
 *   alias of one of its actors does (a description such as "the jihadist group" stands only for
 *   an actor the same block names). The predicate and the object are not looked for (the stance
 *   reader finds the predicate through concept words, antonyms and signals, and some objects may
 *   go unsaid), and a slot filled by concepts counts as named: all of which only makes the gate
 *   say "maybe" more often;
 * - word boundaries are not checked, and text read with `textContent` runs blocks together, so a
 *   form found across two blocks or inside a word only makes the gate say "maybe". Folding is
 *   done one character at a time (src/core/normalize.ts), so every segment the scanner would
 *   build, being a run of the same text nodes, folds to a substring of the page's folded text.
 *
 * The claim rule mirrors the current claim model; tests/dom/content/page-gate.test.ts checks on
 * generated text that the gate never says "no" where the matcher finds something.
 */
import { foldString } from '../core/normalize';

/**
 * Characters that `foldText` copies as they are (lower-casing A–Z): printable ASCII but the
 * apostrophe, the hyphen and the backtick. Runs of every other character are folded on their own.
 */
const NOT_PLAIN = /[^\x20-\x26\x28-\x2c\x2e-\x5f\x61-\x7e]+/g;
/** Folds of the runs seen so far: page text repeats the same few ("\n", "’", "—", "\n  "). */
const runFolds = [new Map<string, string>(), new Map<string, string>()];

/**
 * The same string as `foldString(text, { caseFold })`, made with native string operations:
 * every run of characters that need work is folded alone (folding is context-free but for the
 * merging of spaces), the rest is lower-cased in one call, and runs of spaces are merged last.
 * `foldString` builds the folded text character run by character run with its offset map; on the
 * 760 KB bench page it took 7–17 ms in Chromium 156, this 2–4 ms.
 */
export function quickFold(text: string, caseFold: boolean): string {
  const cache = runFolds[caseFold ? 1 : 0]!;
  const folded = text.replace(NOT_PLAIN, (run) => {
    let out = cache.get(run);
    if (out === undefined) {
      out = foldString(run, { caseFold });
      if (run.length <= 16 && cache.size < 4_096) cache.set(run, out);
    }
    return out;
  });
  return (caseFold ? folded.toLowerCase() : folded).replace(/ {2,}/g, ' ');
}
import type { FrameSlot, Pack } from '../core/pack';
import type { VariantRow } from '../core/variant-table';

/** One pack as the gate sees it. */
export interface GatePack {
  /** The pack. */
  readonly pack: Pack;
  /** The actors whose mentions are highlighted (the user's kinds, `highlight: true`). */
  readonly actorIds: readonly string[];
  /**
   * The rows of the table of its actors' alias variants (see src/core/variant-table.ts), which
   * the matcher looks for as well as the aliases; null when no table made from these actors is
   * known yet, and then the gate says "maybe" for the pack on any page with text.
   */
  readonly variants: readonly VariantRow[] | null;
}

/** The compiled gate over a list of packs. */
export interface PageGate {
  /**
   * The indices (in the list the gate was made from) of the packs that may have a mention in any
   * of `texts`, in ascending order. Texts are read as one page: a claim's slots may be found in
   * different texts.
   */
  packsIn(texts: readonly string[]): number[];
  /** The same, giving the page a turn (`pause`) whenever about `sliceMs` of work have passed. */
  packsInSliced(texts: readonly string[], pause: () => Promise<void>, sliceMs?: number): Promise<number[]>;
}

/** Big texts are folded and searched in chunks of about this many characters (see `chunksOf`). */
const CHUNK = 65_536;

/**
 * Cuts a big text into chunks whose folds, put end to end, are the fold of the text: each cut
 * falls between two letters or digits, which fold on their own (only spaces merge with their
 * neighbours, and a pair of surrogates must stay together). A text with no such place for a while
 * (a run of spaces or symbols) gets a longer chunk.
 */
function* chunksOf(text: string): Generator<string> {
  let from = 0;
  while (text.length - from > CHUNK + CHUNK / 4) {
    let cut = from + CHUNK;
    const limit = Math.min(text.length - 1, cut + 4_096);
    while (cut < limit && !/^[\p{L}\p{N}]{2}$/u.test(text.slice(cut - 1, cut + 1))) cut++;
    if (cut >= limit) break;
    yield text.slice(from, cut);
    from = cut;
  }
  yield text.slice(from);
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

/** Texts up to this length are searched form by form, without compiling the alternation. */
const SMALL_TEXT = 4_096;

/**
 * A set of folded forms, each mapped to the signals it raises. A small text (an ad slot's label, a
 * changed paragraph) is searched form by form with `indexOf`, which costs far less than compiling
 * the alternation; a big one with the alternation, in one pass.
 */
class FormIndex {
  private readonly forms = new Map<string, number[]>();
  private pattern: RegExp | null = null;
  private readonly closed = new Map<string, Int32Array>();
  /** Whether a big text must be folded to lower case (see `compile`). */
  private foldCase = false;

  /** `ignoreCase`: the forms are lower-case folds, matched without regard to case in big texts. */
  constructor(private readonly ignoreCase: boolean) {}

  add(form: string, signal: number): void {
    if (form === '') return;
    let list = this.forms.get(form);
    if (!list) this.forms.set(form, (list = []));
    list.push(signal);
  }

  get size(): number {
    return this.forms.size;
  }

  /** The length of the longest form, in UTF-16 units. */
  get longest(): number {
    let longest = 0;
    for (const form of this.forms.keys()) longest = Math.max(longest, form.length);
    return longest;
  }

  /**
   * Calls `raise` with every signal of every form that occurs in the text; stops early when it
   * returns true. `fold(caseFold)` folds the text; a small text is folded as the forms were, a big
   * one once with its case kept, which the case-insensitive alternation reads as well.
   */
  scan(length: number, fold: (caseFold: boolean) => string, raise: (signal: number) => boolean): boolean {
    if (this.forms.size === 0) return false;
    if (length <= SMALL_TEXT) {
      const text = fold(this.ignoreCase);
      for (const [form, signals] of this.forms) {
        if (!text.includes(form)) continue;
        for (const signal of signals) if (raise(signal)) return true;
      }
      return false;
    }
    const pattern = this.compile();
    const text = fold(this.foldCase);
    pattern.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = pattern.exec(text)) !== null) {
      const form = pattern.ignoreCase ? m[0].toLowerCase() : m[0];
      const signals = this.forms.has(form) ? this.closure(form) : null;
      // A match whose lower case is no form (a character that case-folds unlike it lower-cases)
      // raises every signal: the gate may only err towards "maybe".
      if (!signals) {
        for (const list of this.forms.values()) for (const signal of list) if (raise(signal)) return true;
      } else {
        for (let k = 0; k < signals.length; k++) if (raise(signals[k]!)) return true;
      }
      // Restart one unit later, so that forms starting inside this one are found too.
      pattern.lastIndex = m.index + 1;
    }
    return false;
  }

  /** The signals of `form` and of every shorter form that is a prefix of it (they start where it starts). */
  private closure(form: string): Int32Array {
    let signals = this.closed.get(form);
    if (!signals) {
      const all = new Set(this.forms.get(form) ?? []);
      for (let j = 1; j < form.length; j++) for (const s of this.forms.get(form.slice(0, j)) ?? []) all.add(s);
      signals = Int32Array.from(all);
      this.closed.set(form, signals);
    }
    return signals;
  }

  private compile(): RegExp {
    if (this.pattern) return this.pattern;
    // One alternation, longest forms first, so that a match is the longest form at its start. A
    // trie-shaped pattern scanned no faster in Chromium 156 and took 14 ms to build in JS for the
    // seed pack's 491 forms (137 ms for 50 packs), against nothing for the plain alternation.
    const forms = [...this.forms.keys()].sort((a, b) => b.length - a.length);
    // The `i` flag compares characters by their upper case, which is how the matcher's lower-case
    // fold compares ASCII letters; a form with other cased letters ("ß" has no single upper case)
    // is matched in a lower-case fold of the text instead.
    this.foldCase = this.ignoreCase && forms.some((form) => [...form].some((c) => c > '\x7f' && c.toUpperCase() !== c.toLowerCase()));
    this.pattern = new RegExp(forms.map(escapeRegExp).join('|'), this.ignoreCase && !this.foldCase ? 'gi' : 'g');
    return this.pattern;
  }
}

interface CompiledPack {
  /** Whether its variants are unknown, so that any text may hold a mention. */
  readonly unknown: boolean;
  /** Signal ids of the highlighted actors. */
  readonly highlighted: ReadonlySet<number>;
  /** Each claim route: for each of its slots, the signals that make it present (null: always present). */
  readonly routes: readonly (readonly (readonly number[] | null)[])[];
}

/**
 * Compiles the gate. Forms are folded as the matcher folds them; case-sensitive aliases (acronyms
 * such as "IS" or "US") are looked for with their case, in a case-preserving fold of the text,
 * because their lower-case forms occur inside ordinary words on every page. A big text is folded
 * once, with its case: the other forms are matched in it without regard to case (the `i` flag),
 * which finds at least what the matcher's lower-case fold would; folding twice cost 5–8 ms on the
 * 760 KB bench page.
 */
export function createPageGate(packs: readonly GatePack[], highlightClaims: boolean): PageGate {
  const anyCase = new FormIndex(true);
  const exactCase = new FormIndex(false);
  let signals = 0;
  const compiled: CompiledPack[] = packs.map(({ pack, actorIds, variants }) => {
    const actorSignal = new Map<string, number>();
    // Forms are folded with `quickFold` (the same strings as `foldString`, by native calls): the
    // seed pack's 200 aliases and their variants folded character by character cost 4–6 ms of
    // every page with text (Chromium 156, 2026-12), about a sixth of the gate on a page that
    // never names the story.
    const addForm = (text: string, caseSensitive: boolean, signal: number): void => {
      if (caseSensitive) exactCase.add(quickFold(text, false).trim(), signal);
      else anyCase.add(quickFold(text, true).trim(), signal);
    };
    const actorSignals = pack.actors.map((actor) => {
      const signal = signals++;
      actorSignal.set(actor.id, signal);
      for (const alias of actor.aliases) addForm(alias.text, alias.caseSensitive, signal);
      return signal;
    });
    // A variant keeps its alias's case rule, or is exact-case where the row says so.
    for (const [a, i, text, exact] of variants ?? []) {
      const alias = pack.actors[a]?.aliases[i];
      if (alias) addForm(text, alias.caseSensitive || exact === 1, actorSignals[a]!);
    }
    const highlighted = new Set(actorIds.map((id) => actorSignal.get(id)).filter((s): s is number => s !== undefined));
    const routes: (number[] | null)[][] = [];
    if (highlightClaims) {
      const slotSignals = (slot: FrameSlot): number[] | null => {
        // Concept words are the stance reader's business and too many to look for here.
        if (slot.concepts.length > 0) return null;
        const signal = signals++;
        for (const term of slot.terms) anyCase.add(quickFold(term, true).trim(), signal);
        return [signal, ...slot.actors.map((id) => actorSignal.get(id)).filter((s): s is number => s !== undefined)];
      };
      for (const claim of pack.claims) {
        const { subject, evidence } = claim.frame;
        routes.push([slotSignals(subject)]);
        for (const set of evidence) routes.push(set.map(slotSignals));
      }
    }
    return { unknown: variants === null, highlighted, routes };
  });

  // Forms that span two chunks are found in the folded tail of the previous chunk put before the next.
  const overlap = Math.max(anyCase.longest, exactCase.longest);

  /** The gate's work on `texts`, in steps (one chunk of a big text each); returns the packs. */
  function* steps(texts: readonly string[]): Generator<void, number[]> {
    const present = new Uint8Array(signals);
    const decided = new Uint8Array(compiled.length);
    let open = compiled.length;
    const owners = new Int32Array(signals).fill(-1);
    compiled.forEach((pack, p) => {
      for (const s of pack.highlighted) owners[s] = p;
    });
    // A pack whose variants are not known is settled by any text at all.
    if (texts.some((text) => /\S/.test(text)))
      compiled.forEach((pack, p) => {
        if (pack.unknown) {
          decided[p] = 1;
          open--;
        }
      });
    // A highlighted actor's alias settles its pack at once; everything else waits for the end.
    const raise = (signal: number): boolean => {
      present[signal] = 1;
      const owner = owners[signal]!;
      if (owner >= 0 && decided[owner] === 0) {
        decided[owner] = 1;
        open--;
      }
      return open === 0;
    };
    texts: for (const text of texts) {
      if (open === 0) break;
      if (!/\S/.test(text)) continue;
      const tails = new Map<boolean, string>();
      for (const chunk of chunksOf(text)) {
        const folds = new Map<boolean, string>();
        const fold = (caseFold: boolean): string => {
          let folded = folds.get(caseFold);
          if (folded === undefined) folds.set(caseFold, (folded = (tails.get(caseFold) ?? '') + quickFold(chunk, caseFold)));
          return folded;
        };
        if (anyCase.scan(chunk.length, fold, raise) || exactCase.scan(chunk.length, fold, raise)) break texts;
        tails.clear();
        for (const [caseFold, folded] of folds) tails.set(caseFold, folded.slice(Math.max(0, folded.length - overlap)));
        yield;
      }
    }
    const out: number[] = [];
    compiled.forEach((pack, p) => {
      if (decided[p] === 1 || pack.routes.some((route) => route.every((slot) => slot === null || slot.some((s) => present[s] === 1))))
        out.push(p);
    });
    return out;
  }

  return {
    packsIn(texts: readonly string[]): number[] {
      const run = steps(texts);
      for (let step = run.next(); ; step = run.next()) if (step.done) return step.value;
    },
    async packsInSliced(texts: readonly string[], pause: () => Promise<void>, sliceMs = 8): Promise<number[]> {
      const run = steps(texts);
      let sliceStart = performance.now();
      for (let step = run.next(); ; step = run.next()) {
        if (step.done) return step.value;
        if (performance.now() - sliceStart > sliceMs) {
          await pause();
          sliceStart = performance.now();
        }
      }
    },
  };
}

/**
 * The open shadow roots under `root` (nested ones included): their text is not part of
 * `textContent`, and the scanner reads them. Closed roots stay private. A TreeWalker over the
 * elements took 9–10 ms on the 760 KB bench page in Chromium 156; selecting the possible hosts
 * natively (`querySelectorAll` of the built-ins that accept a shadow root and of every unknown
 * element name) took 12–22 ms.
 */
export function openShadowRoots(root: Element | ShadowRoot | Document): ShadowRoot[] {
  const doc = root instanceof Document ? root : root.ownerDocument;
  const out: ShadowRoot[] = [];
  const pending: (Element | ShadowRoot | Document)[] = [root];
  if (root instanceof Element && root.shadowRoot) {
    out.push(root.shadowRoot);
    pending.push(root.shadowRoot);
  }
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const walker = doc.createTreeWalker(next, NodeFilter.SHOW_ELEMENT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const shadow = (node as Element).shadowRoot;
      if (shadow) {
        out.push(shadow);
        pending.push(shadow);
      }
    }
  }
  return out;
}
