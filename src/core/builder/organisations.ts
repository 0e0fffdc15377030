/**
 * The organisations pass: countries (with the capital and "X's government" as forms), a
 * country's armed forces ("US troops"), the bodies the people pass decided on, acronyms, and
 * bodies named by one word ("Greenpeace said"). Acronyms and one-word names are weighed like the
 * people pass weighs names: an acronym is a body when something says so (it is defined, it
 * speaks, someone speaks for it), not because it is written in capitals ("VR", "EBITDA", "HIV").
 *
 * Runs after the people pass, so that a surname ("Ward said") is never taken for a body.
 */
import type { ActorKind } from '../pack';
import { COMMON_ACRONYMS, NOT_NAMES } from '../lexicon/acronyms';
import { COUNTRIES, type CountryEntry } from '../lexicon/countries';
import { NON_NAME_WORDS, ROLE_NOUNS } from '../lexicon/names';
import { DESCRIBED_AS_BODY_RE } from '../lexicon/references';
import {
  ARMED_CONTEXT,
  CORPORATE_SUFFIXES,
  DESCRIBING_ADJECTIVES,
  MILITARY_NOUNS,
  ORG_HEADS,
  PLACE_OFFICE_BEFORE_RE,
} from '../lexicon/organisations';
import { GENERIC_SOURCES, SPEECH_VERB_FORMS } from '../lexicon/speech';
import { ruleTable } from '../lexicon/table';
import { nounThenParticleAtEnd } from '../lexicon/word-lists';
import {
  COUNTRY_FORMS,
  COUNTRY_NAME_INDEX,
  type DraftActor,
  addAlias,
  countryOf,
  describeOrgRole,
  hasAlias,
  isAcronym,
  isAcronymOf,
  titleAt,
} from './actors';
import { candidatesPass, isShouting, isTitleCase } from './candidates';
import { type FeatureEntry, decide } from './decision';
import { type Draft, type Token, createDraft } from './draft';
import { newActor, peoplePass } from './people';
import { isFurniture, segmentPass } from './segment';
import { hasTag, tagPass } from './tag';
import { escapeRegExp, findSpeakerLabels, phrasePattern, phraseRegExp } from './text';

/** What follows the place of a dateline: ", Congo (AP) —", " (Reuters) -". */
const DATELINE_TAIL = /^\s*(?:,[^—–\n(]{0,30})?\s*(?:\([^)\n]{1,30}\))?\s*(?:—|–|--?)\s/;

const ARMED_ALTERNATION = ARMED_CONTEXT.map(escapeRegExp).join('|');
const ARMED_AFTER_RE = new RegExp(`^(?:'s?)?\\s+(?:[\\p{L}-]+\\s+)?(?:${ARMED_ALTERNATION})(?![\\p{L}])`, 'u');
const ARMED_BEFORE_RE = new RegExp(
  `(?<![\\p{L}])(?:${ARMED_ALTERNATION})\\s+(?:(?:group|organi[sz]ation|movement)\\s+)?(?:(?:also\\s+)?(?:known\\s+as|called)\\s+)?(?:the\\s+|of\\s+|,\\s*)?$`,
  'u',
);
const ROLE_ALTERNATION = [...ROLE_NOUNS].sort((a, b) => b.length - a.length).join('|');
const SPEECH_ALTERNATION = [...SPEECH_VERB_FORMS]
  .sort((a, b) => b.length - a.length)
  .map(escapeRegExp)
  .join('|');
const SPEAKS_AFTER_RE = new RegExp(
  `^(?:'s?\\s+statement)?,?\\s+(?:\\p{Ll}+ly\\s+|also\\s+|has\\s+|had\\s+)?(?:${SPEECH_ALTERNATION}|(?:declined|refused) to comment|did not (?:immediately )?(?:respond|return|reply|comment)|could not be reached|has not commented)(?![\\p{L}])`,
  'u',
);
/** "according to X", and "…,” said X" after a quotation: a word right after a verb is otherwise the start of its clause. */
const SPEAKS_BEFORE_RE = new RegExp(`(?:(?<![\\p{L}])according to|["”'’],?\\s*(?:${SPEECH_ALTERNATION}))\\s+$`, 'iu');
/** Someone holds a role in the body: "an analyst at QMR", "CEO of Brightwave", "a spokesman for". */
const ROLE_OF_BEFORE_RE = nounThenParticleAtEnd([...ROLE_NOUNS], ['of', 'at', 'for', 'with']);
/** A role noun right after the body's name: "NRA spokesman", "Lumora's CEO", "Leakwire co-founder". */
const ROLE_AFTER_RE = new RegExp(
  `^(?:'s?)?\\s+(?:(?:chief|senior|deputy|top|former|acting|co-)\\s*)?(?:${ROLE_ALTERNATION})(?![\\p{L}])`,
  'iu',
);

function hasArmedContext(folded: string, spans: ReadonlyArray<{ start: number; end: number }>): boolean {
  return spans.some((s) => {
    // Only the words right next to the name: "ISIS fighters", "the terrorist group ISIS".
    const after = folded.slice(s.end, s.end + 30).toLowerCase();
    const before = folded.slice(Math.max(0, s.start - 30), s.start).toLowerCase();
    return ARMED_AFTER_RE.test(after) || ARMED_BEFORE_RE.test(before);
  });
}

function aliasSpans(folded: string, actor: DraftActor): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  for (const alias of actor.aliases) {
    for (const m of folded.matchAll(
      new RegExp(phraseRegExp(alias.text, alias.caseSensitive ? 'gu' : 'giu').source, alias.caseSensitive ? 'gu' : 'giu'),
    ))
      spans.push({ start: m.index, end: m.index + m[0].length });
  }
  return spans;
}

/** Signals read from the uses of an acronym or a one-word name. */
export function bodyFeatures(
  draft: Draft,
  word: string,
  spans: ReadonlyArray<{ start: number; end: number }>,
  defined: boolean,
): Set<string> {
  const { folded, text } = draft;
  const present = new Set<string>();
  if (defined) present.add('defined');
  let modifierUses = 0;
  for (const s of spans) {
    const after = folded.slice(s.end, s.end + 60);
    const before = folded.slice(Math.max(0, s.start - 60), s.start);
    if (SPEAKS_AFTER_RE.test(after) || SPEAKS_BEFORE_RE.test(before)) present.add('speaks');
    // "Deputy Director", "Financial players": a title word or an adjective before a role is no body.
    if (
      (ROLE_OF_BEFORE_RE.test(before) || ROLE_AFTER_RE.test(after)) &&
      !hasTag(draft, s.start, 'Adjective') &&
      !TITLE_WORDS.has(word.toLowerCase())
    )
      present.add('role-of-body');
    if (DESCRIBED_AS_BODY_RE.test(before)) present.add('described-as-body');
    if (BUSINESS_POSSESSIVE_RE.test(after)) present.add('business-possessive');
    if (listedWithBody(draft, s)) present.add('listed-with-body');
    if (/(?<![\p{L}])the\s+$/iu.test(before) && /\p{Ll}s$/u.test(word) && !countryOf(word.slice(0, -1)) && !countryOf(word))
      present.add('the-plural-name');
    if (/(?<![\p{L}])the\s+$/iu.test(before)) present.add('the-before');
    if (hasTag(draft, s.start, 'Organization')) present.add('compromise-organization');
    if (hasTag(draft, s.start, 'FirstName') || hasTag(draft, s.start, 'Person') || hasTag(draft, s.start, 'LastName'))
      present.add('person-tag');
    if (hasTag(draft, s.start, 'Place') && !hasTag(draft, s.start, 'Organization')) present.add('place');
    // "VR headsets", "HIV prevention": used as a modifier of a lower-case noun.
    const next = /^(?:-\w+)?\s+([\p{Ll}][\p{L}-]*)/u.exec(after);
    if (
      next &&
      (hasTag(draft, s.end + after.indexOf(next[1]!), 'Noun') || hasTag(draft, s.end + after.indexOf(next[1]!), 'Adjective')) &&
      !ROLE_NOUNS.has(next[1]!.toLowerCase())
    )
      modifierUses++;
    // "Ridgebacks DL Marcus Tolliver": a position or rank before a person's name.
    if (/^\s+\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+/u.test(text.slice(s.end, s.end + 40)) && hasTag(draft, s.end + 1, 'FirstName'))
      present.add('before-name');
  }
  if (spans.length > 0 && modifierUses === spans.length) present.add('modifier');
  // "Peace is near", "Having said that": a word capitalised only because it opens its sentence,
  // which the article also writes in lower case or which compromise reads as a common word.
  const writtenLower = isWrittenLower(folded, word);
  if (writtenLower) present.add('written-lower');
  if (isCommonWordAt(draft, word, spans)) present.add('common-word');
  // "Virginia Sen. Tim Kaine", "the governor of Virginia": a word before a title, or after an
  // office and "of", names the place or body the office is of.
  if (spans.some((s) => titleAt(text, s.end + 1) !== undefined && /^\s+\p{Lu}/u.test(text.slice(s.end, s.end + 3))))
    present.add('before-title');
  if (spans.some((s) => OFFICE_OF_BEFORE_RE.test(folded.slice(Math.max(0, s.start - 40), s.start)))) present.add('office-of');
  if (spans.some((s) => PLACE_OFFICE_BEFORE_RE.test(folded.slice(Math.max(0, s.start - 40), s.start)))) present.add('office-of-place');
  if (COMMON_ACRONYMS.has(word)) present.add('common-thing');
  if (hasArmedContext(folded, spans)) present.add('armed-context');
  if (spans.length >= 3) present.add('repeated');
  // "Analysts", "Democrats" are groups of people; a team ("Ridgebacks") is a body, and compromise knows it.
  if (
    /(?:s|es)$/.test(word) &&
    /\p{Ll}/u.test(word) &&
    spans.some((s) => hasTag(draft, s.start, 'Plural')) &&
    !present.has('compromise-organization')
  )
    present.add('plural');
  if (GENERIC_SOURCES.has(word.toLowerCase())) present.add('generic');
  if (/^\p{Lu}?\p{Ll}+\p{Lu}/u.test(word) && !/^(?:Mc|Mac|O'|De|Di|Le|La|Van|Von)\p{Lu}/u.test(word)) present.add('camel-case');

  return present;
}

function probeBody(text: string, word: string): Set<string> {
  const draft = peoplePass(candidatesPass(tagPass(segmentPass(createDraft(text)))));
  const spans = [...draft.folded.matchAll(new RegExp(`(?<![\\p{L}])${escapeRegExp(word)}(?![\\p{L}])`, 'gu'))].map((m) => ({
    start: m.index,
    end: m.index + word.length,
  }));
  return bodyFeatures(draft, word, spans, new RegExp(`\\(\\s*${escapeRegExp(word)}\\s*\\)|^${escapeRegExp(word)}\\s*\\(`).test(text));
}

/** compromise's tags for a word that is no name: a verb, an adjective, an adverb or a closed-class word. */
const COMMON_WORD_TAGS = ['Verb', 'Adjective', 'Adverb', 'Gerund', 'Determiner', 'Preposition', 'Conjunction', 'Pronoun'];

/** "governor of", "senator from", "mayor of the": an office and the place or body it is of. */
const OFFICE_OF_BEFORE_RE = nounThenParticleAtEnd([...ROLE_NOUNS], ['of', 'from']);

/** What may not come right before a word written in lower case in `isWrittenLower`, at the end of the text before it. */
const NOT_BEFORE_LOWER_RE = /[\p{L}\p{N}@#/._-]$/u;
/** What may not come right after it, at the start of the text after it. */
const NOT_AFTER_LOWER_RE = /^(?:[\p{L}\p{N}@/_-]|\.\p{L})/u;

/**
 * Whether the article writes the word in lower case as a word of prose (not in an address:
 * "twitter.com", "@lumora"). Each use of the word is checked around it with the two expressions
 * above, which is what `(?<![\p{L}\p{N}@#/._-])word(?![\p{L}\p{N}@/_-]|\.\p{L})` finds (the word
 * is matched literally, and the two code units before it and three after hold the code points the
 * look-arounds read); an expression compiled for each word cost the worker 0.5-1 ms a word
 * on its first draft (2026-12).
 */
function isWrittenLower(folded: string, word: string): boolean {
  if (isAcronym(word)) return false;
  const lower = word.toLowerCase();
  for (let at = folded.indexOf(lower); at >= 0; at = at + 1 > folded.length ? -1 : folded.indexOf(lower, at + 1)) {
    const end = at + lower.length;
    if (!NOT_BEFORE_LOWER_RE.test(folded.slice(Math.max(0, at - 2), at)) && !NOT_AFTER_LOWER_RE.test(folded.slice(end, end + 3)))
      return true;
  }
  return false;
}

/**
 * Whether a capitalised word is a common word at all its uses: each opens its sentence, and the
 * article also writes it in lower case or compromise reads it as a verb, an adjective or another
 * word that is no name ("Peace is near", "Having said that", "Poll shows").
 */
export function isCommonWordAt(draft: Draft, word: string, spans: ReadonlyArray<{ start: number }>): boolean {
  return (
    spans.length > 0 &&
    !isAcronym(word) &&
    spans.every((s) => opensSentence(draft, s.start)) &&
    (isWrittenLower(draft.folded, word) || spans.every((s) => COMMON_WORD_TAGS.some((t) => hasTag(draft, s.start, t))))
  );
}

/** Whether the word at `offset` is the first of its sentence, after an opening quotation mark or bracket at most. */
function opensSentence(draft: Draft, offset: number): boolean {
  const sentence = draft.sentences.find((x) => x.start <= offset && offset < x.end);
  if (sentence !== undefined && /^[\s"“‘'([—–-]*$/.test(draft.text.slice(sentence.start, offset))) return true;
  // Inside a quotation, where the builder does not cut sentences: after its opening mark
  // ('said, "Man alive'), or after a full stop, a question or an exclamation ('big sister! Feeling').
  return /(?:["“‘]|[.!?]["”’]?\s)\s*$/u.test(draft.text.slice(Math.max(0, offset - 4), offset));
}

/** Words of titles that precede a role ("Deputy Director", "Senior Vice President"), never a body of their own. */
const TITLE_WORDS = new Set([
  'deputy',
  'vice',
  'senior',
  'assistant',
  'associate',
  'acting',
  'former',
  'chief',
  'executive',
  'general',
  'managing',
  'interim',
  'co',
]);
/** "ShareDesk's 12,000 employees", "Pellham's shares": what only a business has. */
const BUSINESS_POSSESSIVE_RE =
  /^'s?\s+(?:[\d,.]+\s+|\p{Ll}+\s+)?(?:employees|staff|workers|shareholders|investors|customers|users|subscribers|shares|stock|revenue|revenues|profits?|earnings|sales|valuation|board|headquarters|offices|stores|products|executives|founder|ceo|chairman|website|app|platform|brand|newsroom|newspapers)(?![\p{L}])/u;

/** Whether a use stands in a list with a body ("Pellham and CrossGate Media", "Lumora and Brightwave"). */
function listedWithBody(draft: Draft, s: { start: number; end: number }): boolean {
  const bodies = draft.candidates.filter((c) => c.kind === 'organisation');
  const after = /^\s*(?:,|and|or|&|\/)\s*/.exec(draft.folded.slice(s.end, s.end + 8));
  const before = /\s*(?:,|and|or|&|\/)\s*$/.exec(draft.folded.slice(Math.max(0, s.start - 8), s.start));
  return bodies.some(
    (c) => (after !== null && c.start === s.end + after[0].length) || (before !== null && c.end === s.start - before[0].length),
  );
}

/** Signals that an acronym or a one-word capitalised name is a body that can act and speak. */
export const BODY_FEATURES = ruleTable<FeatureEntry>(
  'body features',
  [
    {
      id: 'defined',
      weight: 4,
      reason: 'The article spells it out ("Northern Relief Agency (NRA)").',
      examples: ['NRA: The Northern Relief Agency (NRA) opened clinics.'],
      lookalikes: ['NRA: NRA staff were tired.'],
    },
    {
      id: 'speaks',
      weight: 2.5,
      reason: 'It speaks: "NRA said", "according to Greenpeace".',
      examples: ['Greenpeace: Greenpeace said the spill was large.', 'QMR: The market grew, according to QMR.'],
      lookalikes: ['Greenpeace: Greenpeace ships sailed.'],
    },
    {
      id: 'role-of-body',
      weight: 2,
      reason: 'Someone holds a role in it ("an analyst at QMR", "Lumora\'s CEO", "Leakwire co-founder").',
      examples: ['QMR: Neil Ashby, an analyst at QMR, agreed.', 'Leakwire: Leakwire co-founder Tobias Lund spoke.'],
      lookalikes: ['QMR: QMR numbers were up.'],
    },
    {
      id: 'armed-context',
      weight: 2,
      reason: 'Words of fighting stand next to it ("RDF fighters").',
      examples: ['RDF: RDF fighters withdrew.'],
      lookalikes: ['RDF: The RDF report came out.'],
    },
    {
      id: 'compromise-organization',
      weight: 2,
      reason: 'compromise tags it as an organisation.',
      examples: ['Google: Google bought the firm.'],
      lookalikes: ['Maria: Maria bought the firm.'],
    },
    {
      id: 'described-as-body',
      weight: 2.5,
      reason: 'A noun for a body stands right before it ("financial firm Harlow", "the brokerage Castellan").',
      examples: ['Harlow: The financial firm Harlow cut its forecast.'],
      lookalikes: ['Harlow: Harlow cut its forecast.'],
    },
    {
      id: 'business-possessive',
      weight: 2,
      reason: 'It has what only a business has ("ShareDesk\'s 12,000 employees", "Pellham\'s shares").',
      examples: ["ShareDesk: ShareDesk's 12,000 employees waited."],
      lookalikes: ["Kessel: Kessel's calls went unanswered."],
    },
    {
      id: 'listed-with-body',
      weight: 2,
      reason: 'It stands in a list with a body ("Pellham and CrossGate Media").',
      examples: ['Pellham: Pellham and CrossGate Media merged.'],
      lookalikes: ['Pellham: Pellham merged.'],
    },
    {
      id: 'the-plural-name',
      weight: 1.5,
      reason: 'A capitalised plural after "the" names a team or a party ("the Ridgebacks").',
      examples: ['Ridgebacks: The Ridgebacks lost on Thursday.'],
      lookalikes: ['Ridgebacks: Ridgebacks fans lost hope.'],
    },
    {
      id: 'camel-case',
      weight: 1.5,
      reason: 'A capital inside the word marks a brand ("ShareDesk", "VentaBank").',
      examples: ['ShareDesk: ShareDesk cut jobs.'],
      lookalikes: ['McConnell: McConnell cut jobs.'],
    },
    {
      id: 'the-before',
      weight: 0.5,
      reason: 'An article stands before it ("the IMF"), as before bodies.',
      examples: ['IMF: Growth slowed, the IMF warned.'],
      lookalikes: ['IMF: IMF growth slowed.'],
    },
    {
      id: 'repeated',
      weight: 0.5,
      reason: 'The article comes back to it three times or more.',
      examples: ['IMF: IMF one. IMF two. IMF three.'],
      lookalikes: ['IMF: IMF one.'],
    },
    {
      id: 'common-thing',
      weight: -4,
      reason: 'It is the acronym of a common thing, a disease or a measure ("GDP", "HIV", "IPO").',
      examples: ['HIV: HIV rates fell.'],
      lookalikes: ['NRA: NRA rates fell.'],
    },
    {
      id: 'modifier',
      weight: -2,
      reason: 'Every use modifies a lower-case noun ("VR headsets", "AAA games"): a kind of thing, not a body.',
      examples: ['VR: VR headsets sold well. VR games too.'],
      lookalikes: ['VR: VR said sales were good.'],
    },
    {
      id: 'before-name',
      weight: -3,
      reason: 'It stands before a person\'s name as their position ("Ridgebacks DL Marcus Tolliver").',
      examples: ['DL: The Ridgebacks DL Marcus Tolliver spoke.'],
      lookalikes: ['DL: The DL spoke.'],
    },
    {
      id: 'person-tag',
      weight: -3,
      reason: "compromise knows the word as a person's name.",
      examples: ['Maria: Maria said so.'],
      lookalikes: ['Google: Google said so.'],
    },
    {
      id: 'place',
      weight: -2,
      reason: 'compromise knows the word as a place.',
      examples: ['Paris: Paris said so.'],
      lookalikes: ['Google: Google said so.'],
    },
    {
      id: 'plural',
      weight: -2,
      reason: 'A plural ("Analysts", "Democrats") is a group of people, not a named body.',
      examples: ['Analysts: Analysts said growth slowed.'],
      lookalikes: ['Google: Google said growth slowed.'],
    },
    {
      id: 'generic',
      weight: -4,
      reason: 'A common noun that speaks for nobody in particular ("Police said").',
      examples: ['Police: Police said the driver fled.'],
      lookalikes: ['Interpol: Interpol said the driver fled.'],
    },
    {
      id: 'office-of-place',
      weight: -3,
      reason: 'The office of a place stands before it ("the governor of Marion", "a senator from Marion"): it names a place, not a body.',
      examples: ['Marion: The governor of Marion, Ana Lima, said Marion would comply.'],
      lookalikes: ['Greenpeace: The director of Greenpeace said so.'],
    },
    {
      id: 'written-lower',
      weight: -2,
      reason:
        'The article also writes it in lower case, as a common word ("Secretary of State" beside "the state"): its capital may come from a title or a longer name.',
      examples: ['State: The Secretary of State spoke for the state.'],
      lookalikes: ['Lumora: An analyst at Lumora spoke.'],
    },
    {
      id: 'common-word',
      weight: -4,
      reason:
        'It is capitalised only where it opens a sentence, and the article also writes it in lower case or compromise reads it as a common word ("Peace is near", "Having said that").',
      examples: ['Peace: Peace is near, the envoy said. Talks on peace resume.', 'Having: Having said that, the envoy left.'],
      lookalikes: ['Greenpeace: Greenpeace said the spill was large.', 'Lumora: The deal, Lumora said, is done.'],
    },
  ],
  (entry, text) => {
    const [word, body] = text.split(/:\s(.*)/s);
    return probeBody(body ?? '', word!).has(entry.id);
  },
);

/** Score at which an acronym or a one-word name becomes a body. */
export const BODY_THRESHOLD = 2;

/** Finds "Full Name (ACR)", "ACR (Full Name)" definitions. */
function findAcronymDefinitions(folded: string, acronyms: Iterable<string>): Map<string, string> {
  const out = new Map<string, string>();
  for (const acronym of acronyms) {
    const a = escapeRegExp(acronym);
    const name = "((?:\\p{Lu}[\\p{L}'.-]*|of|the|for|and|against|de|al)(?:\\s+(?:\\p{Lu}[\\p{L}'.-]*|of|the|for|and|against|de|al)){1,8})";
    const forward = new RegExp(`${name}\\s*\\(\\s*${a}\\s*\\)`, 'u').exec(folded);
    const backward = new RegExp(`(?<![\\p{L}])${a}\\s*\\(\\s*${name}\\s*\\)`, 'u').exec(folded);
    const hit = forward?.[1] ?? backward?.[1];
    if (!hit) continue;
    const words = hit.split(/\s+/);
    while (words.length > 0 && NON_NAME_WORDS.has(words[0]!.toLowerCase())) words.shift();
    // Keep only the words the acronym covers when the name ran on before it.
    for (let k = 0; k < words.length - 1; k++) {
      if (NON_NAME_WORDS.has(words[k]!.toLowerCase()) || /[.!?]$/.test(words[k]!) || /'s?$/.test(words[k]!) || countryOf(words[k]!))
        continue;
      if (isAcronymOf(acronym, words.slice(k).join(' '))) {
        out.set(acronym, words.slice(k).join(' '));
        break;
      }
    }
    if (!out.has(acronym) && words.length > 1) out.set(acronym, words.join(' '));
  }
  return out;
}

/** Acronyms of the article with where they are used, leaving out datelines, addresses and labels. */
function collectAcronyms(draft: Draft): Map<string, Array<{ start: number; end: number }>> {
  const { text, tokens, sentences } = draft;
  const shouting = new Set(sentences.filter((s) => isShouting(s.text)).map((s) => s.index));
  const labels = findSpeakerLabels(text);
  const inLabel = (offset: number): boolean => labels.some((l) => offset >= l.start && offset < l.end);
  const acronyms = new Map<string, Array<{ start: number; end: number }>>();
  for (const token of tokens) {
    if (
      !isAcronym(token.text) ||
      NOT_NAMES.has(token.text.replace(/\./g, '')) ||
      shouting.has(token.sentence) ||
      inLabel(token.start) ||
      isFurniture(draft, token.start)
    )
      continue;
    if (countryOf(token.text) || titleAt(text, token.start)) continue;
    // Digits only in a letters-then-number name used more than once ("M23", "G7"), not "CS1" once.
    if (/\d/.test(token.text) && !(/^\p{Lu}{1,3}\d{1,3}$/u.test(token.text) && tokens.filter((t) => t.text === token.text).length >= 2))
      continue;
    // A dateline ("BRASILIA —", "KYIV, March 3 —") names a place, not an organisation.
    if (token.isSentenceStart && DATELINE_TAIL.test(text.slice(token.end, token.end + 50))) continue;
    // Parts of addresses ("HTTPS://", "www.X.com") are not names.
    if (/:\/\/|www\.|\.(?:com|org|gov|mil|net)\b/i.test(text.slice(Math.max(0, token.start - 8), token.end + 8))) continue;
    const list = acronyms.get(token.text) ?? [];
    list.push({ start: token.start, end: token.end });
    acronyms.set(token.text, list);
  }
  return acronyms;
}

/** Countries named in the article, each an actor with the forms used, its capital and "X's government". */
function addCountries(draft: Draft): void {
  const { text, folded, tokens } = draft;
  // One pass over the words finds the countries named, instead of one search per country.
  const named = new Map<CountryEntry, Map<string, number>>();
  for (let i = 0; i < tokens.length; i++) {
    if (isFurniture(draft, tokens[i]!.start)) continue;
    for (let n = 1; n <= 4 && i + n <= tokens.length; n++) {
      const group = tokens.slice(i, i + n);
      if (group.some((t, k) => k > 0 && t.sentence !== group[0]!.sentence)) break;
      const phrase = n === 1 ? group[0]!.text.split('-')[0]! : group.map((t) => t.text).join(' ');
      const country = COUNTRY_NAME_INDEX.get(phrase) ?? COUNTRY_NAME_INDEX.get(phrase.toLowerCase());
      if (!country || (n === 1 && !group[0]!.isCap)) continue;
      const forms = named.get(country) ?? new Map<string, number>();
      const canonical = [country.name, ...country.alt].find((f) => f === phrase || f.toLowerCase() === phrase.toLowerCase())!;
      if (!forms.has(canonical)) forms.set(canonical, group[0]!.start);
      named.set(country, forms);
    }
  }
  for (const [country, formsFound] of named) {
    const first = Math.min(...formsFound.values());
    const forms = [...formsFound.keys()].map((form) => ({ form, caseSensitive: /^[\p{Lu}.]+$/u.test(form) }));
    const actor = newActor(draft, country.name, 'country', first, 'Country');
    actor.country = country.name;
    addAlias(actor, country.name, true);
    for (const { form, caseSensitive } of forms) addAlias(actor, form, form.replace(/\./g, '').length > 2 || !caseSensitive, caseSensitive);
    if (country.capital && phraseRegExp(country.capital, 'u').test(folded)) addAlias(actor, country.capital, false);
    // The country's government is the country as an actor: "Iraq's government", "the Iraqi government".
    for (const form of [
      ...forms.map((f) => `${f.form}'s government`),
      ...country.demonyms.map((d) => `${d} government`),
      `government of ${country.name}`,
    ]) {
      const m = phraseRegExp(form, 'iu').exec(folded);
      if (m) addAlias(actor, text.slice(m.index, m.index + m[0].length), true);
    }
  }
}

/** A country's armed forces: "US troops", "Iraq's armed forces", "American soldiers". */
function addMilitaries(draft: Draft): void {
  const { text, folded } = draft;
  const militaryForms = new Map<string, Array<{ form: string; start: number }>>();
  const countryForms = [...COUNTRY_FORMS].sort((a, b) => b.length - a.length).map((f) => escapeRegExp(f));
  const nouns = [...MILITARY_NOUNS].sort((a, b) => b.length - a.length).map((n) => escapeRegExp(n));
  const re = new RegExp(
    `(?<![\\p{L}\\p{N}])(${countryForms.join('|')})(?:'s)?\\s+(?:(?:own|national)\\s+)?(${nouns.join('|')})(?![\\p{L}\\p{N}])`,
    'giu',
  );
  for (const m of folded.matchAll(re)) {
    const country = countryOf(m[1]!);
    // Lower-case "us troops" is a pronoun; abbreviations must keep their case.
    if (
      !country ||
      (/^[\p{Lu}.]+$/u.test(country.alt.find((a) => a.toLowerCase() === m[1]!.toLowerCase()) ?? '') && m[1] !== m[1]!.toUpperCase())
    )
      continue;
    const list = militaryForms.get(country.name) ?? [];
    list.push({ form: text.slice(m.index, m.index + m[0].length), start: m.index });
    militaryForms.set(country.name, list);
  }
  for (const [countryName, forms] of militaryForms) {
    const country = COUNTRIES.find((c) => c.name === countryName)!;
    const military = forms.find((f) => /military$/i.test(f.form));
    const demonymForm = forms.find((f) => country.demonyms.some((d) => f.form.toLowerCase().startsWith(d.toLowerCase())));
    const name = military ? military.form : demonymForm ? `${demonymForm.form.split(/\s+/)[0]} forces` : forms[0]!.form;
    const actor = newActor(
      draft,
      name,
      'military',
      Math.min(...forms.map((f) => f.start)),
      `Armed forces of ${countryName === 'United States' ? 'the United States' : countryName}`,
    );
    actor.country = countryName;
    for (const { form } of forms) addAlias(actor, form, true, /\b\p{Lu}{2,}\b/u.test(form));
  }
}

/** The bodies the people pass decided on, merged by name and by shared prefix. */
function addBodies(draft: Draft, orgActors: DraftActor[]): void {
  const { folded } = draft;
  const candidates = draft.candidates.filter((c) => c.kind === 'organisation');
  for (const c of [...candidates].sort((a, b) => b.text.length - a.text.length)) {
    const words = c.tokens.map((t) => t.text.toLowerCase());
    const headIndex = words.findLastIndex((w) => ORG_HEADS[w] !== undefined);
    let kind: ActorKind = headIndex >= 0 ? ORG_HEADS[words[headIndex]!]! : 'organization';
    const rest = c.leadCountry ? c.tokens.slice(1) : c.tokens;
    let country = c.leadCountry;
    if (countryOf(rest[0]?.text ?? '') && rest.length === 2 && kind !== 'organization') country = countryOf(rest[0]!.text)!.name;
    if (kind === 'organization' && words[headIndex] === 'group' && hasArmedContext(folded, [c])) kind = 'armed-group';
    const name = c.text.replace(/\s+/g, ' ');
    const key = name.replace(/[’‘]/g, "'").toLowerCase();
    const same = orgActors.find((a) =>
      a.aliases.some((al) => {
        const k = al.text.replace(/[’‘]/g, "'").toLowerCase();
        return k === key || k.startsWith(`${key} `);
      }),
    );
    if (same) {
      addAlias(same, name, true);
      same.firstOffset = Math.min(same.firstOffset, c.start);
      continue;
    }
    const actor = newActor(draft, name, kind, c.start, describeOrgRole(kind, country));
    if (country) actor.country = country;
    const decision = draft.decisions.find((d) => d.question === 'name' && d.subject === c.text);
    if (decision) actor.because = [...decision.because];
    addAlias(actor, name, true);
    orgActors.push(actor);
  }
}

/** "the Islamic State group": the capitalised part is the group's name. */
function addNamedGroups(draft: Draft, orgActors: DraftActor[]): void {
  const { folded } = draft;
  const re =
    /(?<![\p{L}])((?:\p{Lu}[\p{L}-]*\s+){1,4})(?:(terrorist|terror|militant|jihadist|armed|rebel|extremist|insurgent)\s+)?group\b/gu;
  for (const m of folded.matchAll(re)) {
    if (isFurniture(draft, m.index)) continue;
    const words = m[1]!.trim().split(/\s+/);
    while (words.length > 0 && NON_NAME_WORDS.has(words[0]!.toLowerCase())) words.shift();
    if (words.length === 0 || words.every((w) => isAcronym(w)) || countryOf(words.join(' '))) continue;
    if (words.some((w) => ORG_HEADS[w.toLowerCase()] !== undefined)) continue;
    const clean = words.join(' ');
    const start = m.index + m[0].indexOf(clean);
    const armed = m[2] !== undefined || hasArmedContext(folded, [{ start, end: start + clean.length }]);
    let actor = orgActors.find((a) => hasAlias(a, clean));
    if (!actor) {
      actor = newActor(draft, clean, armed ? 'armed-group' : 'organization', start, armed ? 'Armed group' : 'Group');
      addAlias(actor, clean, true);
      orgActors.push(actor);
    } else if (armed) actor.kind = 'armed-group';
  }
}

/** Acronyms: joined to the name they abbreviate, actors of their own when the evidence says so. */
function addAcronyms(draft: Draft, orgActors: DraftActor[]): void {
  const { folded } = draft;
  const acronyms = collectAcronyms(draft);
  const definitions = findAcronymDefinitions(folded, acronyms.keys());
  for (const [acronym, spans] of acronyms) {
    const letters = acronym.replace(/\./g, '').length;
    const defined = definitions.get(acronym);
    let owner = defined
      ? orgActors.find((a) => hasAlias(a, defined))
      : orgActors.find((a) => a.aliases.some((al) => isAcronymOf(acronym, al.text)));
    if (!owner && defined) {
      const head = defined
        .toLowerCase()
        .split(/\s+/)
        .reverse()
        .find((w) => ORG_HEADS[w] !== undefined);
      owner = newActor(draft, defined, head ? ORG_HEADS[head]! : 'organization', spans[0]!.start, 'Organisation');
      owner.because = ['defined (+4)'];
      addAlias(owner, defined, true);
      orgActors.push(owner);
    }
    if (owner) {
      addAlias(owner, acronym, letters > 3, true);
      owner.firstOffset = Math.min(owner.firstOffset, spans[0]!.start);
      continue;
    }
    // Inside a longer name the acronym is that body's ("Global Coalition against ISIS" names ISIS too).
    const decision = decide(
      'body',
      acronym,
      [{ answer: 'body', features: BODY_FEATURES.entries, present: bodyFeatures(draft, acronym, spans, false) }],
      BODY_THRESHOLD,
    );
    draft.decisions.push(decision);
    if (decision.answer === 'no') continue;
    const kind: ActorKind = hasArmedContext(folded, spans) ? 'armed-group' : 'organization';
    const actor = newActor(draft, acronym, kind, spans[0]!.start, kind === 'armed-group' ? 'Armed group' : 'Organisation');
    actor.because = [...decision.because];
    addAlias(actor, acronym, letters > 3 || (letters === 3 && spans.length > 0), true);
    orgActors.push(actor);
  }
}

/** "Associated Society of … (Aslef)": a capitalised word in brackets right after a name is its short form. */
function addBracketForms(draft: Draft, orgActors: DraftActor[]): void {
  const { folded } = draft;
  for (const actor of orgActors) {
    for (const alias of [...actor.aliases]) {
      const m = new RegExp(`${escapeRegExp(alias.text.replace(/[’‘]/g, "'"))}\\s*\\(\\s*(\\p{Lu}[\\p{L}]{1,12})\\s*\\)`, 'u').exec(folded);
      if (!m || NON_NAME_WORDS.has(m[1]!.toLowerCase()) || countryOf(m[1]!)) continue;
      // "LONDON (Reuters) -" is a dateline and its news agency, not a name and its short form.
      if (DATELINE_TAIL.test(folded.slice(m.index + alias.text.length, m.index + alias.text.length + 50))) continue;
      const short = m[1]!;
      if (orgActors.some((a) => a !== actor && a.aliases.some((al) => al.text === short))) continue;
      addAlias(actor, short, short.length > 3, isAcronym(short));
    }
  }
}

/** "Lumora Technologies" is "Lumora" once introduced, when the article uses the short name. */
function addShortCompanyNames(draft: Draft, orgActors: DraftActor[]): void {
  const { folded } = draft;
  for (const actor of orgActors) {
    const words = actor.name.split(/\s+/);
    const last = words[words.length - 1]!.replace(/[.,]$/, '').toLowerCase();
    if (words.length < 2 || !CORPORATE_SUFFIXES.has(last)) continue;
    const short = words.slice(0, -1).join(' ');
    if (
      NON_NAME_WORDS.has(short.toLowerCase()) ||
      countryOf(short) ||
      draft.actors.some((a) => a !== actor && a.aliases.some((al) => al.text === short))
    )
      continue;
    const alone = new RegExp(`${phrasePattern(short)}(?!\\s+${escapeRegExp(words[words.length - 1]!)})`, 'u');
    if (alone.test(folded)) addAlias(actor, short, true);
  }
}

/**
 * "The militia, also known as the LRF or LRM": the acronyms join the group named just before. An
 * acronym that became an actor of its own is folded into that group.
 */
function mergeAlsoKnownAs(draft: Draft, orgActors: DraftActor[]): void {
  const { folded } = draft;
  const re =
    /(?:(?:also |otherwise |commonly )?(?:known as|called|referred to as)|\baka|\ba\.k\.a\.)\s+((?:(?:the\s+)?[\p{Lu}][\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*)*)(?:\s*(?:,|\/|or|and)\s*(?:the\s+)?[\p{Lu}][\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*)*)*)/gu;
  for (const m of folded.matchAll(re)) {
    const names = m[1]!
      .split(/\s*(?:,|\/|\bor\b|\band\b)\s*/)
      .map((n) => n.replace(/^the\s+/, '').trim())
      .filter(Boolean);
    // The antecedent: the last organisation named before the phrase, outside the names themselves.
    let target: DraftActor | undefined;
    let best = -1;
    for (const actor of orgActors) {
      if (names.includes(actor.name)) continue;
      for (const span of aliasSpans(folded, actor)) {
        if (span.end <= m.index && span.start > best && m.index - span.end < 300) {
          best = span.start;
          target = actor;
        }
      }
    }
    if (!target) continue;
    for (const name of names) {
      const other = orgActors.find((a) => a !== target && a.aliases.some((al) => al.text === name));
      if (other) {
        for (const alias of other.aliases) target.aliases.push(alias);
        target.firstOffset = Math.min(target.firstOffset, other.firstOffset);
        if (other.kind === 'armed-group') target.kind = 'armed-group';
        other.aliases = [];
        orgActors.splice(orgActors.indexOf(other), 1);
        draft.actors.splice(draft.actors.indexOf(other), 1);
      } else {
        addAlias(target, name, name.length > 3, isAcronym(name));
      }
    }
  }
}

/** Lower-case references to a body by its head noun: "the coalition", "the US-led coalition". */
function addHeadNounAliases(draft: Draft, orgActors: DraftActor[]): void {
  const { folded, text } = draft;
  const byHead = new Map<string, DraftActor[]>();
  for (const actor of orgActors) {
    const words = actor.name.toLowerCase().split(/\s+/);
    // The head noun, or the last word of the name when the article writes it lower case after "the"
    // ("the monitors" for the Border Monitors).
    const last = words[words.length - 1]!;
    const lowerLast =
      words.length > 1 &&
      /^\p{Ll}+$/u.test(last) &&
      new RegExp(`(?<![\\p{L}])[Tt]he\\s+${escapeRegExp(last)}(?![\\p{L}])`, 'u').test(folded);
    const head =
      words.find((w) => ORG_HEADS[w] !== undefined && w !== 'news' && w !== 'times' && w !== 'post') ??
      (lowerLast && !NON_NAME_WORDS.has(last) ? last : undefined);
    if (!head) continue;
    byHead.set(head, [...(byHead.get(head) ?? []), actor]);
  }
  for (const [head, list] of byHead) {
    if (list.length !== 1) continue;
    const actor = list[0]!;
    const re = new RegExp(`(?<![\\p{L}])[Tt]he\\s+((?:[\\p{L}.'-]+\\s+){0,2})${escapeRegExp(head)}(?![\\p{L}])`, 'gu');
    let bare = false;
    for (const m of folded.matchAll(re)) {
      const modifiers = m[1]!.trim().split(/\s+/).filter(Boolean);
      // Lower-case words only, or a "US-led" style compound: otherwise it is a different name.
      if (modifiers.some((w) => /^\p{Lu}/u.test(w) && !/-(?:led|backed|based|run|funded)$/i.test(w))) continue;
      if (modifiers.some((w) => NON_NAME_WORDS.has(w.toLowerCase()) || /^\d/.test(w))) continue;
      bare = true;
      if (modifiers.length > 0) addAlias(actor, text.slice(m.index + 4, m.index + m[0].length).trim(), false);
    }
    if (bare) addAlias(actor, head, false);
  }
}

/** One-word names that act as bodies ("Greenpeace said", "an analyst at Gartner"), weighed like acronyms. */
function addOneWordBodies(draft: Draft): void {
  const { text, tokens, sentences } = draft;
  const shouting = new Set(sentences.filter((s) => isShouting(s.text)).map((s) => s.index));
  const titleCase = new Set(sentences.filter((s) => isTitleCase(s.text, s.index === 0)).map((s) => s.index));
  const known = (word: string): boolean =>
    draft.actors.some((a) => hasAlias(a, word) || a.aliases.some((al) => al.text.split(/\s+/).includes(word)));
  const byWord = new Map<string, Token[]>();
  // Words of longer names are not names alone ("Fox" in "Fox News"); a sentence's first word may be one.
  const inLonger = (t: Token): boolean => draft.candidates.some((c) => c.tokens.length > 1 && t.start >= c.start && t.end <= c.end);
  for (const token of tokens) {
    if (!token.isCap || inLonger(token) || isFurniture(draft, token.start)) continue;
    if (/^[DRI]-\p{Lu}/u.test(token.text)) continue;
    if (token.text.length < 3 || isAcronym(token.text) || shouting.has(token.sentence) || titleCase.has(token.sentence)) continue;
    const lower = token.text.toLowerCase();
    if (
      NON_NAME_WORDS.has(lower) ||
      DESCRIBING_ADJECTIVES.has(lower) ||
      countryOf(token.text) ||
      COUNTRIES.some((k) => k.capital === token.text) ||
      titleAt(text, token.start) ||
      ORG_HEADS[lower] !== undefined
    )
      continue;
    byWord.set(token.text, [...(byWord.get(token.text) ?? []), token]);
  }
  for (const [word, uses] of byWord) {
    if (known(word)) continue;
    const present = bodyFeatures(draft, word, uses, false);
    const decision = decide(
      'one-word name',
      word,
      [
        { answer: 'body', features: BODY_FEATURES.entries, present },
        { answer: 'person', features: SURNAME_FEATURES.entries, present },
      ],
      BODY_THRESHOLD,
    );
    if (decision.answer === 'no') continue;
    draft.decisions.push(decision);
    // "Tiegen said": someone the article names by surname only is a person, known by that surname.
    const person = decision.answer === 'person';
    const actor = newActor(
      draft,
      word,
      person ? 'person' : 'organization',
      uses[0]!.start,
      person ? 'Named in the article' : 'Organisation',
    );
    actor.because = [...decision.because];
    addAlias(actor, word, true);
  }
}

/** Signals that a one-word name is a person's surname, used alone because the article never gives the full name. */
export const SURNAME_FEATURES = ruleTable<FeatureEntry>(
  'surname features',
  [
    {
      id: 'person-tag',
      weight: 2,
      reason: "compromise knows the word as a person's name.",
      examples: ['Maria: "We will see," Maria said.'],
      lookalikes: ['Greenpeace: "We will see," Greenpeace said.'],
    },
    {
      id: 'speaks',
      weight: 1.5,
      reason: 'It speaks: people are quoted by surname.',
      examples: ['Harrowby: "We will see," Harrowby said.'],
      lookalikes: ['Harrowby: The Harrowby file was closed.'],
    },
    {
      id: 'compromise-organization',
      weight: -3,
      reason: 'compromise knows it as an organisation.',
      examples: ['Google: "We will see," Google said.'],
      lookalikes: ['Harrowby: "We will see," Harrowby said.'],
    },
    {
      id: 'camel-case',
      weight: -2,
      reason: 'A capital inside the word marks a brand.',
      examples: ['ShareDesk: ShareDesk cut jobs.'],
      lookalikes: ['McConnell: McConnell cut jobs.'],
    },
    {
      id: 'the-before',
      weight: -2,
      reason: 'People take no article ("the IMF", not "the Harrowby").',
      examples: ['IMF: Growth slowed, the IMF warned.'],
      lookalikes: ['Harrowby: Growth slowed, Harrowby warned.'],
    },
    {
      id: 'generic',
      weight: -4,
      reason: 'A common noun that speaks for nobody in particular.',
      examples: ['Police: Police said the driver fled.'],
      lookalikes: ['Harrowby: Harrowby said the driver fled.'],
    },
    {
      id: 'plural',
      weight: -3,
      reason: 'A plural is a group, not one person.',
      examples: ['Analysts: Analysts said growth slowed.'],
      lookalikes: ['Harrowby: Harrowby said growth slowed.'],
    },
    {
      id: 'place',
      weight: -2,
      reason: 'compromise knows the word as a place.',
      examples: ['Paris: Paris said so.'],
      lookalikes: ['Harrowby: Harrowby said so.'],
    },
    {
      id: 'common-word',
      weight: -4,
      reason: 'It is capitalised only where it opens a sentence, and is a common word ("Feeling better, she left").',
      examples: ['Feeling: Feeling better, the envoy left. The feeling passed.'],
      lookalikes: ['Harrowby: "We will see," Harrowby said.'],
    },
    {
      id: 'before-title',
      weight: -4,
      reason: 'A title follows it ("Virginia Sen. Tim Kaine", "Lakeland Mayor Ana Lima"): it names where the office is.',
      examples: ['Marion: Marion Sen. Tom Hale spoke. Hale said so.'],
      lookalikes: ['Marion: "We will see," Marion said.'],
    },
    {
      id: 'office-of',
      weight: -3,
      reason: 'An office and "of" or "from" stand before it ("the governor of Marion"): a place or a body, not a person.',
      examples: ['Marion: As governor of Marion, she signed it.'],
      lookalikes: ['Marion: As governor, Marion signed it.'],
    },
  ],
  (entry, text) => {
    const [word, body] = text.split(/:\s(.*)/s);
    return probeBody(body ?? '', word!).has(entry.id);
  },
);

/** Fills in countries, armed forces, bodies and acronyms (see the module comment). */
export function organisationsPass(draft: Draft): Draft {
  const { folded } = draft;
  addCountries(draft);
  addMilitaries(draft);
  const orgActors: DraftActor[] = [];
  addBodies(draft, orgActors);
  addNamedGroups(draft, orgActors);
  addAcronyms(draft, orgActors);
  addBracketForms(draft, orgActors);
  addShortCompanyNames(draft, orgActors);
  mergeAlsoKnownAs(draft, orgActors);
  // Armed groups named by an acronym and described by the article as fighting.
  for (const actor of orgActors) {
    if (actor.kind !== 'organization') continue;
    const spans = aliasSpans(folded, actor);
    if (
      spans.length > 0 &&
      hasArmedContext(folded, spans) &&
      actor.aliases.every((a) => ORG_HEADS[a.text.split(/\s+/).pop()!.toLowerCase()] === undefined || /group$/i.test(a.text))
    )
      actor.kind = 'armed-group';
  }
  addHeadNounAliases(draft, orgActors);
  // "The army said": with one national army in the article, the common noun is that army.
  const militaries = draft.actors.filter((a) => a.kind === 'military' && a.country);
  if (militaries.length === 1) {
    for (const noun of ['army', 'military', 'armed forces']) {
      if (new RegExp(`(?<![\\p{L}])[Tt]he ${noun}(?![\\p{L}])`, 'u').test(folded)) addAlias(militaries[0]!, noun, false);
    }
  }
  addOneWordBodies(draft);
  // Drop actors left without a name by a merge, and describe groups by their final kind.
  draft.actors = draft.actors.filter((a) => a.aliases.length > 0);
  for (const actor of draft.actors) {
    if (actor.kind !== 'person' && actor.kind !== 'country' && /^(?:Group|Organisation|Armed group)$/.test(actor.role))
      actor.role = describeOrgRole(actor.kind, actor.country);
  }
  draft.actors.sort((a, b) => a.firstOffset - b.firstOffset);
  return draft;
}
