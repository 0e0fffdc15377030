/**
 * What a claim's frame says, in a reader's words, for the review page: "says the pier is no
 * longer safe" rather than `ended` and `safe`. The choices of idea are the concepts of the shared
 * vocabulary, by their labels; the choices of side are the six stances, each as a phrase.
 */
import { CONCEPTS } from '../core/lexicon/concepts';
import type { ClaimFrame, ClaimStance } from '../core/pack';

/** The stances in the order the page offers them. */
export const STANCES: readonly ClaimStance[] = ['asserted', 'negated', 'continuing', 'ended', 'demanded', 'reluctant'];

/** How each stance reads with a subject and an idea ("says the pier is still safe"). */
const PHRASES: Readonly<Record<ClaimStance, (subject: string, idea: string) => string>> = {
  asserted: (s, i) => `says ${s} is ${i}`,
  negated: (s, i) => `says ${s} is not ${i}`,
  continuing: (s, i) => `says ${s} is still ${i}`,
  ended: (s, i) => `says ${s} is no longer ${i}`,
  demanded: (s, i) => `calls for ${i} (${s})`,
  reluctant: (s, i) => `holds back from ${i} (${s})`,
};

/**
 * A subject as a phrase: the builder labels a subject it found as a noun by the bare noun
 * ("pier"), which reads as "the pier"; names and phrases stay as they are.
 */
function subjectWords(label: string): string {
  return /^[a-z][a-z-]*$/.test(label) ? `the ${label}` : label;
}

/** A frame's stance said with its subject and idea. */
export function stancePhrase(stance: ClaimStance, subject: string, idea: string): string {
  return PHRASES[stance](subjectWords(subject), idea);
}

/** What a whole frame says, as a phrase ("says the pier is no longer safe"). */
export function framePhrase(frame: ClaimFrame): string {
  return stancePhrase(frame.stance, frame.subject.label, frame.predicate.label);
}

/** The ideas a reader may choose, by label, sorted for reading. */
export const IDEAS: ReadonlyArray<{ readonly id: string; readonly label: string }> = CONCEPTS.entries
  .map((c) => ({ id: c.id, label: c.label }))
  .sort((a, b) => a.label.replace(/^(?:a|an) /, '').localeCompare(b.label.replace(/^(?:a|an) /, '')));
