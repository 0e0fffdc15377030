/**
 * Decisions from several weak signals, decided by a score instead of a chain of vetoes (as
 * hypothesis's match-quote.ts anchors a quote by weighted prefix, suffix and position): each
 * signal is a named feature with a weight, the features present are summed, and the decision
 * holds at a threshold. The features that fired are kept as the decision's reason, so the review
 * page can say why "Jon Still" is a person or why a quotation went to its speaker.
 *
 * A feature table is a rule table: each feature carries the texts on which its detector must find
 * it and look-alikes on which it must not, so the table test checks the detectors too.
 */
import type { RuleEntry } from '../lexicon/table';

/** One signal of a decision. */
export interface FeatureEntry extends RuleEntry {
  /** How much the signal counts: positive for, negative against. */
  readonly weight: number;
}

/** The outcome of a scored decision, with its reason. */
export interface Decision {
  /** What was decided ("person", "organisation", "speaker"). */
  readonly question: string;
  /** What it was decided about ("Jon Still", a quotation's first words). */
  readonly subject: string;
  /** The winning answer, or "no". */
  readonly answer: string;
  /** The winning score. */
  readonly score: number;
  /** The features that fired for the answer, strongest first, as "id (+2)". */
  readonly because: readonly string[];
}

/** Sums the weights of the features present (ids not in the table count nothing). */
export function scoreOf(features: readonly FeatureEntry[], present: ReadonlySet<string>): { score: number; because: string[] } {
  const fired = features.filter((f) => present.has(f.id)).sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight));
  const score = fired.reduce((sum, f) => sum + f.weight, 0);
  return { score, because: fired.map((f) => `${f.id} (${f.weight > 0 ? '+' : ''}${f.weight})`) };
}

/**
 * Picks the answer with the highest score among `answers` (each with its features present), if
 * that score reaches `threshold`; ties go to the earlier answer.
 */
export function decide(
  question: string,
  subject: string,
  answers: ReadonlyArray<{ answer: string; features: readonly FeatureEntry[]; present: ReadonlySet<string> }>,
  threshold: number,
): Decision {
  let best: Decision = { question, subject, answer: 'no', score: -Infinity, because: [] };
  for (const a of answers) {
    const { score, because } = scoreOf(a.features, a.present);
    if (score > best.score) best = { question, subject, answer: a.answer, score, because };
  }
  return best.score >= threshold ? best : { ...best, answer: 'no' };
}
