/**
 * Word lists of the claim builder: the words that set a claim's stance (contrast, negation,
 * persistence, trends) and the evidence it cites. The lists of English news prose in general
 * (titles, speech verbs, countries, organisations, closed-class words) live in core/lexicon.
 */
import { NON_NAME_WORDS } from '../lexicon/names';

/** Words that make a sentence contrast what came before; they mark an opposing claim. */
export const CONTRAST_MARKERS: readonly string[] = [
  'however', 'but', 'despite', 'in spite of', 'although', 'though', 'yet', 'nevertheless', 'nonetheless', 'whereas',
  'on the other hand', 'by contrast', 'in contrast', 'contrary to', 'reluctant', 'reluctance', 'denied', 'denies', 'deny',
  'rejected', 'rejects', 'reject', 'refused', 'refuses', 'refuse', 'disputed', 'disputes', 'dismissed', 'dismisses',
  'contradicted', 'contradicts', 'countered', 'pushed back', 'insisted', 'insists', 'disagree', 'disagrees', 'disagreed',
  'challenged', 'challenges', 'appeal', 'appealed', 'contested', 'contests', 'refuted', 'refutes',
];

/** Words that deny or end a state of affairs: the negative pole of a claim. */
export const NEGATIVE_MARKERS: readonly string[] = [
  'no longer', 'not', "n't", 'never', 'no more', 'nor', 'neither', 'without', 'ended', 'end', 'ending', 'defeated',
  'eliminated', 'eradicated', 'withdraw', 'withdrawal', 'withdrawing', 'leave', 'leaving', 'exit', 'pull out', 'reduced',
  'diminished', 'declined', 'weakened', 'victory', 'won', 'over', 'finished', 'gone', 'denied', 'rejected', 'refused',
  // Self-reliance: "can do the job alone" denies that outside help is still needed.
  'alone', 'on their own', 'on its own', 'by themselves', 'by itself', 'independently', 'without help', 'self-sufficient',
];

/** Words that assert a state of affairs goes on: the positive pole, opposite to the ones above. */
export const POSITIVE_MARKERS: readonly string[] = [
  'still', 'remains', 'remain', 'remained', 'continues', 'continue', 'continued', 'continuing', 'persists', 'persistent',
  'ongoing', 'again', 'resurgence', 'resurgent', 'comeback', 'reconstitute', 'growing', 'increase', 'increased', 'stay',
  'staying', 'keep', 'keeping', 'extend', 'reluctant', 'threat', 'threatens', 'danger', 'dangerous',
];

/** Words of a rising trend; with "not" or "no longer" before them they count as falling. */
export const RISE_WORDS: readonly string[] = [
  'rise', 'rises', 'rose', 'rising', 'risen', 'increase', 'increases', 'increased', 'increasing', 'grow', 'grows', 'grew',
  'growing', 'grown', 'surge', 'surged', 'surging', 'soar', 'soared', 'soaring', 'climb', 'climbed', 'climbing', 'doubled',
  'tripled', 'worsen', 'worsened', 'worsening', 'expand', 'expanded', 'expanding', 'higher',
];

/** Words of a falling trend, the opposite of RISE_WORDS. */
export const FALL_WORDS: readonly string[] = [
  'fall', 'falls', 'fell', 'falling', 'fallen', 'decrease', 'decreases', 'decreased', 'decreasing', 'decline', 'declines',
  'declined', 'declining', 'drop', 'drops', 'dropped', 'dropping', 'shrink', 'shrank', 'shrinking', 'plunge', 'plunged',
  'plunging', 'halved', 'improve', 'improved', 'improving', 'ease', 'eased', 'easing', 'slow', 'slowed', 'slowing', 'lower',
];

/** Common words a claim's topic should not be built from. */
export const STOP_WORDS = new Set([
  ...NON_NAME_WORDS,
  'be', 'been', 'being', 'do', 'does', 'did', 'can', 'may', 'might', 'must', 'shall', 'said', 'says', 'say', 'told', 'noted',
  'added', 'also', 'very', 'quite', 'much', 'than', 'into', 'onto', 'about', 'against', 'between', 'through', 'over', 'under',
  'again', 'once', 'only', 'own', 'same', 'few', 'more', 'less', 'least', 'any', 'every', 'one', 'two', 'three', 'four', 'five',
  'six', 'seven', 'eight', 'nine', 'ten', 'them', 'him', 'us', 'me', 'whose', 'whom', 'because', 'though', 'although', 'yet',
  'still', 'longer', 'soon', 'well', 'way', 'made', 'make', 'making', 'get', 'got', 'set', 'put', 'take', 'took', 'year',
  'years', 'month', 'months', 'week', 'weeks', 'day', 'days', 'time', 'times', 'part', 'lot', 'thing', 'things', 'people',
  'according', 'seems', 'seem', 'being', 'going', 'come', 'came', 'give', 'given', 'including', 'like', 'near', 'future',
  'example', 'including', 'whether', 'really', 'already', 'eventually', 'several', 'past', 'new', 'old', 'first', 'second',
  'statement', 'words', 'demand', 'comments', 'remarks', 'country', 'state', 'man', 'woman',
]);

/** Words that introduce evidence of violence, with numbers nearby ("14 fighters killed"). */
export const EVIDENCE_VERBS: readonly string[] = [
  'killed', 'wounded', 'injured', 'dead', 'died', 'arrested', 'captured', 'detained', 'displaced', 'attacks', 'strikes',
  'raids', 'fighters', 'casualties',
];

/** Number words the evidence finder reads ("seven US troops wounded"). */
export const NUMBER_WORDS = new Set([
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'dozens', 'dozen',
  'hundreds', 'thousands', 'scores',
]);
