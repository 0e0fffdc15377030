/**
 * Word lists of the claim builder: the words a claim's topic is not built from, and the evidence
 * it cites. What sets a claim's stance (negation, persistence, demands) comes from the stance
 * operators, and what shows an answer or a contrast from the opposition signals, both in
 * core/lexicon, with the other lists of English news prose in general (titles, speech verbs,
 * countries, organisations, closed-class words).
 */
import { NON_NAME_WORDS } from '../lexicon/names';

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
