/**
 * What the review page says while the builder works: each of the builder's named passes in a
 * reader's words ("reading quotes"), and the line it shows ("Drafting… reading quotes (7 of 10)").
 */
import type { BuilderProgress } from './builder-protocol';

/**
 * The builder's passes (src/core/builder/build-pack.ts, `PASSES`) in a reader's words. A unit test
 * fails when a pass has no words here, so that a new pass is not shown by its code name.
 */
export const PASS_WORDS: Readonly<Record<string, string>> = {
  segment: 'splitting the article into sentences',
  tag: 'reading the words',
  candidates: 'looking for names',
  people: 'finding the people',
  organisations: 'finding the organisations',
  mentions: 'finding where each is named',
  quotes: 'reading quotes',
  speakers: 'working out who said what',
  coreference: 'following “he”, “she” and “the group”',
  claims: 'drafting claims and what contests them',
};

/** The line the page shows for a pass starting, or the bare "Drafting…" before the first one. */
export function progressLine(progress: BuilderProgress | undefined): string {
  if (!progress) return 'Drafting…';
  const words = Object.hasOwn(PASS_WORDS, progress.pass) ? PASS_WORDS[progress.pass] : 'working';
  return `Drafting… ${words} (${progress.done + 1} of ${progress.total})`;
}
