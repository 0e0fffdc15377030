/**
 * Descriptions that stand for a named actor of a kind: "the jihadist group" for the armed group a
 * paragraph names, "the militants" for its fighters. A claim's subject may be filled by one when
 * the same paragraph names exactly one actor of that kind, as a reader would resolve it.
 */
import { ruleTable, type RuleEntry } from './table';
import { formsOfPattern } from './templates';
import { isSpaceCode } from './phrases';
import type { ActorKind } from '../pack';

/** The descriptions of one kind of actor. */
export interface DescriptionEntry extends RuleEntry {
  /** The kind of actor they describe. */
  readonly kind: ActorKind;
  /** Patterns of the descriptions. */
  readonly words: readonly string[];
}

/** The descriptions, by kind. Only kinds whose descriptions are specific enough are listed. */
export const DESCRIPTIONS = ruleTable<DescriptionEntry>(
  'descriptions',
  [
    {
      id: 'armed-group-description',
      kind: 'armed-group',
      reason: 'News names an armed group once and then describes it: "the jihadist group", "the militant organisation", "the militants".',
      words: [
        'x:the (jihadist|militant|terror|terrorist|extremist|islamist|insurgent|armed|sunni extremist) (group|organisation|organization|network|movement|outfit|militia)',
        'x:the (jihadists|militants|insurgents|extremists|terrorists)',
        // "The organisation" right before a verb, as for "the group".
        'x:the (organisation|organization) (is|was|has|had|remains|remained|still|continues|continued|could|can|will|would|may|might|poses|posed|no longer|retains|represents)',
        'x:what remains of the (group|organisation|organization)',
        // A bare "the group" right before a verb, as the subject of a new statement about it.
        'x:the group (is|was|has|had|remains|remained|still|continues|continued|could|can|will|would|may|might|poses|posed|has been)',
      ],
      examples: ['The jihadist group remains a threat.', 'The militants regrouped.', 'The group remains dangerous.'],
      lookalikes: ['The group of friends met.', 'The militant wing of the union.', 'He joined the group last year.'],
    },
  ],
  (entry, text) => descriptionRe(entry).test(text.toLowerCase()),
);

const cache = new WeakMap<DescriptionEntry, RegExp>();

/** The regular expression of one entry's descriptions (lower-case text). */
export function descriptionRe(entry: DescriptionEntry): RegExp {
  let re = cache.get(entry);
  if (!re) {
    const forms = entry.words.flatMap(formsOfPattern).sort((a, b) => b.length - a.length);
    re = new RegExp(
      `(?<![a-z])(?:${forms.map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|')})(?![a-z])`,
      'g',
    );
    cache.set(entry, re);
  }
  re.lastIndex = 0;
  return re;
}

const anchorCache = new WeakMap<DescriptionEntry, readonly string[]>();

/**
 * Words one of which every description of the entry holds (the longest word of each form): a
 * text with none of them holds no description, so the pattern need not run on it.
 */
export function descriptionAnchors(entry: DescriptionEntry): readonly string[] {
  let anchors = anchorCache.get(entry);
  if (!anchors) {
    const words = entry.words.flatMap(formsOfPattern).map((f) => f.split(' ').reduce((a, b) => (b.length > a.length ? b : a), ''));
    anchors = [...new Set(words)];
    anchorCache.set(entry, anchors);
  }
  return anchors;
}

const pairGates = new WeakMap<DescriptionEntry, (low: string) => boolean>();

/**
 * Whether a lower-case text may hold one of the entry's descriptions. Each description is two
 * words or more, so the text must hold some description's first word, spaces, and its second
 * word: "the militants", "what remains". Most paragraphs that hold an anchor word ("group",
 * "remains") hold no such pair, and there the pattern, whose first run compiled an alternation
 * of every description (some 15 ms, measured 2026-12 in Node 20), need not run. True means "maybe".
 */
export function mayHoldDescription(entry: DescriptionEntry, low: string): boolean {
  let gate = pairGates.get(entry);
  if (!gate) {
    gate = pairGateOf(entry.words.flatMap(formsOfPattern));
    pairGates.set(entry, gate);
  }
  return gate(low);
}

function pairGateOf(forms: readonly string[]): (low: string) => boolean {
  const pairs = new Map<string, Set<string>>();
  for (const form of forms) {
    const [first = '', second] = form.split(' ');
    // A one-word description has no pair: the pattern always decides.
    if (first === '' || second === undefined) return () => true;
    let seconds = pairs.get(first);
    if (!seconds) pairs.set(first, (seconds = new Set()));
    seconds.add(second);
  }
  return (low) => {
    for (const [first, seconds] of pairs) {
      for (let at = low.indexOf(first); at >= 0; at = low.indexOf(first, at + 1)) {
        let k = at + first.length;
        while (k < low.length && isSpaceCode(low.charCodeAt(k))) k++;
        if (k === at + first.length) continue;
        for (const second of seconds) if (low.startsWith(second, k)) return true;
      }
    }
    return false;
  };
}
