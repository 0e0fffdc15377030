/**
 * The people pass: decides, for every candidate name, whether it is a person, an organisation or
 * neither, by weighing its signals (a title, a known first name, a speech verb next to it, a role
 * in apposition, an organisation's head noun, compromise's tags) instead of taking the first rule
 * that fits. Then the people are merged by surname into actors with their name forms: the full
 * name, the surname alone (needs context, and only when nobody else shares it), titled forms, and
 * the office for its one holder ("the prime minister").
 *
 * A run of one word is never a person without a title; whether it is an organisation ("Google
 * said") is left to the organisations pass, which knows by then every person's surname.
 */
import type { ActorKind } from '../pack';
import { COUNTRIES } from '../lexicon/countries';
import { CLOSED_CLASS_WORDS, FUNCTION_WORD_TABLE } from '../lexicon/function-words';
import { HONORIFICS, NAME_SUFFIXES, OFFICE_NOUNS, ROLE_NOUNS, ROLE_TITLES } from '../lexicon/names';
import { INSTRUMENT_HEADS, ORG_HEADS, PLACE_HEADS, PLACE_OFFICE_BEFORE_RE } from '../lexicon/organisations';
import { DESCRIBED_AS_BODY_RE } from '../lexicon/references';
import { SPEECH_VERB_FORMS } from '../lexicon/speech';
import { TIME_WORD_SET } from '../lexicon/time';
import { ruleTable } from '../lexicon/table';
import { nounThenParticleAtEnd } from '../lexicon/word-lists';
import { type DraftActor, addAlias, countryOf, isAcronym } from './actors';
import { candidatesPass } from './candidates';
import { type Decision, type FeatureEntry, decide } from './decision';
import { type Draft, type NameCandidate, createDraft } from './draft';
import { segmentPass } from './segment';
import { hasTag, tagPass } from './tag';
import { escapeRegExp, phraseRegExp, slugify, uniqueId } from './text';

const ROLE_ALTERNATION = [...ROLE_NOUNS].sort((a, b) => b.length - a.length).join('|');
const SPEECH_ALTERNATION = [...SPEECH_VERB_FORMS]
  .sort((a, b) => b.length - a.length)
  .map(escapeRegExp)
  .join('|');
/** A speech verb right after a name, across an apposition: "X, a trade professor at Elmford, said". */
const SPEECH_AFTER_RE = new RegExp(
  `^(?:,\\s+[^,;:.!?"“”]{1,100},)?\\s+(?:\\p{Ll}+ly\\s+|also\\s+|has\\s+|had\\s+)?(?:${SPEECH_ALTERNATION})(?![\\p{L}])`,
  'u',
);
/** A speech verb right before a name, after a quotation: "…,” says Jon Still"; or "according to". */
const SPEECH_BEFORE_RE = new RegExp(`(?:["”'’],?\\s*(?:${SPEECH_ALTERNATION})|(?<![\\p{L}])according to),?\\s+$`, 'iu');
/** A role in apposition after a name: ", a spokesman for …", ", Brannock's attorney,", ", CEO of Brightwave". */
const ROLE_AFTER_RE = new RegExp(
  `^,\\s+(?:(?:the|a|an|its|his|her|their)\\s+)?(?:[\\p{L}\\p{N}'’.&-]+\\s+){0,8}?(?:${ROLE_ALTERNATION})(?![\\p{L}])`,
  'iu',
);
/** A role before a name and a comma: "the head of the agency, Marek Zielinski". */
const ROLE_BEFORE_RE = new RegExp(`(?<![\\p{L}])(?:${ROLE_ALTERNATION})(?![\\p{L}])[^,.;:]{0,60},\\s*$`, 'iu');
/** A role noun right before a name: "union leader Maria Costa", "analyst Ned Pardoe". */
const ROLE_NOUN_BEFORE_RE = new RegExp(`(?<![\\p{L}])(?:${ROLE_ALTERNATION})\\s+$`, 'iu');
/** A role of a body before its name: "an analyst at QMR", "CEO of Brightwave", "a spokesman for". */
const ROLE_OF_RE = nounThenParticleAtEnd([...ROLE_NOUNS], ['of', 'at', 'for', 'with']);
/** A role noun right after a body's name: "NRA spokesman", "Lumora's CEO". */
const BODY_ROLE_AFTER_RE = new RegExp(
  `^(?:'s?|’s?)?\\s+(?:(?:chief|senior|deputy|top|former|acting)\\s+)?(?:${ROLE_ALTERNATION})(?![\\p{L}])`,
  'iu',
);

/** Titles that are also ordinary words ("Major", "General", "Chief"): at a sentence's start they may be no title. */
const AMBIGUOUS_TITLES = new Set([
  'major',
  'general',
  'chief',
  'chair',
  'leader',
  'director',
  'judge',
  'justice',
  'speaker',
  'commander',
  'captain',
  'lieutenant',
  'sergeant',
  'governor',
  'minister',
  'secretary',
  'president',
  'king',
  'queen',
  'prince',
  'lord',
  'lady',
  'sir',
  'dame',
  'premier',
  'chancellor',
  'mayor',
]);

/** Closed-class and time words, which a person's name never contains ("Jon Still" has an adverb, not a function word). */
const NOT_IN_A_NAME = new Set([
  ...FUNCTION_WORD_TABLE.entries.filter((e) => e.id !== 'clause-adverbs').flatMap((e) => e.words),
  ...TIME_WORD_SET,
]);

/** The particles after which a body's head noun goes on to say what it is the body of ("Office of …", "Commission on …"). */
const HEAD_OF_PARTICLES: ReadonlySet<string> = new Set(['of', 'on', 'for']);

/** Whether a word has a capital inside it, as company names do ("ShareDesk", "VentaBank"), unlike "McConnell" or "DeSantis". */
function isCamelCase(word: string): boolean {
  return /^\p{Lu}?\p{Ll}+\p{Lu}/u.test(word) && !/^(?:Mc|Mac|O'|O’|De|Di|Da|Du|Le|La|Van|Von|St|Al|El|Ben|Bin|Abu)\p{Lu}/u.test(word);
}

/** The signals the people pass reads from a candidate and its neighbourhood. */
export function nameFeatures(draft: Draft, c: NameCandidate): { person: Set<string>; organisation: Set<string> } {
  const { text, folded } = draft;
  const person = new Set<string>();
  const organisation = new Set<string>();
  const both = (id: string): void => {
    person.add(id);
    organisation.add(id);
  };
  const reading = c.person;
  const words = reading?.words ?? [];
  const runWords = c.tokens.map((t) => t.text);
  const lower = runWords.map((w) => w.toLowerCase());
  const after = folded.slice(c.end, c.end + 160);
  const before = folded.slice(Math.max(0, c.start - 100), c.start);
  const tagged = (tag: string): boolean => c.tokens.some((t) => hasTag(draft, t.start, tag));
  // Tags of the name itself: a leading description ("WRX Sports NFL Insider") says nothing of the person.
  const nameTokens = reading ? c.tokens.filter((t) => t.start >= reading.start) : c.tokens;
  const nameTagged = (tag: string): boolean => nameTokens.some((t) => hasTag(draft, t.start, tag));
  if (reading?.title) person.add('title');
  if (
    reading?.title &&
    AMBIGUOUS_TITLES.has(reading.title.toLowerCase()) &&
    (c.tokens[0]!.isSentenceStart || c.inTitleLine) &&
    c.tokens[0]!.text === reading.title
  )
    person.add('ambiguous-title');
  if (c.inTitleLine) person.add('title-line-only');
  const firstOfName = c.tokens.find((t) => t.start === reading?.start);
  if (
    firstOfName &&
    (hasTag(draft, firstOfName.start, 'FirstName') ||
      hasTag(draft, firstOfName.start, 'MaleName') ||
      hasTag(draft, firstOfName.start, 'FemaleName'))
  )
    person.add('known-first-name');
  if (nameTagged('Person')) person.add('compromise-person');
  if (SPEECH_AFTER_RE.test(after) || SPEECH_BEFORE_RE.test(before)) both('speaks');
  if (ROLE_AFTER_RE.test(after) || (ROLE_BEFORE_RE.test(before) && /^\s*[,.;]/.test(after))) person.add('role-apposition');
  if ((reading?.role && ROLE_NOUNS.has(reading.role.split(/\s+/).pop()!.toLowerCase())) || ROLE_NOUN_BEFORE_RE.test(before))
    person.add('role-before');
  if (words.length >= 2 && words.length <= 4) person.add('name-length');
  if (words.length === 1 && !reading?.title) person.add('single-word');
  const head = lower.findLastIndex((w) => ORG_HEADS[w] !== undefined);
  if (head >= 0 && head >= lower.length - 2) both('org-head');
  // "Office of the Inspector General", "Department of Fisheries": a head noun that opens the name
  // before "of", "on" or "for" heads it, whatever the name ends in (here a title).
  if (lower.length >= 3 && ORG_HEADS[lower[0]!] !== undefined && HEAD_OF_PARTICLES.has(lower[1]!)) both('head-of');
  if (tagged('Organization')) organisation.add('compromise-organization');
  if (nameTagged('Organization')) person.add('compromise-organization');
  if (c.tokens.some((t) => hasTag(draft, t.start, 'Place') && !hasTag(draft, t.start, 'Person'))) organisation.add('place');
  if (nameTokens.some((t) => hasTag(draft, t.start, 'Place') && !hasTag(draft, t.start, 'Person'))) person.add('place');
  if (words.some((w) => countryOf(w)) && !person.has('known-first-name')) person.add('country-word');
  if (words.some((w) => isAcronym(w))) person.add('acronym-word');
  if (runWords.some(isCamelCase)) both('camel-case');
  if (PLACE_HEADS.has(lower[lower.length - 1] ?? '')) both('place-head');
  if (lower.length >= 2 && INSTRUMENT_HEADS.has(lower[lower.length - 1]!)) both('instrument-head');
  if (words.some((w) => NOT_IN_A_NAME.has(w.toLowerCase()))) person.add('closed-class-word');
  // "of the" joins a body's name ("Office of the Inspector General"), so its "the" is part of it.
  const isJoiningThe = (w: string, k: number): boolean => w === 'the' && HEAD_OF_PARTICLES.has(lower[k - 1] ?? '');
  if (lower.some((w, k) => CLOSED_CLASS_WORDS.has(w) && w !== 'of' && w !== 'and' && w !== 'for' && !isJoiningThe(w, k)))
    organisation.add('closed-class-word');
  if (/(?<![\p{L}])the\s+$/iu.test(before) && !reading?.title) both('the-before');
  // "Kessel, 38, who reps …", "Ana Lima (52)": an age in apposition.
  if (/^(?:,\s+\d{1,3}(?=[,\s])|\s*\(\d{1,3}\))/.test(after)) person.add('age');
  if (ROLE_OF_RE.test(before) || BODY_ROLE_AFTER_RE.test(after)) organisation.add('role-of-body');
  if (PLACE_OFFICE_BEFORE_RE.test(before)) both('office-of-place');
  if (/^\s*\(\s*\p{Lu}[\p{Lu}\p{L}]{1,10}\s*\)/u.test(text.slice(c.end, c.end + 20))) organisation.add('defined-acronym');
  // "financial firm DK Halvorsen": a noun for a body before the name.
  if (DESCRIBED_AS_BODY_RE.test(before)) both('described-as-body');
  // "in the Oval Office", "in the Cabinet Room": a place someone is in.
  if (/(?<![\p{L}])(?:in|at|inside|outside|near)\s+the\s+$/iu.test(before)) organisation.add('located');
  // "the Opioid Prevention campaign": a name that modifies a common noun names a thing.
  if (
    /^\s+(?:campaign|program|programme|bill|act|plan|deal|law|policy|project|initiative|fund|award|prize|strategy|summit|report|case|scandal|crisis|era)(?![\p{L}])/iu.test(
      after,
    )
  )
    organisation.add('modifier');
  // "Head of Core Research at Castellan Securities": a department of the body after it.
  if (ROLE_OF_RE.test(before) && /^\s+(?:at|of)\s+(?:the\s+)?\p{Lu}/u.test(after)) organisation.add('department');
  // "Hal Brenner's Vega Launch": what a named owner has is a business, not a person.
  const owner = draft.tokens[draft.tokens.indexOf(c.tokens[0]!) - 1];
  if (owner && owner.isPossessive && owner.isCap && owner.sentence === c.tokens[0]!.sentence && !countryOf(owner.text) && !reading?.title)
    both('possessed');
  return { person, organisation };
}

/** Runs the passes a name decision needs on a short text, for the feature tables' examples. */
function probe(example: string): { person: Set<string>; organisation: Set<string> } {
  const [text, name] = example.split(' → ') as [string, string | undefined];
  const draft = candidatesPass(tagPass(segmentPass(createDraft(text))));
  const c = draft.candidates.find((x) => x.tokens.length > 0 && (name === undefined || x.text === name));
  return c ? nameFeatures(draft, c) : { person: new Set(), organisation: new Set() };
}

/** Signals that a candidate name is a person's. */
export const PERSON_FEATURES = ruleTable<FeatureEntry>(
  'person features',
  [
    {
      id: 'title',
      weight: 4,
      reason: 'A title or honorific stands before the name.',
      examples: ['Sen. Ana Lima voted no.'],
      lookalikes: ['Ana Lima voted no.'],
    },
    {
      id: 'known-first-name',
      weight: 2,
      reason: 'compromise knows the first word as a first name.',
      examples: ['Julie Graham spoke to reporters.'],
      lookalikes: ['Lumora Systems spoke to reporters.'],
    },
    {
      id: 'compromise-person',
      weight: 1,
      reason: 'compromise tags a word of it as a person.',
      examples: ['Julie Graham spoke to reporters.'],
      lookalikes: ['The Baltic Fishing Council met.'],
    },
    {
      id: 'speaks',
      weight: 2,
      reason: 'A speech verb stands right before or after it, across an apposition: people are quoted.',
      examples: ['"We will ship it," says Jon Still, senior vp at Lumora.', 'Ravi Castell, a trade professor at Elmford, said so.'],
      lookalikes: ['Jon Still arrived late.'],
    },
    {
      id: 'role-apposition',
      weight: 2,
      reason: 'A role noun describes it in apposition (", a spokesman for …", ", CEO of …").',
      examples: ['Owen Tarrant, CEO of Brightwave, agreed.', "Ines Valcourt, Brannock's attorney, spoke."],
      lookalikes: ['Owen Tarrant agreed.'],
    },
    {
      id: 'age',
      weight: 2.5,
      reason: 'An age stands in apposition ("Kessel, 38,"): the press gives ages of people.',
      examples: ['Rory Kessel, 38, declined to comment.'],
      lookalikes: ['Rory Kessel declined to comment.'],
    },
    {
      id: 'role-before',
      weight: 1.5,
      reason: 'A role noun stands right before it ("union leader Maria Costa").',
      examples: ['They met union leader Maria Costa.'],
      lookalikes: ['They met Maria Costa.'],
    },
    {
      id: 'name-length',
      weight: 0.5,
      reason: "Two to four words: the length of most people's names.",
      examples: ['Maria Costa spoke.'],
      lookalikes: ['The Society of Engineers and Firemen of the North spoke.'],
    },
    {
      id: 'single-word',
      weight: -2,
      reason: 'One word without a title is a surname or a body, never a new person.',
      examples: ['They met Costa.'],
      lookalikes: ['They met Maria Costa.'],
    },
    {
      id: 'org-head',
      weight: -4,
      reason: 'It ends in an organisation\'s head noun ("… Council", "… Agency").',
      examples: ['The Baltic Fishing Council met.'],
      lookalikes: ['Maria Costa met.'],
    },
    {
      id: 'head-of',
      weight: -4,
      reason: 'It opens on an organisation\'s head noun and says what it is the body of ("Office of the Inspector General").',
      examples: ['The Office of the Harbour Master said the pier was closed.'],
      lookalikes: ['Harbour Master Ana Lima said the pier was closed.', 'Maria Costa of the Harbour Board spoke.'],
    },
    {
      id: 'compromise-organization',
      weight: -2.5,
      reason: 'compromise tags it as an organisation or a team.',
      examples: ['The Boston Celtics won.'],
      lookalikes: ['Maria Costa won.'],
    },
    {
      id: 'place',
      weight: -2,
      reason: 'compromise tags it as a place.',
      examples: ['They flew to San Francisco.'],
      lookalikes: ['They flew with Maria Costa.'],
    },
    {
      id: 'country-word',
      weight: -2,
      reason: 'A word of it names a country or nationality (people rarely bear one, "Jordan" aside).',
      examples: ['They met Lumora Kenya staff.'],
      lookalikes: ['They met Maria Costa.'],
    },
    {
      id: 'acronym-word',
      weight: -3,
      reason: 'A word of it is an acronym, which names bodies, not people.',
      examples: ['They met NRA Lumora.'],
      lookalikes: ['They met Maria Costa.'],
    },
    {
      id: 'camel-case',
      weight: -2,
      reason: 'A capital inside a word ("ShareDesk", "VentaBank") marks a brand, unlike "McConnell".',
      examples: ['ShareDesk Inc cut jobs.'],
      lookalikes: ['Mitch McConnell spoke.'],
    },
    {
      id: 'place-head',
      weight: -4,
      reason: 'It ends in a place noun ("… Square", "… Province").',
      examples: ['Crowds filled Tiananmen Square.'],
      lookalikes: ['Crowds met Maria Costa.'],
    },
    {
      id: 'office-of-place',
      weight: -3,
      reason: 'The office of a place stands before it ("the mayor of Little Harbor"): it names a place, not a person.',
      examples: ['The mayor of Little Harbor resigned.'],
      lookalikes: ['The mayor, Little Harbor native Ana Lima, resigned.'],
    },
    {
      id: 'instrument-head',
      weight: -4,
      reason: 'It ends in the name of a law or an agreement ("… Act", "… Treaty"), which no one is called.',
      examples: ['They passed the Ana Lima Act.'],
      lookalikes: ['They met Ana Lima.'],
    },
    {
      id: 'closed-class-word',
      weight: -3,
      reason: 'A word of it is a function or time word, which no name contains.',
      examples: ['They met Maria The Lima.'],
      lookalikes: ['They met Jon Still.'],
    },
    {
      id: 'title-line-only',
      weight: -1,
      reason: 'It is only named in Title Case lines (a headline), where every word has a capital.',
      examples: ['Nora Pell Speaks Out On The Law Today\n"It is wrong," said Pell. → Nora Pell'],
      lookalikes: ['Nora Pell spoke.\n"It is wrong," said Pell. → Nora Pell'],
    },
    {
      id: 'described-as-body',
      weight: -2.5,
      reason: 'A noun for a body stands before it ("financial firm DK Halvorsen"): people are not firms.',
      examples: ['The financial firm DK Halvorsen cut its forecast. → DK Halvorsen'],
      lookalikes: ['The analyst Ana Lima cut her forecast. → Ana Lima'],
    },
    {
      id: 'ambiguous-title',
      weight: -2,
      reason: 'A title that is also an ordinary word opens the sentence ("Major ShareDesk layoffs"), so it may be no title.',
      examples: ['Major ShareDesk layoffs begin today. → Major ShareDesk'],
      lookalikes: ['They met Major Anna Berg. → Major Anna Berg'],
    },
    {
      id: 'possessed',
      weight: -2,
      reason: 'A named owner has it ("Hal Brenner\'s Vega Launch"): people are not possessed.',
      examples: ["They met Hal Brenner's Vega Launch team. → Vega Launch"],
      lookalikes: ['They met the Vega Launch team. → Vega Launch'],
    },
    {
      id: 'the-before',
      weight: -2.5,
      reason: 'An article stands before it ("the Federal Reserve", "the Kelly Report", "the Ali-Frazier fight"): people take none.',
      examples: ['The deal hurt the Castellan Institutional Equities desk.'],
      lookalikes: ['The deal hurt Maria Costa.'],
    },
  ],
  (entry, text) => probe(text).person.has(entry.id),
);

/** Signals that a candidate name is an organisation's. */
export const ORGANISATION_FEATURES = ruleTable<FeatureEntry>(
  'organisation features',
  [
    {
      id: 'org-head',
      weight: 4,
      reason: 'It ends in an organisation\'s head noun ("… Council", "… Records").',
      examples: ['The Baltic Fishing Council met.'],
      lookalikes: ['Maria Costa met.'],
    },
    {
      id: 'head-of',
      weight: 4,
      reason:
        'It opens on an organisation\'s head noun and says what it is the body of ("Office of the Inspector General", "Commission on Fisheries").',
      examples: ['The Office of the Harbour Master said the pier was closed.', 'The Commission on Fisheries met.'],
      lookalikes: ['Harbour Master Ana Lima said the pier was closed.', 'The Fisheries Commission met.'],
    },
    {
      id: 'compromise-organization',
      weight: 3,
      reason: 'compromise tags it as an organisation or a team.',
      examples: ['The Boston Celtics won.'],
      lookalikes: ['Maria Costa won.'],
    },
    {
      id: 'camel-case',
      weight: 2,
      reason: 'A capital inside a word marks a brand ("CrossGate Media", "VentaBank Group").',
      examples: ['VentaBank Vision said so.'],
      lookalikes: ['Mitch McConnell said so.'],
    },
    {
      id: 'the-before',
      weight: 1,
      reason: 'An article stands before it ("the Federal Reserve").',
      examples: ['They sued the Lumora Systems board.'],
      lookalikes: ['They sued Lumora Systems.'],
    },
    {
      id: 'role-of-body',
      weight: 2,
      reason: 'Someone holds a role in it ("an analyst at QMR", "CEO of Brightwave", "Lumora Systems spokesman").',
      examples: [
        'Ana Lima, an analyst at Lumora Systems, agreed. → Lumora Systems',
        'Lumora Systems spokesman Tom Hale agreed. → Lumora Systems',
      ],
      lookalikes: ['Ana Lima met Lumora Systems. → Lumora Systems'],
    },
    {
      id: 'defined-acronym',
      weight: 2,
      reason: 'It is followed by its acronym in brackets ("Northern Relief Agency (NRA)").',
      examples: ['The Northern Relief Agency (NRA) opened clinics.'],
      lookalikes: ['The Northern Relief Agency opened clinics.'],
    },
    {
      id: 'possessed',
      weight: 2,
      reason: 'A named owner has it ("Hal Brenner\'s Vega Launch", "Ada Quist\'s Nimbus Orbital").',
      examples: ["They met Hal Brenner's Vega Launch team. → Vega Launch"],
      lookalikes: ['They met the Vega Launch team. → Vega Launch'],
    },
    {
      id: 'described-as-body',
      weight: 2.5,
      reason: 'A noun for a body stands before it ("financial firm DK Halvorsen").',
      examples: ['The financial firm DK Halvorsen cut its forecast. → DK Halvorsen'],
      lookalikes: ['DK Halvorsen cut its forecast. → DK Halvorsen'],
    },
    {
      id: 'located',
      weight: -2.5,
      reason: 'Someone is in it ("in the Oval Office"): a room or a building, not a body.',
      examples: ['They met in the Oval Office on Monday. → Oval Office'],
      lookalikes: ['The Oval Office said so. → Oval Office'],
    },
    {
      id: 'modifier',
      weight: -2.5,
      reason: 'It modifies a common noun ("the Opioid Prevention campaign"): the name of a thing.',
      examples: ['They ran the Opioid Prevention campaign. → Opioid Prevention'],
      lookalikes: ['They ran Opioid Prevention. → Opioid Prevention'],
    },
    {
      id: 'department',
      weight: -4,
      reason: 'It is a department of the body named after it ("Head of Core Research at Castellan Securities").',
      examples: ['Ana Lima, Head of Core Research at Castellan Securities, agreed. → Core Research'],
      lookalikes: ['Ana Lima of Fundamental Research agreed. → Core Research'],
    },
    {
      id: 'speaks',
      weight: 1,
      reason: 'A speech verb stands next to it: bodies issue statements.',
      examples: ['Lumora Systems said profits rose.'],
      lookalikes: ['Lumora Systems made profits.'],
    },
    {
      id: 'place',
      weight: -2,
      reason: 'compromise tags it as a place.',
      examples: ['They flew to San Francisco.'],
      lookalikes: ['They flew with Lumora Systems.'],
    },
    {
      id: 'place-head',
      weight: -4,
      reason: 'It ends in a place noun ("… Square").',
      examples: ['Crowds filled Tiananmen Square.'],
      lookalikes: ['Crowds filled the Lumora Systems offices.'],
    },
    {
      id: 'office-of-place',
      weight: -3,
      reason: 'The office of a place stands before it ("the mayor of Little Harbor"): it names a place, not a body.',
      examples: ['The mayor of Little Harbor resigned.'],
      lookalikes: ['The director of Little Harbor Trust resigned.'],
    },
    {
      id: 'instrument-head',
      weight: -5,
      reason:
        'It ends in the name of a law or an agreement ("Clean Harbours Act", "Baltic Fisheries Treaty"): something bodies pass and sign.',
      examples: ['The Clean Harbours Act passed the Senate.'],
      lookalikes: ['The Clean Harbours Council passed the motion.'],
    },
    {
      id: 'closed-class-word',
      weight: -3,
      reason: 'It contains a function or time word other than "of", "and", "for" (and the "the" of "of the").',
      examples: ['It happened at Lumora The Systems.'],
      lookalikes: ['It happened at Society of Engineers.', 'It happened at Bank of the West.'],
    },
  ],
  (entry, text) => probe(text).organisation.has(entry.id),
);

/** Scores needed to call a candidate a person or an organisation. */
export const NAME_THRESHOLD = 2;

/** Decides what a candidate is, with the reason; see the feature tables. */
export function decideName(draft: Draft, c: NameCandidate, pooled = nameFeatures(draft, c)): Decision {
  const { person, organisation } = pooled;
  const answers = [];
  // One word is a person only with a title; without one it is left to the organisations pass.
  if (c.person && (c.person.words.length >= 2 || c.person.title) && c.person.words.length <= 5)
    answers.push({ answer: 'person', features: PERSON_FEATURES.entries, present: person });
  if (c.tokens.length >= 2 && !(c.leadCountry && c.tokens.length === 2 && !organisation.has('org-head')))
    answers.push({ answer: 'organisation', features: ORGANISATION_FEATURES.entries, present: organisation });
  return decide('name', c.text, answers, NAME_THRESHOLD);
}

interface Person {
  full: string[];
  variants: Set<string>;
  titles: Set<string>;
  titleCountries: Set<string>;
  roles: string[];
  start: number;
  surname: string;
  because: string[];
  firstIsName: boolean;
  gender?: 'female' | 'male';
}

const ARABIC_ARTICLE = /^(?:al|el|ad|ash|as|at|az|ar|an)-/i;

/** Single-word offices a portfolio can precede ("Water Minister", "Press Secretary"). */
function isOfficeTitle(title: string): boolean {
  const lower = title.toLowerCase();
  return ROLE_TITLES.has(lower) || (lower.includes(' ') && OFFICE_NOUNS.has(lower.split(/\s+/).pop()!));
}

export function expandTitle(title: string): string {
  const map: Record<string, string> = {
    'Gen.': 'General',
    'Lt. Gen.': 'Lieutenant General',
    'Maj. Gen.': 'Major General',
    'Brig. Gen.': 'Brigadier General',
    'Adm.': 'Admiral',
    'Col.': 'Colonel',
    'Sen.': 'Senator',
    'Rep.': 'Representative',
    'Gov.': 'Governor',
    'Army Gen.': 'Army General',
  };
  return map[title] ?? title;
}

/**
 * What may follow a name in `appositiveRole`, tried (sticky) where a use of the name ends. One
 * expression for every name: compiled for each name it cost the worker about 5 ms a person on
 * the bench's article (its role list is 1.4 KB of source, run on the whole article), 2026-12.
 */
const ROLE_AFTER_NAME_RE = new RegExp(`,\\s+((?:the\\s+|a\\s+)?(?:[a-z][\\p{L}-]*\\s+){0,3}(?:${ROLE_ALTERNATION})\\b[^,.;]{0,80}),`, 'uy');

/** "Kevin Leahy, commander of the coalition," or "the ambassador, Alina Romanowski": the role between commas. */
function appositiveRole(folded: string, name: string): string | undefined {
  const plain = name.replace(/[’‘]/g, "'");
  // The first use of the name that the role follows: what searching for the name and the role as
  // one expression finds, since the name is matched literally (and starts with a letter, so never
  // inside a surrogate pair).
  for (let at = folded.indexOf(plain); at >= 0; at = nextUse(folded, plain, at + 1)) {
    ROLE_AFTER_NAME_RE.lastIndex = at + plain.length;
    const after = ROLE_AFTER_NAME_RE.exec(folded);
    if (after) return after[1]!.replace(/^(?:the|a)\s+/, '').trim();
  }
  // The role before the name needs ", " right before a use of it: without one, nothing to compile.
  if (!afterComma(folded, plain)) return undefined;
  const n = escapeRegExp(plain);
  const before = new RegExp(`(?:the|a)\\s+([^,.;]{0,80}?\\b(?:${ROLE_ALTERNATION})\\b[^,.;]{0,60}),\\s+${n}`, 'u').exec(folded);
  if (before) return before[1]!.trim();
  return undefined;
}

/** Whether `plain` is used somewhere right after a comma and white space, as `,\s+${plain}` finds it. */
function afterComma(folded: string, plain: string): boolean {
  for (let at = folded.indexOf(plain); at >= 0; at = nextUse(folded, plain, at + 1)) {
    let k = at;
    while (k > 0 && /\s/.test(folded[k - 1]!)) k--;
    if (k < at && folded[k - 1] === ',') return true;
  }
  return false;
}

/** The next use of `plain` in `text` from `from` on, or -1 (also past the end, where `indexOf` would find "" again). */
function nextUse(text: string, plain: string, from: number): number {
  return from > text.length ? -1 : text.indexOf(plain, from);
}

/** Creates an actor with a unique id. */
export function newActor(draft: Draft, name: string, kind: ActorKind, firstOffset: number, role: string): DraftActor {
  const ids = new Set(draft.actors.map((a) => a.id));
  const actor: DraftActor = { id: uniqueId(slugify(name), ids), name, kind, role, aliases: [], firstOffset };
  draft.actors.push(actor);
  return actor;
}

/**
 * Merges the person candidates by surname (a first name or an initial must agree when both have
 * one) and makes each an actor with its name forms; see the module comment.
 */
function mergePeople(draft: Draft, candidates: ReadonlyArray<{ c: NameCandidate; because: readonly string[] }>): void {
  const { text, folded } = draft;
  const surnameOf = (parts: string[]): string => {
    const core = parts.filter((p) => !NAME_SUFFIXES.has(p.toLowerCase().replace(/\./g, '')));
    return core[core.length - 1] ?? parts[parts.length - 1] ?? '';
  };
  const bareSurname = (s: string): string => s.replace(ARABIC_ARTICLE, '').toLowerCase();
  const persons: Person[] = [];
  const sorted = [...candidates].sort((a, b) => b.c.person!.words.length - a.c.person!.words.length || a.c.start - b.c.start);
  for (const { c, because } of sorted) {
    const reading = c.person!;
    const parts = reading.words;
    const surname = surnameOf(parts);
    const firstName = parts.length > 1 ? parts[0]!.toLowerCase() : undefined;
    const match = persons.find((p) => {
      if (bareSurname(p.surname) !== bareSurname(surname)) return false;
      // "Donor Vance" in a headline is Carl Vance: its first word is no first name.
      if (!firstName || p.full.length === 1 || reading.firstIsName === false || p.firstIsName === false) return true;
      const pf = p.full[0]!.toLowerCase();
      // An initial, or a short form that begins the full first name ("Pat" for "Patrick", "Chris" for "Christopher").
      const short = firstName.replace('.', '');
      return (
        pf === firstName ||
        (firstName.length <= 2 && pf.startsWith(short)) ||
        (short.length >= 3 && (pf.startsWith(short) || short.startsWith(pf)))
      );
    });
    const variant = parts.join(' ');
    const gender = hasTag(draft, reading.start, 'FemaleName') ? 'female' : hasTag(draft, reading.start, 'MaleName') ? 'male' : undefined;
    if (match) {
      match.gender ??= gender;
      if (reading.firstIsName === false) continue;
      if (match.firstIsName === false) {
        match.variants.delete(match.full.join(' '));
        match.full = parts;
        match.firstIsName = true;
      }
      match.variants.add(variant);
      if (reading.title) match.titles.add(reading.title);
      if (reading.titleCountry) match.titleCountries.add(reading.titleCountry);
      if (reading.role) match.roles.push(reading.role);
      match.start = Math.min(match.start, reading.start);
      continue;
    }
    persons.push({
      full: parts,
      variants: new Set([variant]),
      titles: new Set(reading.title ? [reading.title] : []),
      titleCountries: new Set(reading.titleCountry ? [reading.titleCountry] : []),
      roles: reading.role ? [reading.role] : [],
      start: reading.start,
      surname,
      because: [...because],
      firstIsName: reading.firstIsName !== false,
      ...(gender ? { gender } : {}),
    });
  }

  const surnameCount = new Map<string, number>();
  for (const p of persons) surnameCount.set(bareSurname(p.surname), (surnameCount.get(bareSurname(p.surname)) ?? 0) + 1);
  const roleHolders = new Map<string, Person[]>();
  for (const p of persons) {
    for (const t of p.titles) {
      const role = t.toLowerCase();
      if (isOfficeTitle(role)) roleHolders.set(role, [...(roleHolders.get(role) ?? []), p]);
    }
  }

  for (const p of persons) {
    const name = [...p.variants].sort((a, b) => b.length - a.length)[0]!;
    const titles = [...p.titles];
    const countryNote = [...p.titleCountries][0];
    const mainTitle = titles.find((t) => isOfficeTitle(t)) ?? titles.find((t) => !HONORIFICS.has(t.toLowerCase().replace('.', '')));
    const role =
      appositiveRole(folded, name) ??
      p.roles[0] ??
      (mainTitle
        ? `${expandTitle(mainTitle)}${countryNote ? ` of ${countryNote === 'United States' ? 'the United States' : countryNote}` : ''}`
        : 'Named in the article');
    const nameParts = name.split(/\s+/);
    const actor = newActor(draft, nameParts.length > 2 ? `${nameParts[0]} ${p.surname}` : name, 'person', p.start, role);
    actor.name = name;
    actor.because = p.because;
    for (const v of p.variants) addAlias(actor, v, v.split(/\s+/).length > 1);
    // First and last name without middle names or initials: "Kevin Leahy".
    if (nameParts.length > 2) addAlias(actor, `${nameParts[0]} ${p.surname}`, true);
    const ambiguous = (surnameCount.get(bareSurname(p.surname)) ?? 0) > 1;
    if (!ambiguous) {
      addAlias(actor, p.surname, false);
      if (ARABIC_ARTICLE.test(p.surname)) addAlias(actor, p.surname.replace(ARABIC_ARTICLE, ''), false);
      for (const t of titles) {
        if (HONORIFICS.has(t.toLowerCase().replace('.', '')) && titles.length > 1) continue;
        addAlias(actor, `${t} ${p.surname}`, true);
        const last = t.split(/\s+/).pop()!;
        if (last !== t && !isOfficeTitle(t)) addAlias(actor, `${last} ${p.surname}`, true);
      }
      // "Mr. Ortega", "Ms Lindqvist": an honorific with the surname, when the article writes one.
      for (const m of folded.matchAll(new RegExp(`(?<![\\p{L}])(Mr|Mrs|Ms|Miss|Dr)\\.?\\s+${escapeRegExp(p.surname)}(?![\\p{L}])`, 'gu')))
        addAlias(actor, text.slice(m.index, m.index + m[0].length), true);
    } else {
      draft.warnings.push(`Two people share the surname "${p.surname}"; the surname alone was not kept as an alias.`);
      const key = bareSurname(p.surname);
      draft.sharedSurnames.set(key, [...(draft.sharedSurnames.get(key) ?? []), actor.id]);
      // "Mrs. Kendrick" and "Mr. Kendrick" still tell the two apart when their genders differ.
      const sameGender = persons.filter((o) => bareSurname(o.surname) === key && o.gender === p.gender).length;
      if (p.gender && sameGender === 1) {
        const honorifics = p.gender === 'female' ? '(?:Mrs|Ms|Miss)' : 'Mr';
        for (const m of folded.matchAll(new RegExp(`(?<![\\p{L}])${honorifics}\\.?\\s+${escapeRegExp(p.surname)}(?![\\p{L}])`, 'gu')))
          addAlias(actor, text.slice(m.index, m.index + m[0].length), true);
      }
    }
    // The office stands for its one holder: "the prime minister", "Iraq's prime minister".
    for (const t of titles) {
      const role = t.toLowerCase();
      if (!isOfficeTitle(role) || (roleHolders.get(role)?.length ?? 0) !== 1) continue;
      addAlias(actor, role, false);
      // The office's head noun alone: "the secretary" for the Secretary of Defense, when no one
      // else in the article holds that kind of office.
      const headNoun = role.startsWith('secretary of') ? 'secretary' : role.split(/\s+/).pop()!;
      const sharing = persons.filter((o) => [...o.titles].some((x) => x.toLowerCase().includes(headNoun)));
      if (
        headNoun !== role &&
        sharing.length === 1 &&
        new RegExp(`(?<![\\p{L}])the ${escapeRegExp(headNoun)}(?![\\p{L}])`, 'iu').test(folded)
      )
        addAlias(actor, headNoun, false);
      for (const c of p.titleCountries) {
        const country = COUNTRIES.find((k) => k.name === c);
        const forms = country ? [country.name, ...country.alt.filter((a) => a.length > 2 || /^[\p{Lu}.]+$/u.test(a))] : [];
        for (const form of forms) {
          const m = phraseRegExp(`${form}'s ${t}`).exec(folded);
          if (m) addAlias(actor, text.slice(m.index, m.index + m[0].length), true);
        }
        for (const d of country?.demonyms ?? []) {
          const m = phraseRegExp(`${d} ${t}`).exec(folded);
          if (m) addAlias(actor, text.slice(m.index, m.index + m[0].length), true);
        }
      }
    }
    addOffice(draft, actor, p.surname, titles, [...p.titleCountries], ambiguous);
  }
}

/**
 * "Sudani's office", "the president's media office": a person's office speaks for itself in the
 * press ("a statement from X's office noted …"), so it is an actor of its own.
 */
function addOffice(draft: Draft, person: DraftActor, surname: string, titles: string[], countries: string[], ambiguous: boolean): void {
  const { text, folded } = draft;
  const owners = ambiguous ? [person.name] : [person.name, surname, surname.replace(ARABIC_ARTICLE, '')];
  const re = new RegExp(
    `(?<![\\p{L}])(${[...new Set(owners)].map((o) => escapeRegExp(o.replace(/[’‘]/g, "'"))).join('|')})'s?\\s+((?:media\\s+|press\\s+|private\\s+)?office)(?![\\p{L}])`,
    'gu',
  );
  const forms: Array<{ text: string; start: number }> = [];
  for (const m of folded.matchAll(re)) forms.push({ text: text.slice(m.index, m.index + m[0].length), start: m.index });
  if (forms.length === 0) return;
  const shortOwner = ambiguous ? person.name : surname.replace(ARABIC_ARTICLE, '');
  const roleTitle = titles.find((t) => isOfficeTitle(t));
  const office = newActor(
    draft,
    `${shortOwner}’s office`,
    'government',
    forms[0]!.start,
    `Office of ${roleTitle ? `the ${roleTitle}, ${person.name}` : person.name}`,
  );
  office.highlight = false;
  office.id = office.id.replace(/-s-office$|-office$/, '-office');
  office.affiliation = person.id;
  for (const f of forms) addAlias(office, f.text, true);
  if (roleTitle) {
    addAlias(office, `${roleTitle}’s Office`, false);
    addAlias(office, `Office of the ${roleTitle}`, false);
    for (const c of countries) {
      const country = COUNTRIES.find((k) => k.name === c);
      if (!country) continue;
      addAlias(office, `Office of the ${roleTitle} of ${country.name}`, true);
      for (const d of country.demonyms) addAlias(office, `${d} ${roleTitle}’s Office`, true);
    }
  }
}

/**
 * The first word of a two-word name used alone is that person too ("Zhou said" after "Zhou Minghai",
 * whose family name comes first; "Maya" for Maya Quinlan), when no one else's name starts with it.
 */
function addFirstWordAliases(draft: Draft): void {
  const people = draft.actors.filter((a) => a.kind === 'person');
  for (const person of people) {
    const words = person.name.split(/\s+/);
    if (words.length < 2) continue;
    const first = words[0]!;
    if (
      first.length < 2 ||
      /\.$/.test(first) ||
      people.some((p) => p !== person && p.aliases.some((al) => al.text.split(/\s+/).includes(first)))
    )
      continue;
    const alone = new RegExp(`(?<![\\p{L}])${escapeRegExp(first)}(?![\\p{L}])(?!\\s+${escapeRegExp(words[1]!)})`, 'u');
    if (draft.candidates.some((c) => c.tokens.length === 1 && c.text === first) && alone.test(draft.folded)) addAlias(person, first, false);
  }
}

/** Decides every candidate's kind and makes the people actors. */
export function peoplePass(draft: Draft): Draft {
  const people: Array<{ c: NameCandidate; because: readonly string[] }> = [];
  for (const c of draft.candidates) if (c.source === 'label') people.push({ c, because: ['transcript-label'] });
  // A name is decided once, on the signals of all its uses, and of its surname's uses alone: "Scooter
  // Kessel" is weak evidence, "Kessel, 38, who reps …" elsewhere is strong.
  const groups = new Map<string, NameCandidate[]>();
  for (const c of draft.candidates) if (c.source === 'sequence') groups.set(c.text, [...(groups.get(c.text) ?? []), c]);
  const SURNAME_SIGNALS = ['speaks', 'role-apposition', 'role-before', 'age'];
  for (const [text, group] of groups) {
    // A signal for holds if any use shows it; a signal against only if most uses do, so that one
    // odd tagging ("Maya Quinlan feud" read as a company) does not outweigh the rest.
    const counts = { person: new Map<string, number>(), organisation: new Map<string, number>() };
    for (const c of group) {
      const f = nameFeatures(draft, c);
      for (const x of f.person) counts.person.set(x, (counts.person.get(x) ?? 0) + 1);
      for (const x of f.organisation) counts.organisation.set(x, (counts.organisation.get(x) ?? 0) + 1);
    }
    const pool = (table: readonly FeatureEntry[], found: Map<string, number>): Set<string> =>
      new Set([...found].filter(([id, n]) => (table.find((f) => f.id === id)?.weight ?? 0) > 0 || n * 2 > group.length).map(([id]) => id));
    const pooled = {
      person: pool(PERSON_FEATURES.entries, counts.person),
      organisation: pool(ORGANISATION_FEATURES.entries, counts.organisation),
    };
    const words = group[0]!.person?.words ?? [];
    if (words.length >= 2) {
      const surname = words[words.length - 1]!;
      // Every use of the surname alone, as a one-word candidate, even at a sentence start ("Kessel, 38, …").
      for (const [k, t] of draft.tokens.entries()) {
        if (t.text !== surname || draft.tokens[k - 1]?.text === words[words.length - 2] || draft.tokens[k + 1]?.isCap) continue;
        const single: NameCandidate = {
          source: 'sequence',
          start: t.start,
          end: t.end,
          text: t.text,
          tokens: [t],
          person: { words: [t.text], start: t.start },
        };
        for (const x of nameFeatures(draft, single).person) if (SURNAME_SIGNALS.includes(x)) pooled.person.add(x);
      }
    }
    // A name only in Title Case lines is a person if its surname acts as one in the story, and never a body.
    const titleLineOnly = group.every((c) => c.inTitleLine);
    if (titleLineOnly) pooled.organisation.clear();
    const decision =
      titleLineOnly && !SURNAME_SIGNALS.some((x) => pooled.person.has(x))
        ? { question: 'name', subject: text, answer: 'no', score: 0, because: ['title-line-only'] }
        : decideName(draft, group[0]!, pooled);
    const kind = decision.answer === 'person' ? 'person' : decision.answer === 'organisation' ? 'organisation' : 'none';
    if (decision.answer !== 'no') draft.decisions.push({ ...decision, subject: text });
    for (const c of group) {
      c.kind = kind;
      if (kind === 'person') people.push({ c, because: decision.because });
    }
  }
  // "Red Mesa" after "Red Mesa Corporation": the start of a body's name is that body.
  const bodies = draft.candidates.filter((c) => c.kind === 'organisation' && c.tokens.length >= 2);
  for (const p of [...people]) {
    const words = p.c.tokens.map((t) => t.text.toLowerCase()).join(' ');
    if (
      p.c.tokens.length < 2 ||
      !bodies.some(
        (b) =>
          b !== p.c &&
          b.tokens
            .map((t) => t.text.toLowerCase())
            .join(' ')
            .startsWith(`${words} `),
      )
    )
      continue;
    p.c.kind = 'organisation';
    people.splice(people.indexOf(p), 1);
  }
  mergePeople(draft, people);
  addFirstWordAliases(draft);
  return draft;
}
