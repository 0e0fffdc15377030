/**
 * The quotes pass: what is said in the article, and where its source is named, before anyone is
 * resolved to an actor (the speakers and coreference passes do that).
 *
 * - Quotations: every quotation mark pair of the story (straight, curly, the NYT's '', and
 *   quotations that run on over paragraphs), except titles of works and names ("Sunday Roundtable",
 *   a slogan called "Meth. We're on it."). Each gets its cue and source: "…," X said / said X /
 *   X said: "…" / "…" — X / a quotation inside X's reported clause. A quotation with no cue is
 *   kept without a source; the coreference pass gives it to the speaker it continues, or leaves it
 *   unattributed for the reviewer.
 * - Reported speech: "X said (that) …", "…, X said.", "according to X, …", "As X stressed, …",
 *   ", adding that …", "…, falsely suggesting that …", ", urging voters to …", "X called for …",
 *   questions ("X asked Y whether …"), findings ("a poll shows Y ahead"), a headline's "Name: …",
 *   and a transcript's turns. "X rejected claims that P" reports a denial: P is asserted by
 *   someone else, so it is kept for claims but not quoted. A clause reported inside an opening
 *   "While …," ends at its comma; "…, Lima said, …" sets an attribution off inside its clause;
 *   a clause goes on past an aside between two dashes, and a said object ("criticised the plan
 *   in a statement on Tuesday") ends before the verb's occasion and day.
 *
 * The source is the words that name the speaker, with appositions stripped: in "Alan Pryce, the
 * president of the Reserve Bank of Westmarch, said", it is "Alan Pryce".
 */
import { PERSON_PRONOUNS, POSSESSIVE_DETERMINERS, THING_PRONOUNS } from '../lexicon/function-words';
import { ROLE_NOUNS } from '../lexicon/names';
import { ISSUED_DOCUMENT_RE } from '../lexicon/references';
import {
  INTENTION_FORMS,
  SAYING_NOUN_PATTERNS,
  clauseGoesOnLength,
  isClauseNotSpeaker,
  isNotSpeechPhrasal,
  speechAdjunctLength,
} from '../lexicon/report-clauses';
import {
  BARE_CLAUSE_FORMS,
  DENIAL_FORMS,
  REPORT_NOUNS,
  SOURCE_PHRASES,
  INFINITIVE_FORMS,
  NAMING_FORMS,
  OBJECT_FORMS,
  OBJECT_GERUNDS,
  QUESTION_FORMS,
  FINDING_FORMS,
  FINDING_SOURCES,
  SPEECH_GERUNDS,
  SPEECH_LEMMAS,
  SPEECH_PARTICIPLES,
  SPEECH_VERB_FORMS,
  SOURCE_QUALIFIERS,
  complementEnd,
} from '../lexicon/speech';
import { MONTHS, RELATIVE_DAYS, TIME_SPANS, TIME_WORD_SET, WEEKDAYS } from '../lexicon/time';
import { ruleTable, type RuleEntry } from '../lexicon/table';
import type { Attribution, Draft, Token } from './draft';
import { isTitleCase } from './candidates';
import { hasTag } from './tag';
import { isFurniture } from './segment';
import { type QuoteSpan, type Sentence, type Span, escapeRegExp, findQuoteSpans, findSpeakerLabels } from './text';

/** A quotation or reported clause, attributed. */
export interface DraftQuote {
  /** Id, unique in the pack. */
  id: string;
  /** Actor id of the speaker; absent when no actor could be found (the reviewer decides). */
  speaker?: string;
  /** The article's words for a speaker who is no actor ("police", "a senior official"). */
  source?: string;
  /** The words, verbatim. */
  text: string;
  /** Offset of `text` in the article. */
  start: number;
  /** Whether the article puts the words in quotation marks. */
  direct: boolean;
  /** The sentence the words come from. */
  sentence: Sentence;
  /** Why this speaker (the rule and the signals), for the review page. */
  because?: string[];
}

/** Something an actor (or the article) asserts in one sentence: the raw material of a claim. */
export interface Assertion {
  /** Actor id of whoever asserts it; null when the article itself does. */
  speaker: string | null;
  /** The asserted words, verbatim. */
  text: string;
  /** Offset of `text` in the article. */
  start: number;
  /** The sentence. */
  sentence: Sentence;
  /** Quotes that carry it. */
  quotes: string[];
  /** The speech verb that introduced it, when there was one ("demanded", "warned"). */
  verb?: string;
  /** Words of the same sentence offered as proof of it ("a raid that killed 14 …, a proof that …"), and who offers them. */
  support?: { text: string; start: number; speaker?: string };
}

/** A regex alternation of `forms`, longest first, so that a phrasal verb wins over its verb ("calling on" before "calling"). */
function longestFirst(forms: Iterable<string>): string {
  return [...forms]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
}

const VERB_ALTERNATION = longestFirst(SPEECH_VERB_FORMS);
const GERUND_ALTERNATION = longestFirst(SPEECH_GERUNDS);
/** Speech verbs, "according to", and the "-ing" form after a form of "be" ("the Democrats are alleging that"). */
const VERB_RE = new RegExp(
  `(?<![\\p{L}])(${VERB_ALTERNATION}|${SOURCE_PHRASES.join('|')}|(?<=(?:is|are|was|were|been|be)\\s+(?:\\p{Ll}+ly\\s+)?)(?:${GERUND_ALTERNATION}))(?![\\p{L}])`,
  'giu',
);
const DAYS = [...WEEKDAYS, ...RELATIVE_DAYS].join('|');
// "said this week" dates the statement, "said this was a mistake" opens its clause: "this", "last"
// and "next" are a time only before a span of time or a day.
const NOT_A_CLAUSE_START = new RegExp(
  `^\\s+(?:on|in|to|by|from|with|during|after|before|so|yes|no|${DAYS}|earlier|later|recently|previously|${MONTHS.join('|')}|(?:last|this|next|that)\\s+(?:${[...TIME_SPANS, ...WEEKDAYS, ...MONTHS].join('|')}))\\b`,
  'i',
);
const FINITE_VERB =
  /(?<![\p{L}])(?:is|are|was|were|has|have|had|will|would|could|can|should|must|may|might|did|does|do|rose|fell|grew|won|lost|left|came|went|took|made|saw|knew|found|gave|kept|began|ran|held|met|paid|sold|sent|spent|stood|thought|brought|built|caught|fought|led|meant|[\p{L}]{3,}ed)(?![\p{L}])/iu;
/** A verb contracted onto a pronoun: "it's", "they're", "we've", "he'll". */
const CONTRACTED_VERB = /(?<![\p{L}])(?:it|he|she|that|there|what|they|we|you|i)'(?:s|re|ve|ll|d|m)(?![\p{L}])/iu;
// What may follow a trailing "…, the union said": nothing, or when and how ("on Sunday", "in a statement").
const TRAILING_TAIL = new RegExp(
  `^\\s*(?:(?:on|in|at|late|early|last|this|earlier|later|${DAYS})\\b[^.,]*)?(?:\\s+(?:but|and|while|although|though)\\b.*)?[.!]?\\s*$`,
  'i',
);
// A sentence of a transcript worth keeping as a claim: it denies, insists, demands or contrasts.
const TAKES_SIDE =
  /(?<![\p{L}])(?:not|no longer|never|still|remains?|continues?|must|should|will not|won't|cannot|can't|however|but|despite|reject\w*|den(?:y|ied|ies)|clear)(?![\p{L}])|n't(?![\p{L}])/iu;
const REPORT_NOUN = new RegExp(`\\b(?:${REPORT_NOUNS.join('|')})\\s*$`, 'i');
const PARTICIPLES = SPEECH_PARTICIPLES.join('|');
const TELL_FORMS = new Set(['told', 'tells', 'tell']);
/** A participle of speech right before a quotation, with at most a short object: ", telling Reuters, “". */
const GERUND_BEFORE_RE = new RegExp(
  `(?<![\\p{L}])(${SPEECH_GERUNDS.map(escapeRegExp).join('|')})(?:\\s+(?:that\\s+)?[^"“”.;]{0,40}?)?[,:]?\\s*$`,
  'iu',
);
/** A qualifier of an unnamed source ("close to", "familiar with"), at the start of a string. */
const QUALIFIER_RE = new RegExp(`^(?:${SOURCE_QUALIFIERS.map(escapeRegExp).join('|').replace(/ /g, '\\s+')})(?![\\p{L}])`, 'iu');
/** A date between a subject and its verb ("(D-Ore.) last week said", "Hale on Tuesday said", "in March"). */
const DATE_BEFORE_VERB = `(?:on|in|late|early|earlier|last|this|next)\\s+(?:this\\s+|last\\s+)?(?:${[...TIME_SPANS, ...WEEKDAYS, ...MONTHS].join('|')})`;
/** Words between a subject and its verb that are not the subject: adverbs, auxiliaries and dates. */
const SUBJECT_FILLER = new RegExp(
  `(?:\\s+(?:${DATE_BEFORE_VERB}|also|still|now|once|again|later|then|since|already|just|even|ever|long|previously|earlier|often|always|had|has|have|would|will|could|can|may|might|should|must|did|does|do|is|are|was|were|been|being|not|never|n't|didn't|doesn't|don't|won't|hasn't|haven't|repeatedly|further|first|${DAYS}|recently|publicly|\\p{Ll}+ly))+\\s*$`,
  'u',
);
const ROLE_ALTERNATION = [...ROLE_NOUNS].sort((a, b) => b.length - a.length).join('|');
/** An apposition between commas: ", the president of …,", ", a trade professor at Elmford,", ", who …,". */
const APPOSITION = new RegExp(
  `,\\s+(?:(?:the|a|an|its|his|her|their|who|which|whose|now|then|also|former|both|one|another)\\s+[^,]*|[^,]*(?<![\\p{L}])(?:${ROLE_ALTERNATION})(?![\\p{L}])[^,]*|\\d+|aged\\s+\\d+|\\p{Ll}+(?:ed|ing)\\s[^,]*),\\s*$`,
  'iu',
);

/** A rule that makes a quotation a title or a name rather than someone's words. */
interface TitleRule extends RuleEntry {
  /** Whether the rule holds for a quotation (its words, and the text just before and after it). */
  readonly holds: (words: string, before: string, after: string) => boolean;
}

/** A pronoun or a short name and a speech verb that close a sentence right after a quotation: "…,” he tweeted." */
const SAID_AFTER = new RegExp(
  `^[,.!?]?\\s*(?:(?:he|she|they|it|we|i)\\s+(?:${VERB_ALTERNATION})|(?:${VERB_ALTERNATION})\\s+(?:he|she|they|it))(?![\\p{L}])`,
  'iu',
);

/** A speech verb and a comma or a colon right before a quotation ("had said, “We'll See”"): what follows is said, whatever its capitals. */
const SAID_BEFORE = new RegExp(`(?<![\\p{L}])(?:${VERB_ALTERNATION})\\s*[,:]\\s*$`, 'iu');

const WORK_CONTEXT =
  /(?<![\p{L}])(?:titled|entitled|dubbed|nicknamed|named|called|book|novel|film|movie|documentary|show|programme|program|series|song|album|column|op-ed|headline|slogan|hashtag|campaign|broadcast of|appearance on|appeared on|episode of)\s*,?\s*$/iu;

/** A verb of naming and the work it names, right before a quotation: "called the show “…”" gives the show someone's words. */
const NAMED_WORK = new RegExp(
  `(?<![\\p{L}])(?:${longestFirst(NAMING_FORMS)})\\s+(?:the|this|that|his|her|its|their|a|an)\\s+(?:\\p{Ll}+\\s+)?\\p{Ll}+\\s*,?\\s*$`,
  'iu',
);

/** Prepositions that titles write in lower case although they have four letters ("Midday with Dana Ruiz", "Notes from Elmford"). */
const TITLE_PREPOSITIONS: ReadonlySet<string> = new Set(['with', 'from', 'into', 'onto', 'upon', 'over', 'than', 'without']);

/** Whether most words of a short quotation are capitalised, as in a title ("Face the Nation"). */
function isTitleCased(words: string): boolean {
  const list = words
    .replace(/[,.;:!?]+$/, '')
    .split(/\s+/)
    .filter(Boolean);
  if (list.length === 0 || list.length > 10) return false;
  if (!/^[\p{Lu}\d]/u.test(list[0]!)) return false;
  // Titles leave short prepositions in lower case ("The Lead with Dana Ruiz"); other words of four letters or more are capitalised.
  const long = list.filter((w) => (/^[\p{L}\d]{4,}/u.test(w) && !TITLE_PREPOSITIONS.has(w)) || /^\p{Lu}/u.test(w));
  if (list.length === 1)
    return /^\p{Lu}\p{Ll}+$/u.test(list[0]!) && !/^(?:I|No|Yes|OK|Okay|Why|What|Never|Wow|Thanks|Nothing|Absolutely)$/.test(list[0]!);
  // A pronoun, or one contracted with its verb ("We'll see", "I'm in"), opens speech, not a title.
  return long.length > 0 && long.every((w) => /^[\p{Lu}\d]/u.test(w)) && !/^(?:I|We|You|He|She|They|It)(?:'\p{Ll}{1,2})?$/u.test(list[0]!);
}

/** Rules that make a quotation a title or a name (see the module comment). */
export const TITLE_RULES = ruleTable<TitleRule>(
  'quotations that are titles',
  [
    {
      id: 'title-case',
      // A Title Case quotation that a speech verb closes off ("“Happy Harvest Day!,” he tweeted.") is speech.
      holds: (words, before, after) =>
        isTitleCased(words) &&
        !SAID_BEFORE.test(before) &&
        (/(?:^|\s)(?:on|of|in|at|from|to|by|for|with|the|his|her|their|its|a|an)\s*$/i.test(before) || !SAID_AFTER.test(after)),
      reason: 'A short quotation in Title Case is the name of a programme, a book or a slogan, not someone\'s words ("Sunday Roundtable").',
      examples: [
        'On "Sunday Roundtable," Harlan said so.',
        'He wrote "Timber Isn\'t the Enemy."',
        'She spoke on "Meet the Week."',
        'He now hosts "Mornings with Dana Ruiz."',
      ],
      lookalikes: [
        '"We are not going anywhere," Harlan said.',
        'It was his "Waterloo moment."',
        '"Happy Harvest Day!," he tweeted.',
        'Harlan had said, "Good Luck," and left.',
        'Asked about the vote, Harlan answered "We\'ll see" and smiled.',
      ],
    },
    {
      id: 'credited-headline',
      holds: (_words, _before, after) => /^[,.]?\s*by\s+(?:the\s+)?\p{Lu}/u.test(after),
      reason:
        'A quotation followed by "by" and a name ("“Ferry fares to rise,” by the Ledger\'s Ana Lima") is the headline of a piece credited to its writer, not anyone\'s words.',
      examples: ['Read "Ferry fares to rise next spring," by the Ledger\'s Ana Lima.', 'See "The pier at night" by Tom Hale.'],
      lookalikes: ['"Ferry fares will rise next spring," said the Ledger\'s Ana Lima.', '"We will win," by all accounts, was her line.'],
    },
    {
      id: 'no-words',
      holds: (words) => !/\p{L}{2,}/u.test(words) || /^[\d\s:/.,-]+$/.test(words),
      reason: "A quotation without words (an id, a date, a number left by an embedded post) is nobody's speech.",
      examples: ['The post ("672138489358585856") was deleted.', 'Filed "2016-02-15" under news.'],
      lookalikes: ['"We won 12 states," she said.'],
    },
    {
      id: 'markup-attribute',
      holds: (_words, before) => /[\p{L}-]=$/u.test(before),
      reason:
        'A value in leftover markup (author="@someone" in an embedded post\'s tag) is an attribute, not anyone\'s words; an equals sign never introduces speech.',
      examples: ['<post author="@cityhall" time="9am">The pier is open.</post>', 'Filed as name="Harbour plan" in the archive.'],
      lookalikes: ['The mayor said "the pier is open" today.', 'It was, she said, "equal to the task."'],
    },
    {
      id: 'work-or-name',
      holds: (words, before) => WORK_CONTEXT.test(before) && !NAMED_WORK.test(before) && words.split(/\s+/).length <= 8,
      reason:
        'A quotation introduced as the name of something ("a campaign called …", "the book …") is a title, not speech; a work someone calls something ("called the show “…”") gets their words.',
      examples: ['They ran a campaign called "Meth. We\'re on it." last year.', 'He read the book "how to win friends" twice.'],
      lookalikes: [
        'Hale called the plan "a disaster for everyone who works hard every day of the week."',
        'He said it was "a disaster".',
        'Hale called the show "the best hour of radio in the state."',
      ],
    },
  ],
  (entry, text) => {
    const q = findQuoteSpans(text)[0];
    return (
      q !== undefined &&
      entry.holds(q.text, text.slice(Math.max(0, q.outerStart - 40), q.outerStart), text.slice(q.outerEnd, q.outerEnd + 40))
    );
  },
);

/** Whether a quotation is a title or a name by one of the rules. */
export function titleRuleOf(draft: Draft, q: QuoteSpan): string | undefined {
  const before = draft.folded.slice(Math.max(0, q.outerStart - 40), q.outerStart);
  const after = draft.folded.slice(q.outerEnd, q.outerEnd + 40);
  return TITLE_RULES.entries.find((r) => r.holds(q.text, before, after))?.id;
}

/** Whether the line around an offset is a Title Case headline, where every word has a capital. */
function isTitleCaseLine(draft: Draft, offset: number): boolean {
  const sentence = draft.sentences.find((x) => x.start <= offset && offset < x.end);
  return sentence !== undefined && isTitleCase(sentence.text, sentence.index === 0);
}

const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'his',
  'her',
  'its',
  'their',
  'our',
  'my',
  'your',
  'this',
  'that',
  'these',
  'those',
  'no',
  'any',
  'some',
  'such',
  'every',
  'each',
  'new',
  'latest',
  'recent',
]);

/** A speech verb (or "according to") found in the text. */
interface Cue {
  start: number;
  end: number;
  /** The cue in lower case. */
  word: string;
}

function isInQuote(draft: Draft, start: number, end: number): boolean {
  return draft.quoteSpans.some((q) => start >= q.outerStart && end <= q.outerEnd);
}

/** Speech verbs in a range, outside quotations and furniture, that compromise does not read as nouns. */
function cuesIn(draft: Draft, from: number, to: number): Cue[] {
  const out: Cue[] = [];
  VERB_RE.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = VERB_RE.exec(draft.folded)) !== null && m.index < to) {
    if (m.index + m[0].length > to) break;
    // "the state", "a report", "her claims": a verb form that compromise reads as a noun, after
    // a determiner or a possessive, is one ("…, director at Google, tells" is still a verb).
    const tags = draft.tagsAt.get(m.index);
    const beforeMatch = /([\p{L}\p{N}']+)\s+$/u.exec(draft.folded.slice(Math.max(0, m.index - 20), m.index));
    const before = beforeMatch?.[1]?.toLowerCase();
    // So is one after an adjective or a number ("two highly critical reports that …", "local reports say").
    const beforeTags = beforeMatch ? draft.tagsAt.get(m.index - beforeMatch[0].length) : undefined;
    const describedNoun = beforeTags !== undefined && (beforeTags.has('Adjective') || beforeTags.has('Value')) && !beforeTags.has('Verb');
    if (tags && tags.has('Noun') && !tags.has('Verb') && before && (DETERMINERS.has(before) || /'s?$/.test(before) || describedNoun))
      continue;
    // A bare lemma read as a noun ("their future state") is one, unless records or polls before it
    // make it their verb ("court records show"); so is a capital mid-sentence ("the United States").
    if (
      tags &&
      tags.has('Noun') &&
      !tags.has('Verb') &&
      SPEECH_LEMMAS.has(m[1]!.toLowerCase()) &&
      !(FINDING_FORMS.has(m[1]!.toLowerCase()) && FINDING_BEFORE.test(draft.folded.slice(Math.max(from, m.index - 80), m.index)))
    )
      continue;
    if (
      /^\p{Lu}/u.test(m[1]!) &&
      /[\p{L},]\s*$/u.test(draft.folded.slice(Math.max(0, m.index - 3), m.index)) &&
      !isTitleCaseLine(draft, m.index)
    )
      continue;
    if (isInQuote(draft, m.index, m.index + m[0].length) || isFurniture(draft, m.index)) continue;
    out.push({ start: m.index, end: m.index + m[0].length, word: m[1]!.toLowerCase() });
  }
  return out;
}

/**
 * Whether a stretch has a finite verb of its own: one of the common forms, or a word compromise
 * tags as a tensed verb or a modal ("he respects", "it could"), not a gerund or an infinitive.
 */
function hasFiniteVerb(draft: Draft, start: number, end: number): boolean {
  const words = draft.folded.slice(start, end);
  if (FINITE_VERB.test(words) || CONTRACTED_VERB.test(words)) return true;
  return draft.tokens.some((t, i) => {
    if (t.start < start || t.end > end) return false;
    const tags = draft.tagsAt.get(t.start);
    if (tags === undefined || !tags.has('Verb') || tags.has('Gerund') || tags.has('Noun')) return false;
    if (tags.has('PastTense') || tags.has('Modal')) return true;
    // compromise tags a plain present ("they want", "staffers sign") as an infinitive too; it is
    // one only after "to" or a modal, which the clause would then have already.
    const previous = draft.tokens[i - 1];
    const before = previous && previous.start >= start ? draft.folded.slice(previous.start, previous.end).toLowerCase() : '';
    return (
      tags.has('PresentTense') &&
      (!tags.has('Infinitive') || (before !== '' && before !== 'to' && !draft.tagsAt.get(previous!.start)?.has('Verb')))
    );
  });
}

/** Trims a span's ends of spaces and the given punctuation. */
function trimSpan(draft: Draft, start: number, end: number, punctuation = /[\s,;:]/): Span | undefined {
  while (start < end && punctuation.test(draft.text[start] ?? '')) start++;
  while (end > start && punctuation.test(draft.text[end - 1] ?? '')) end--;
  return end > start ? { start, end, text: draft.text.slice(start, end) } : undefined;
}

/** Adverbs set off by commas that stand between a subject and its verb (", however,", ", in a statement,"). */
const ASIDE =
  /,\s+(?:however|meanwhile|too|though|also|in turn|for (?:his|her|its|their) part|in (?:a|an) (?:statement|interview|email|letter|post)(?: [^,]{0,40})?|on \p{Lu}\p{Ll}+day|last \p{Ll}+),\s*$/iu;
/** A place set off by commas between a subject and its verb ("Hale, in Salem, said"), in its capitals. */
const PLACE_ASIDE = /,\s+in (?:the )?\p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){0,2},\s*$/u;
/** A place after "from", "of" or "in", then a comma and its region, at the end of a subject ("from Dover, Delaware,"). */
const REGION_AFTER_PLACE =
  /((?:^|\s)(?:from|of|in|near|outside)\s+(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}),\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2},\s*$/u;

/** Whether every capitalised word between two offsets is one compromise knows as a place, and none as a person. */
function isPlaceRun(draft: Draft, start: number, end: number): boolean {
  const words = draft.tokens.filter((t) => t.start >= start && t.end <= end && t.isCap);
  return words.length > 0 && words.every((t) => hasTag(draft, t.start, 'Place') && !hasTag(draft, t.start, 'Person'));
}

/**
 * A name (or two joined by "and") and a colon right before a quotation, at the start of the
 * sentence or after a lead-in that ends in a dash, as digests write their items.
 */
const LABEL_BEFORE_QUOTE_RE =
  /^(?:[^"“”]*?\s?[-–—]\s*(?:More from\s+)?)?\s*(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}(?:\s+and\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})?)\s*:\s*$/u;

/** Words after which a new clause, and so a new subject, begins. */
const CLAUSE_OPENER =
  /(?:^|\s)(?:but|while|although|though|because|when|after|before|as|so|yet|if|and then|which|who|whom|whose|where|that|saying|adding|noting)\s/gi;

/**
 * The words that name the subject of a verb at `verbStart`, looking back to `from`: adverbs,
 * auxiliaries and negations before the verb are skipped, appositions and asides between commas
 * are stripped, and the subject starts after the last clause boundary or verb ("In a letter in
 * May, Wes Harlan, the president of the farm bureau, said" → "Wes Harlan"; "… in which he
 * wrote" → "he").
 */
export function subjectSpan(draft: Draft, from: number, verbStart: number): Span | undefined {
  let s = draft.folded.slice(from, verbStart);
  s = s.replace(SUBJECT_FILLER, '').replace(/\s+$/, '');
  // "Tom Hale, who said …": a relative clause set off by a comma speaks for the noun it hangs on.
  // Without the comma ("voters who say P were …") the clause runs into the main verb, so it is left.
  const relative = /,\s+who$/i.exec(s);
  if (relative && relative.index > 0) return subjectSpan(draft, from, from + relative.index);
  // "X released two reports that depicted …": the document speaks for whoever put it out.
  const issued = ISSUED_DOCUMENT_RE.exec(s);
  if (issued && issued.index > 0) return subjectSpan(draft, from, from + issued.index);
  // Appositions and asides between commas, and brackets ("Sen. Warren (D-MA)"), are not the subject;
  // stripping one leaves its opening comma, so that "Tom Hale, 49, a Navy veteran, said" strips twice.
  for (let guard = 0; guard < 6; guard++) {
    const bracket = /\s*\([^()]{1,60}\)\s*,?$/.exec(s);
    if (bracket && bracket.index > 0) {
      s = s.slice(0, bracket.index) + (s.endsWith(',') ? ',' : '');
      continue;
    }
    // "The justice -- who has been in a scuffle with him -- said": an aside between dashes.
    const dashed = /\s*(?:--|[—–])[^—–]{1,160}?(?:--|[—–])$/.exec(s);
    if (dashed && dashed.index > 0 && !/^\s*(?:--|[—–])\s*$/.test(dashed[0])) {
      s = s.slice(0, dashed.index);
      continue;
    }
    if (!s.endsWith(',')) break;
    // "Tom Hale, a fisherman from Dover, Delaware, said": a place's region after its comma belongs
    // to the place, so the comma after it closes the apposition, not the subject.
    const region = REGION_AFTER_PLACE.exec(s);
    if (region && isPlaceRun(draft, from + region.index + region[1]!.length, from + s.length)) {
      s = `${s.slice(0, region.index + region[1]!.length)},`;
      continue;
    }
    const furniture = draft.furniture.find(
      (f) =>
        f.rule === 'via-credit' &&
        f.end <= from + s.length &&
        f.start >= from &&
        /^[\s,]*$/.test(draft.folded.slice(f.end, from + s.length)),
    );
    const aside = ASIDE.exec(s) ?? PLACE_ASIDE.exec(s) ?? APPOSITION.exec(s);
    if (furniture) s = `${s.slice(0, furniture.start - from).replace(/[\s,]+$/, '')},`;
    else if (aside && aside.index > 0) s = `${s.slice(0, aside.index).replace(/\s+$/, '')},`;
    else break;
  }
  s = s.replace(/,$/, '').replace(/\s+$/, '');
  // The subject starts after the last clause boundary: a comma, a colon, a quotation mark, a dash.
  const boundary = Math.max(
    s.lastIndexOf(', '),
    s.lastIndexOf(': '),
    s.lastIndexOf('; '),
    s.lastIndexOf('"'),
    s.lastIndexOf(' — '),
    s.lastIndexOf(' – '),
    s.lastIndexOf('('),
  );
  let start = boundary >= 0 ? boundary + 1 : 0;
  // "and" inside a subject joins two speakers ("Hale and Lima said"); "but" or "which" open a new clause.
  const last = [...s.slice(start).matchAll(CLAUSE_OPENER)].pop();
  if (last) start += last.index + last[0].length;
  // "X did not name his rivals, but told his supporters": a verb with no subject of its own after
  // "and" or "but" shares the subject of the clause before.
  if (boundary > 0 && /^\s*(?:and|but|yet|then|and then)\s*$/i.test(s.slice(start))) {
    const previousVerb = [...draft.tokens].reverse().find((t) => t.start >= from && t.end <= from + boundary && isVerbToken(draft, t));
    if (previousVerb && previousVerb.start > from) return subjectSpan(draft, from, previousVerb.start);
  }
  // Nor is a verb part of it: "a letter posted on Twitter" is not who speaks.
  // The word right before the cue heads the subject, whatever compromise reads it as: finite verbs
  // do not stand side by side, so in "the Kendrick campaign said" or "Dutch police say" it is a noun.
  const headEnd = from + s.length;
  const verb = [...draft.tokens].reverse().find(
    (t) =>
      t.start >= from + start &&
      t.end <= headEnd &&
      isVerbToken(draft, t) &&
      !isSubjectHead(draft, t, from + start, headEnd) &&
      // A present verb needs a subject before it: the first word of the stretch is the subject
      // ("sources close to …"); a past form there is an inverted cue ("…,” said Lima, who …").
      !(/^[\s"'(]*$/.test(draft.folded.slice(from + start, t.start)) && !draft.tagsAt.get(t.start)?.has('PastTense')) &&
      !QUALIFIER_RE.test(draft.folded.slice(t.start, t.start + 40)),
  );
  if (verb) {
    // "X accused the UK of meddling and warned that …", "voters were more likely to say that …":
    // a second verb, or an infinitive, shares the first verb's subject.
    if (
      (/(?:^|\s|,)(?:and|but|then|to)$|,$/.test(s.trimEnd()) ||
        /^\s*(?:\p{Ll}+\s+){0,3}(?:likely|expected|going|able|willing|unable|quick|eager|ready|set|due|supposed)\s+to$/u.test(
          draft.folded.slice(verb.end, from + s.length),
        )) &&
      verb.start > from
    ) {
      return subjectSpan(draft, from, verb.start);
    }
    start = verb.end - from;
  }
  // "And he", "— they", "And online he": a conjunction, a dash or an adverb before the subject is not part of it.
  const lead = /^(?:(?:and|but|so|yet|or|then|now|still|also|—|–|-)\s+)+/i.exec(s.slice(start).trimStart());
  if (lead) start += s.slice(start).length - s.slice(start).trimStart().length + lead[0].length;
  const pronoun = /(?:^|\s)(he|she|they|it|we)$/i.exec(s);
  if (
    pronoun &&
    /^(?:\s*(?:and|but|so|yet|then|now|still|also|online|later|again|once|here|there|today|\p{Ll}+ly)\s+)*$/iu.test(
      s.slice(start, s.length - pronoun[1]!.length),
    )
  )
    start = s.length - pronoun[1]!.length;
  const span = trimSpan(draft, from + start, from + s.length, /[\s,;:"'(]/);
  if (!span || span.text.split(/\s+/).length > 14 || !isSourceLike(draft, span)) return undefined;
  return span;
}

/**
 * Whether words can name a source: not a phrase that opens with a preposition, an adverb or a
 * participle ("referencing a", "for example", "In a letter to party colleagues"), nor one that
 * ends in a function word ("only to"), unless they name an actor.
 */
function isSourceLike(draft: Draft, span: Span): boolean {
  if (draft.mentions.some((m) => m.start >= span.start && m.end <= span.end)) return true;
  const first = draft.tokens.find((t) => t.start >= span.start);
  const tags = first ? draft.tagsAt.get(first.start) : undefined;
  if (first && tags && !first.isCap && (tags.has('Preposition') || tags.has('Adverb') || tags.has('Gerund') || tags.has('Conjunction')))
    return false;
  if (/^(?:in|on|at|for|with|by|from|after|before|during|like|as|to|over|under)\s/i.test(span.text)) return false;
  // Nor is a conjunction that opens the next clause ("“We'll see,” when asked …").
  return !/(?:^|\s)(?:to|of|for|with|by|and|or|the|a|an|that|who|which|when|while|as|if|because|since|though|although|whether)$/i.test(
    span.text,
  );
}

/**
 * Whether a word that compromise reads as a verb ends a subject: it stands right before the cue,
 * after a determiner, a possessive, an adjective or a name ("the campaign", "Dutch police"), not
 * after a relative pronoun ("those who voted").
 */
function isSubjectHead(draft: Draft, t: Token, start: number, headEnd: number): boolean {
  if (!/^[\s,]*$/.test(draft.folded.slice(t.end, headEnd))) return false;
  const match = /([\p{L}'-]+)\s+$/u.exec(draft.folded.slice(Math.max(start, t.start - 30), t.start));
  const previous = match?.[1];
  if (!match || !previous || /^(?:who|which|that|whom|to)$/i.test(previous)) return false;
  const tags = draft.tagsAt.get(t.start - match[0].length);
  return (
    DETERMINERS.has(previous.toLowerCase()) ||
    /'s?$/.test(previous) ||
    /^\p{Lu}/u.test(previous) ||
    (tags !== undefined && (tags.has('Adjective') || tags.has('Noun')) && !tags.has('Pronoun'))
  );
}

/** Whether compromise reads a word as a verb only: not a noun, an adjective, a gerund ("Tuesday's meeting") or a name. */
function isVerbToken(draft: Draft, t: Token): boolean {
  const tags = draft.tagsAt.get(t.start);
  return tags !== undefined && tags.has('Verb') && !tags.has('Noun') && !tags.has('Adjective') && !tags.has('Gerund') && !t.isCap;
}

/** The subject of a sentence: the words before its first verb, past an opening phrase ("In May, X urged …"). */
export function sentenceSubject(draft: Draft, sentence: Sentence, limit: number): Span | undefined {
  const tokens = draft.tokens.filter((t) => t.start >= sentence.start && t.end <= limit);
  const verb = tokens.find((t, i) => i > 0 && isVerbToken(draft, t) && !isInQuote(draft, t.start, t.end));
  return verb ? subjectSpan(draft, sentence.start, verb.start) : undefined;
}

/** The words that name the source after a cue ("said Alan Pryce, the president of …" → "Alan Pryce"; "according to a spokesman for X" keeps "for X"). */
export function sourceAfter(draft: Draft, cueEnd: number, limit: number): Span | undefined {
  const rest = draft.folded.slice(cueEnd, Math.min(limit, cueEnd + 120));
  const m = /^\s+((?:[^,.;:!?"()—–]|\.(?=\s*\p{Lu}\p{Ll})|(?<=\b\p{Lu})\.)+)/u.exec(rest);
  if (!m) return undefined;
  let words = m[1]!;
  // "…, said Wednesday he agrees with the board": a clause, not a speaker, follows the verb.
  if (isClauseNotSpeaker(words)) return undefined;
  // A clause, not a name, follows: "said the port was closed".
  const cut = /\s(?:who|which|that|in|on|at|during|after|before|when|while|last|this|on)\s/i.exec(words);
  if (cut && !/^\s(?:of|for|at)\s/.test(cut[0])) words = words.slice(0, cut.index);
  const start = cueEnd + m.index + m[0].indexOf(m[1]!);
  // "said Tuesday that …": a date after the cue dates the statement and names nobody.
  if (
    words
      .trim()
      .split(/\s+/)
      .every((w) => TIME_WORD_SET.has(w.toLowerCase().replace(/\.$/, '')))
  )
    return undefined;
  // "said its director, Tomas Lindqvist": a role, then the name in apposition.
  const appositive = /^,\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})/u.exec(draft.folded.slice(start + words.length, limit));
  if (
    appositive &&
    /^(?:the|its|his|her|their|a|an)\s/i.test(words) &&
    !draft.mentions.some((x) => x.start >= start && x.end <= start + words.length)
  ) {
    return trimSpan(draft, start, start + words.length + appositive[0].length);
  }
  return trimSpan(draft, start, start + words.length);
}

/** Where a reported clause ends: the end of the sentence, a semicolon, or a closing dash. */
export function clauseEnd(folded: string, start: number, sentenceEnd: number): number {
  const rest = folded.slice(start, sentenceEnd);
  // Outside quotation marks only: a quotation keeps its own commas.
  let stop = -1;
  // "said the tax — and the fee — would go": a dash that another closes sets off an aside
  // inside the clause, which goes on after it; after a comma the clause has already loosened
  // into an appended phrase (", looping the streets around the park — where … —"), and stops.
  let asideEnd = -1;
  for (const m of rest.matchAll(CLAUSE_STOP)) {
    if (m.index < asideEnd || (rest.slice(0, m.index).match(/"/g)?.length ?? 0) % 2 === 1) continue;
    // ", but is now …", ", who left in May, had lied": the clause goes on (see CLAUSE_GOES_ON_TABLE).
    const goesOn = clauseGoesOnLength(rest.slice(m.index));
    if (goesOn > 0) {
      asideEnd = m.index + goesOn;
      continue;
    }
    if (DASH_STOP.test(m[0]) && firstCommaOutsideQuotes(rest.slice(0, m.index)) < 0) {
      const closing = /\s[—–-]\s+(?=\S)/u.exec(rest.slice(m.index + m[0].length));
      const inside = closing ? rest.slice(m.index + m[0].length, m.index + m[0].length + closing.index) : '';
      if (closing && !/[;"]/.test(inside) && inside.split(/\s+/).length <= 12) {
        asideEnd = m.index + m[0].length + closing.index + closing[0].length;
        continue;
      }
    }
    stop = m.index;
    break;
  }
  let end = stop < 0 ? sentenceEnd : start + stop;
  while (end > start && /[\s.?!,"]/.test(folded[end - 1] ?? '')) end--;
  // Keep the closing mark of a quotation that ends the clause: "… member state.”".
  if ((folded.slice(start, end).match(/"/g)?.length ?? 0) % 2 === 1) {
    let k = end;
    while (k < sentenceEnd && /[.?!,]/.test(folded[k] ?? '')) k++;
    if (folded[k] === '"') end = k + 1;
  }
  return end;
}

/**
 * Where a reported clause stops short of its sentence's end: a semicolon or a dash, a contrast
 * (", but …", ", while …"; not ", but that …", which goes on with the same verb's report), a
 * participle that starts another attribution (", telling …"), a comparison or a relative clause
 * about something else, or another speaker's verb (", Kendrick said she …").
 */
/** The dash of CLAUSE_STOP. */
const DASH_STOP = /^\s[—–-]\s$/u;
const CLAUSE_STOP = new RegExp(
  `;|\\s[—–-]\\s|,\\s+(?:but(?!\\s+that\\s)|while|whereas|although|though|yet|after|before)\\s|,\\s+(?:${[...SPEECH_GERUNDS].map(escapeRegExp).join('|')})\\s|,\\s+(?:according to|compared with|compared to|citing|putting|which|who)\\b|,\\s+(?:[\\p{L}.'’-]+\\s+){1,4}(?:said|says|told|added|argued|insisted|noted)\\b|\\s+and\\s+(?:also\\s+)?(?:said|warned|added|insisted|argued|noted|told|urged)\\s`,
  'giu',
);

/**
 * Where a clause reported inside a relative clause set off by commas ends: "Tom Hale, who said
 * the port was closed, left early" reports "the port was closed", and the sentence goes on.
 */
function relativeClauseEnd(folded: string, source: Span, cue: Cue, clauseStart: number, end: number): number {
  if (!/^\s*,\s+who\b/i.test(folded.slice(source.end, cue.start))) return end;
  const rest = folded.slice(clauseStart, end);
  // "who told investors of the firm, its parent, on Monday that …": a "that" still to come means
  // the commas set off an object, and the clause is further on.
  if (/\sthat\s/i.test(rest)) return end;
  const comma = firstCommaOutsideQuotes(rest);
  return comma < 0 ? end : clauseStart + comma;
}

/**
 * A poll or a record heading the words before a verb of finding, with at most a short
 * description after it and no clause boundary ("a CNN poll last month", "FEC records compiled by
 * the group").
 */
const FINDING_BEFORE = new RegExp(`(?<![\\p{L}])(?:${FINDING_SOURCES.join('|')})(?![\\p{L}])[^.,;:!?"]{0,60}$`, 'iu');

/** A sentence that opens with a subordinate clause ("While …, ", "Although …, "), whose first comma closes it. */
const OPENS_SUBORDINATE =
  /^\s*(?:(?:and|but|yet|so)\s+)?(?:while|although|though|even though|even as|even if|if|when|whenever|after|before|because|since|once|unless|until)\s/i;

/** A verb of intention and its "to" infinitive ("plans to strike"); group 2 is the infinitive from "to". */
const INTENTION_RE = new RegExp(`(?<![\\p{L}])(${longestFirst(INTENTION_FORMS)})\\s+(to\\s+)(?=\\p{Ll})`, 'giu');

/** A listener of up to six words, then the word that opens a reported question ("asked the mayor whether …"). */
const QUESTION_AFTER = /^\s+(?:[\p{L}.'’-]+\s+){0,6}?(?=(?:if|whether|how|what|who|why|when|where|which)\s)/iu;

/** Where the first comma outside quotation marks is in a stretch, or -1. */
function firstCommaOutsideQuotes(words: string): number {
  for (const m of words.matchAll(/,/g)) if ((words.slice(0, m.index).match(/"/g)?.length ?? 0) % 2 === 0) return m.index;
  return -1;
}

/**
 * The object a verb of naming gives words to, up to eight words, then "as" or an article and
 * the opening mark of a quotation: "called |the plan| “a disaster”", "described |him| as “…”".
 */
const NAMING_OBJECT = /^\s+((?:[\p{L}\p{N}'.-]+\s+){0,7}?[\p{L}\p{N}'.-]+)\s+(?:as\s+)?(?:(?:a|an|the)\s+)?(?=["'])/u;
/** Words that open a phrase, not an object: "described in “…”" quotes a place, not a name for something. */
const NOT_AN_OBJECT = /^(?:in|on|at|for|to|by|from|with|about|after|before|during|into|over|under|of|that|as|and|but|or|if|when)\s/i;
/** The participles of the verbs of naming, after a comma (", calling the plan “a disaster”"). */
const NAMING_PARTICIPLE = new RegExp(
  `,\\s+(${longestFirst([...NAMING_FORMS].filter((f) => /ing$/.test(f.split(' ')[0]!)))})(?![\\p{L}])`,
  'giu',
);

/**
 * What a verb of naming reports, from just after the verb: its object and the quotation that
 * names it ("the plan “a disaster”"), when a quotation of the sentence opens right after a
 * short object; undefined otherwise.
 */
function namingComplement(draft: Draft, from: number, sentence: Sentence, quotes: readonly QuoteSpan[]): Span | undefined {
  const m = NAMING_OBJECT.exec(draft.folded.slice(from, Math.min(sentence.end, from + 120)));
  if (!m || NOT_AN_OBJECT.test(`${m[1]!} `)) return undefined;
  const q = quotes.find((x) => x.outerStart === from + m[0].length);
  if (!q || q.runsOn) return undefined;
  return trimSpan(draft, from + m[0].indexOf(m[1]!), q.outerEnd);
}

/**
 * Whether a quotation opens right after `from` and the clause goes on past its closing mark in
 * lower case ("said “it is a mess” every time …"), rather than ending with it ("said, “It is a
 * mess,” and left"): then the quotation is only the start of what was reported.
 */
function opensOnQuotationGoingOn(draft: Draft, from: number, sentence: Sentence, quotes: readonly QuoteSpan[]): boolean {
  const gap = /^\s+/.exec(draft.folded.slice(from, from + 4));
  const q = gap ? quotes.find((x) => x.outerStart === from + gap[0].length) : undefined;
  if (!q || q.runsOn || q.outerEnd >= sentence.end || /[,.!?;:]$/.test(q.text)) return false;
  const after = draft.folded.slice(q.outerEnd, sentence.end);
  return /^\s+[\p{Ll}\d]/u.test(after) && !SAID_AFTER.test(after);
}

/**
 * A group named by a plural noun without an article ("officials", "many economists", "tech
 * executives"), not after a possessive ("his aides" speak for someone the coreference pass would
 * have to find) and not a short word that only ends in "s" ("this", "was").
 */
const BARE_PLURAL_SOURCE = `(?:(?:some|many|most|several|other)\\s+)?(?:(?!(?:${[...POSSESSIVE_DETERMINERS].join('|')})\\s)[\\p{Ll}-]+\\s+)?[\\p{Ll}-]{3,}[^s\\s]s`;
/** The speaker of an attribution set off by commas inside its clause ("The ferry trade, she said, is slow"): a pronoun, a noun with its article, or a bare plural. */
const SET_OFF_SOURCE = new RegExp(
  `,\\s+((?:he|she|they|it|we)|(?:the|a|an)\\s+[\\p{Ll}-]+(?:\\s+[\\p{Ll}-]+)?|${BARE_PLURAL_SOURCE})\\s*$`,
  'iu',
);

/** A reported clause found in a sentence, with its source words. */
interface Reported {
  content: Span;
  cue: Cue;
  source?: Span;
  how: string;
  denial?: boolean;
  /** Fewer than three words: kept as who spoke, not as a quote (see `Attribution.tracksOnly`). */
  short?: boolean;
}

/** A name of up to four capitalised words, a title's abbreviation among them, set off by a comma at the end of a stretch (", Mr. Tom Hale"). */
const PARENTHETICAL_NAME = /,\s+((?:\p{Lu}[\p{L}'’-]*\.?\s+){0,3}\p{Lu}[\p{L}'’-]+)\s*$/u;

/** Whether a mention of an actor lies inside a stretch. */
function isNamedInMentions(draft: Draft, start: number, length: number): boolean {
  return draft.mentions.some((m) => m.start >= start && m.end <= start + length);
}

/** Reported clauses of one sentence (see the module comment). */
function reportedIn(draft: Draft, sentence: Sentence, cues: readonly Cue[], quotes: readonly QuoteSpan[]): Reported[] {
  const { folded } = draft;
  const out: Reported[] = [];
  // "While a poll showed Lima ahead, the race was close": a clause reported inside an opening
  // subordinate clause ends with it, at its comma ("While …, the union said." reports it all).
  const openingComma = OPENS_SUBORDINATE.test(sentence.text) ? firstCommaOutsideQuotes(sentence.text) : -1;
  const add = (r: Reported): void => {
    const comma = sentence.start + openingComma;
    if (openingComma > 0 && r.cue.start < comma && r.content.start < comma && comma < r.content.end) {
      const cut = trimSpan(draft, r.content.start, comma);
      if (!cut) return;
      r = { ...r, content: cut };
    }
    if (r.content.text.split(/\s+/).length >= 3) out.push(r);
    else if (r.source) out.push({ ...r, short: true });
  };
  for (const [v, cue] of cues.entries()) {
    const word = cue.word;
    if (SOURCE_PHRASES.includes(word)) continue;
    // "rejected claims that": the second word is a noun here, not a second speech verb.
    const previous = cues[v - 1];
    if (previous && /^\s+$/.test(folded.slice(previous.end, cue.start))) continue;
    // "Hale called the plan “a disaster”", "described him as “a friend”": the object and the
    // quotation that names it are what was said, and the quotation alone would lose the object.
    if (NAMING_FORMS.has(word)) {
      const content = namingComplement(draft, cue.end, sentence, quotes);
      const source = content ? subjectSpan(draft, sentence.start, cue.start) : undefined;
      if (content && source) {
        add({ content, cue, source, how: 'naming-complement' });
        continue;
      }
    }
    const rest = folded.slice(cue.end, sentence.end);
    const thatMatch = /^((?:\s+(?:[\p{L}\d'-]+|,)){0,6}?)\s+that\s+/u.exec(rest);
    // "said the pier was still safe and that …": a verb before "that" means a bare clause came first.
    const that = thatMatch && FINITE_VERB.test(thatMatch[1]!) && /\b(?:and|but)\s*$/.test(thatMatch[1]!) ? null : thatMatch;
    // "X rejected claims that P": X denies P, and P is not X's words.
    if (that && DENIAL_FORMS.has(word) && REPORT_NOUN.test(that[1]!)) {
      const content = trimSpan(draft, cue.start, clauseEnd(folded, cue.end + that[0].length, sentence.end));
      const source = subjectSpan(draft, sentence.start, cue.start);
      if (content && source) out.push({ content, cue, source, how: 'denial', denial: true });
      continue;
    }
    // "A reporter asked Lima whether the pier would reopen": a reported question is what was
    // asked, from its "if", "whether" or question word, past a short listener; it ends at the first
    // comma, since "Asked if she would run, Lima said no" goes on with the answer.
    const question = QUESTION_FORMS.has(word) ? QUESTION_AFTER.exec(rest) : null;
    if (question) {
      const clauseStart = cue.end + question[0].length;
      const end = clauseEnd(folded, clauseStart, sentence.end);
      const comma = firstCommaOutsideQuotes(folded.slice(clauseStart, end));
      const content = trimSpan(draft, clauseStart, comma < 0 ? end : clauseStart + comma);
      const opensSentence = /^\s*(?:(?:and|but|when|after|if|once)\s+)?(?:(?:was|were|is|being)\s+)?$/i.test(
        folded.slice(sentence.start, cue.start),
      );
      const source = opensSentence ? undefined : subjectSpan(draft, sentence.start, cue.start);
      if (content) add({ content, cue, ...(source ? { source } : {}), how: 'reported-question' });
      continue;
    }
    // "The latest survey shows the mayor ahead by six points": after a poll or a record, what
    // follows a verb of finding is the finding, clause or not (with "that", the clause rules read it).
    if (!that && FINDING_FORMS.has(word) && FINDING_BEFORE.test(folded.slice(sentence.start, cue.start))) {
      const clauseStart = cue.end + (/^\s+/.exec(rest)?.[0].length ?? 0);
      const content = trimSpan(draft, clauseStart, clauseEnd(folded, clauseStart, sentence.end));
      if (content && !NOT_A_CLAUSE_START.test(` ${content.text}`) && content.text.split(/\s+/).length >= 3) {
        const source = subjectSpan(draft, sentence.start, cue.start);
        add({ content, cue, ...(source ? { source } : {}), how: 'finding' });
        continue;
      }
    }
    // "The key to its success, says Moss, is the network.": an inverted attribution set off by
    // commas inside the clause it reports (not "…,” said X, …", where X ends a quotation).
    const head = folded.slice(sentence.start, cue.start);
    // A verb whose object is what was said ("…, a Hale supporter, praised Lima for her work, …")
    // has an object after it, not its speaker.
    const invertedWords =
      /,\s*$/.test(head) && !/["”'’],\s*$/.test(head) && !OBJECT_FORMS.has(word) ? /^\s+([^,;:"]{2,60}?),\s+(?=\p{L})/u.exec(rest) : null;
    // "Paradis, a teacher, says she is an independent, although …": the words after the verb
    // are the clause it reports, and the speaker is named before it.
    const inverted = invertedWords && !isClauseNotSpeaker(invertedWords[1]!) ? invertedWords : null;
    // "The ferry trade, she said, is ''on the mend''": the same with a pronoun before the verb.
    // "Trade, Lima said, is slow": so does a name the article knows as an actor.
    const setOff = !inverted && !that && /^\s*,\s+(?=[\p{L}"“'])/u.test(rest);
    const named = setOff ? PARENTHETICAL_NAME.exec(head) : null;
    // "The toll, officials said, will pay for it", "…, many economists say, …": so does a group
    // named by a plural noun without an article (see BARE_PLURAL_SOURCE).
    const plain = setOff
      ? (SET_OFF_SOURCE.exec(head) ??
        (named && isNamedInMentions(draft, sentence.start + named.index + named[0].indexOf(named[1]!), named[1]!.length) ? named : null))
      : null;
    if (plain) {
      const sourceStart = sentence.start + plain.index + plain[0].indexOf(plain[1]!);
      const source = trimSpan(draft, sourceStart, sourceStart + plain[1]!.length);
      const before = trimSpan(draft, sentence.start, sentence.start + plain.index);
      const afterStart = cue.end + /^\s*,\s+/.exec(rest)![0].length;
      const after = trimSpan(draft, afterStart, clauseEnd(folded, afterStart, sentence.end));
      // "Sales were up, he said, wiping his brow": a participle after the attribution describes
      // the speaker; the words before it are what was said.
      const afterIsAside = after !== undefined && draft.tagsAt.get(after.start)?.has('Gerund') === true;
      // "The stadium, which, Hale said, is full": words that stop on a relative pronoun are no clause.
      const beforeDangles = before !== undefined && /(?<![\p{L}])(?:which|who|whom|that|where)$/iu.test(before.text);
      const longer = ((before?.text.length ?? 0) >= (after?.text.length ?? 0) || afterIsAside) && !beforeDangles ? before : after;
      if (source && longer && longer.text.split(/\s+/).length >= 3) {
        add({ content: longer, cue, source, how: 'parenthetical-attribution' });
        continue;
      }
    }
    if (inverted && !that) {
      const sourceStart = cue.end + inverted.index + inverted[0].indexOf(inverted[1]!);
      const source = trimSpan(draft, sourceStart, sourceStart + inverted[1]!.length);
      const before = trimSpan(draft, sentence.start, cue.start);
      const afterStart = cue.end + inverted[0].length;
      const after = trimSpan(draft, afterStart, clauseEnd(folded, afterStart, sentence.end));
      // "The toll is too high, says Ann Lima, a port director who has run the docks since 2010.": a
      // noun phrase that ends the sentence after the speaker describes the speaker (an apposition,
      // with no verb of its own before its relative clause) and is not what was said, however long.
      const appositionHead = after?.text.split(/\s(?:who|which|that|whose)\s/i)[0] ?? '';
      const afterDescribes =
        after !== undefined &&
        /^[\s.!?]*$/.test(folded.slice(after.end, sentence.end)) &&
        /^(?:a|an|the)\s[^,;]*$/i.test(appositionHead) &&
        !hasFiniteVerb(draft, after.start, after.start + appositionHead.length);
      const longer = (before?.text.length ?? 0) >= (after?.text.length ?? 0) || (afterDescribes && before !== undefined) ? before : after;
      // "…, said in a statement Wednesday that, if …": words that open on a preposition name nobody.
      if (source && isSourceLike(draft, source) && longer && !quotes.some((q) => q.outerStart < longer.end && q.outerEnd > longer.start)) {
        add({ content: longer, cue, source, how: 'parenthetical-attribution' });
        continue;
      }
    }
    // "Trains will stop on Monday, the union said (on Sunday).": the clause comes first.
    const tailHead = rest.split(/,?\s+(?:but|and|while|although|though)\s/)[0] ?? rest;
    if (!that && TRAILING_TAIL.test(rest.replace(/,/g, ' ')) && !FINITE_VERB.test(tailHead)) {
      const before = folded.slice(sentence.start, cue.start);
      const lead = /^(.*[^\s,]),\s+((?:[^,]{1,80})?)$/su.exec(before);
      if (lead && !/^(?:which|who|whose|that|where|when)\b/i.test(lead[2]!.trim())) {
        // Past a dateline: "GOMA, Congo (AP) — Congolese troops …".
        const clauseStart =
          sentence.start + (/^\s*(?:\p{Lu}[\p{Lu} .'-]+(?:,\s*[^—–]{1,40}?)?\s*[—–-]{1,2}\s+)?/u.exec(lead[1]!)?.[0].length ?? 0);
        const clauseEndAt = sentence.start + lead[1]!.length;
        const quoted = quotes.some((q) => q.outerStart < clauseEndAt + 1 && q.outerEnd > clauseStart);
        const source = lead[2]!.trim() === '' ? sourceAfter(draft, cue.end, sentence.end) : subjectSpan(draft, clauseEndAt + 1, cue.start);
        const content = trimSpan(draft, clauseStart, clauseEndAt);
        if (source && content && !quoted && lead[1]!.split(/\s+/).length >= 4) {
          add({ content, cue, source, how: 'trailing-attribution' });
          continue;
        }
      }
    }
    // "As X emphasized, …": the rest of the sentence is what X said.
    const asClause = /^,\s+/.exec(rest);
    if (asClause && /(?:^|[,;]\s*|\b(?:but|and|yet)\s+)as\s+[^,]{2,80}$/i.test(folded.slice(sentence.start, cue.start))) {
      const clauseStart = cue.end + asClause[0].length;
      const content = trimSpan(draft, clauseStart, clauseEnd(folded, clauseStart, sentence.end));
      const asAt = folded.slice(sentence.start, cue.start).search(/\bas\s+[^,]{2,80}$/i);
      const source = subjectSpan(draft, sentence.start + asAt + 3, cue.start);
      if (content) add({ content, cue, ...(source ? { source } : {}), how: 'as-clause' });
      continue;
    }
    if (!that || /[.;"]/.test(that[1]!)) {
      // "X said its teams counted …": a few verbs take their clause without "that".
      // "told police he supported Hale": a short object, then the clause.
      const told = TELL_FORMS.has(word)
        ? /^\s+(?:[\p{L}'’-]+\s+){1,3}?(?=(?:he|she|it|they|we|i|the|a|an|his|her|their|its|there)\s)/iu.exec(rest)
        : null;
      // "told AP he was working": the listener comes before the clause.
      // "said “it is a mess” every time he was asked": a clause may open on a quotation that it goes on past.
      const quoteOpens = BARE_CLAUSE_FORMS.has(word) && opensOnQuotationGoingOn(draft, cue.end, sentence, quotes);
      // "said on Friday he met …", "said in a statement the port …": a circumstance of the verb
      // stands before the clause, which starts after it.
      const adjunct = !told && BARE_CLAUSE_FORMS.has(word) ? speechAdjunctLength(rest) : 0;
      const bareLength =
        adjunct > 0
          ? adjunct + (/^\s+/.exec(rest.slice(adjunct))?.[0].length ?? 0)
          : (told ?? (BARE_CLAUSE_FORMS.has(word) ? /^\s+(?=[\p{L}\d])/u.exec(rest) : null) ?? (quoteOpens ? /^\s+/.exec(rest) : null))?.[0]
              .length;
      if (bareLength === undefined || (NOT_A_CLAUSE_START.test(rest) && !told && adjunct === 0)) {
        // "Redmond urged the public not to tolerate …", "accused the UK of meddling": the words
        // after a verb of urging, accusing or judging are what was said.
        // What follows must be an object, not a preposition ("invited him to …" aside: "vowed to appeal").
        const takesObject =
          OBJECT_FORMS.has(word) &&
          !/^\s+(?:of|in|on|at|as|for|with|by|from|into|after|before|during|against|about|over|under|and|or|but)\s/i.test(rest) &&
          (!/^\s+to\s/i.test(rest) || INFINITIVE_FORMS.has(word)) &&
          // "called on Tuesday for a recount": after a phrasal verb's preposition a day is a date, not
          // the object; "Texas was called for Cruz", "is called on it by the press" are passives.
          !(
            /\s(?:for|on)$/.test(word) &&
            (NOT_A_CLAUSE_START.test(rest) ||
              (!/^\S+ing\s/.test(word) &&
                /(?<![\p{L}])(?:is|are|was|were|been|be|being)\s+(?:\p{Ll}+ly\s+)?$/u.test(folded.slice(sentence.start, cue.start))))
          );
        const complement = takesObject ? /^\s+(?=[\p{L}"“])/u.exec(rest) : null;
        if (complement && !/["”'’],?\s*$/.test(folded.slice(Math.max(sentence.start, cue.start - 3), cue.start))) {
          const objectStart = cue.end + complement[0].length;
          const whole = trimSpan(draft, objectStart, clauseEnd(folded, objectStart, sentence.end));
          // The object ends before the circumstances of the verb ("… in a statement on Tuesday").
          // An object too short to quote once cut ("the plan") stays whole, as the verb's words.
          const cut = whole && trimSpan(draft, objectStart, complementEnd(folded, objectStart, whole.end));
          const content = cut && cut.text.split(/\s+/).length >= 3 ? cut : whole;
          const source = subjectSpan(draft, sentence.start, cue.start);
          if (
            content &&
            source &&
            whole !== undefined &&
            whole.text.split(/\s+/).length >= 4 &&
            !quotes.some((q) => q.outerStart <= content.start && q.outerEnd >= content.end)
          )
            add({ content, cue, source, how: 'verb-complement' });
        }
        continue;
      }
      const clauseStart = cue.end + bareLength;
      // "…,” said Ned Fallow, a spokesman for …": after a quotation, what follows the verb is its source.
      if (/["”'’],?\s*$/.test(folded.slice(Math.max(sentence.start, cue.start - 3), cue.start))) continue;
      // Nor does a clause open with a preposition or a conjunction ("said as she accepted her
      // award"); "said if elected he would …" reports a condition, and is speech.
      if (
        /^(?:as|to|about|for|with|of|in|on|at|by|from|after|before|while|when|because|during|since|until|than|like|into|over|under)\s/i.test(
          folded.slice(clauseStart, clauseStart + 12),
        )
      )
        continue;
      // A clause starts with its subject: "say backs the M23" is a relative clause's verb; a
      // gerund may be one ("said legalizing it could put …").
      const firstTags = draft.tagsAt.get(clauseStart);
      if (firstTags?.has('Verb') && !firstTags.has('Noun') && !firstTags.has('Gerund')) continue;
      const end = clauseEnd(folded, clauseStart, sentence.end);
      const clauseText = folded.slice(clauseStart, end);
      // A clause has a verb of its own: "said the group's leader, John Smith" has none.
      const minWords = /^(?:it|he|she|they|we|i)\s/i.test(clauseText) ? 3 : 4;
      if (clauseText.split(/\s+/).length < minWords || !hasFiniteVerb(draft, clauseStart, end) || (/^\s*"/.test(rest) && !quoteOpens))
        continue;
      // "told his supporters, “We …”": a listener and a quotation, which the quotation rules read.
      if (/^[^".;]{0,60}[,:]\s*"/.test(clauseText)) continue;
      const source = subjectSpan(draft, sentence.start, cue.start);
      const content = trimSpan(draft, clauseStart, source ? relativeClauseEnd(folded, source, cue, clauseStart, end) : end);
      if (content && source) add({ content, cue, source, how: 'bare-clause' });
      continue;
    }
    const clauseStart = cue.end + that[0].length;
    const source = subjectSpan(draft, sentence.start, cue.start) ?? sourceAfter(draft, cue.end, clauseStart - 5);
    const thatEnd = clauseEnd(folded, clauseStart, sentence.end);
    const content = trimSpan(draft, clauseStart, source ? relativeClauseEnd(folded, source, cue, clauseStart, thatEnd) : thatEnd);
    if (content && source) add({ content, cue, source, how: 'that-clause' });
  }
  // "According to X, …" and "…, according to X.".
  const according = /(?<![\p{L}])according to\s+/iu.exec(folded.slice(sentence.start, sentence.end));
  if (according && !quotes.some((q) => q.outerStart < sentence.start + according.index && q.outerEnd > sentence.start + according.index)) {
    const at = sentence.start + according.index;
    const cue: Cue = { start: at, end: at + 'according to'.length, word: 'according to' };
    const source = sourceAfter(draft, cue.end, sentence.end);
    const before = trimSpan(draft, sentence.start, at);
    // The source may be long ("According to early results of exit polls conducted for … by …, P").
    const afterComma = /^[^,]{2,160},\s+/.exec(folded.slice(cue.end, sentence.end));
    const content =
      before && before.text.split(/\s+/).length >= 4
        ? before
        : afterComma
          ? trimSpan(draft, cue.end + afterComma[0].length, clauseEnd(folded, cue.end + afterComma[0].length, sentence.end))
          : undefined;
    if (
      source &&
      content &&
      !quotes.some((q) => q.start >= content.start && q.end <= content.end && q.text.length > content.text.length * 0.8)
    )
      add({ content, cue, source, how: 'according-to' });
  }
  // "…, calling the plan “a disaster”": the same after a participle, from the sentence's speaker.
  for (const m of folded.slice(sentence.start, sentence.end).matchAll(NAMING_PARTICIPLE)) {
    const at = sentence.start + m.index + m[0].length;
    if (isInQuote(draft, at - 1, at)) continue;
    const content = namingComplement(draft, at, sentence, quotes);
    if (!content) continue;
    const lead = out.find((r) => r.source && r.content.end <= at);
    const source = lead?.source ?? sentenceSubject(draft, sentence, sentence.start + m.index + 1);
    const cue: Cue = { start: at - m[1]!.length, end: at, word: m[1]!.toLowerCase() };
    if (source) add({ content, cue, source, how: 'naming-participle' });
  }
  // "The union plans to strike in May", "Hale refused to sign": a verb of intention with its
  // infinitive states a position (see INTENTION_VERB_TABLE), when nothing above read the words.
  for (const m of folded.slice(sentence.start, sentence.end).matchAll(INTENTION_RE)) {
    const at = sentence.start + m.index;
    const clauseStart = at + m[0].length - m[2]!.length;
    if (isInQuote(draft, at, at + 1) || !draft.tagsAt.get(at)?.has('Verb')) continue;
    // "is expected to win" is a passive, "if you want to …" a condition, "those who want to …" a description.
    const head = folded.slice(Math.max(sentence.start, at - 40), at);
    if (/(?<![\p{L}])(?:is|are|was|were|be|been|being|if|who|that|which|you|to)\s+(?:\p{Ll}+ly\s+)?$/iu.test(head)) continue;
    if (out.some((r) => r.content.start <= clauseStart && clauseStart < r.content.end)) continue;
    const source = subjectSpan(draft, sentence.start, at);
    // The writer's own plans ("I didn't want to …") name no actor of the story.
    if (!source || /^(?:i|we|you)$/i.test(source.text)) continue;
    // "the ferries that the council wants to buy": inside a relative clause the infinitive lacks
    // its object, and describes the noun rather than stating a position.
    if (/(?<![\p{L}])(?:that|which|whom|who)\s*$/iu.test(folded.slice(Math.max(sentence.start, source.start - 12), source.start))) continue;
    // The infinitive ends at its first comma: "sought to calm the crowd, and took …" goes on
    // with another verb of the subject, not with what was intended.
    const end = clauseEnd(folded, clauseStart, sentence.end);
    const comma = firstCommaOutsideQuotes(folded.slice(clauseStart, end));
    const content = trimSpan(draft, clauseStart, comma < 0 ? end : clauseStart + comma);
    if (content) add({ content, cue: { start: at, end: at + m[1]!.length, word: m[1]!.toLowerCase() }, source, how: 'intention' });
  }
  // "Hale's claim that the pier is unsafe", "Lima's pledge to reopen it": a noun of saying after
  // a possessor reports the possessor's words (see SAYING_NOUN_TABLE).
  for (const { takes, re } of SAYING_NOUN_PATTERNS) {
    for (const m of folded.slice(sentence.start, sentence.end).matchAll(re)) {
      const at = sentence.start + m.index;
      const possessor = m[1]!.replace(/'s?$/, '');
      const clauseStart = at + m[0].length - (takes === 'to' ? m[2]!.length + 1 : 0);
      if (isInQuote(draft, at, at + 1) || out.some((r) => r.content.start <= clauseStart && clauseStart < r.content.end)) continue;
      // The possessor must be an actor the article names (or "her"), not any capitalised word.
      const source = trimSpan(draft, at, at + possessor.length);
      const end = clauseEnd(folded, clauseStart, sentence.end);
      const content = trimSpan(draft, clauseStart, end);
      if (!source || !content || (possessor !== 'her' && !isNamedInMentions(draft, at, possessor.length))) continue;
      const nounAt = at + m[1]!.length + 1;
      const noun = /^\s*(\S+)/.exec(m[0].slice(m[1]!.length))![1]!;
      add({ content, cue: { start: nounAt, end: nounAt + noun.length, word: noun.toLowerCase() }, source, how: 'saying-noun' });
    }
  }
  // "Explaining that …, X noted": a participle opens the sentence.
  const participle = new RegExp(`^(?:${PARTICIPLES})\\s+that\\s+`, 'i').exec(sentence.text);
  if (participle) {
    const clauseStart = sentence.start + participle[0].length;
    const comma = folded.indexOf(',', clauseStart);
    if (comma > 0 && comma < sentence.end) {
      const content = trimSpan(draft, clauseStart, comma);
      const source =
        sourceAfter(draft, comma + 1, sentence.end) ?? subjectSpan(draft, comma + 1, cues.find((c) => c.start > comma)?.start ?? comma + 1);
      const word = participle[0].split(/\s/)[0]!.toLowerCase();
      if (content)
        add({
          content,
          cue: { start: sentence.start, end: sentence.start + word.length, word },
          ...(source ? { source } : {}),
          how: 'opening-participle',
        });
    }
  }
  return out;
}

/** The cue and source of a direct quotation: after it, before it, a dash after it, or a label before it. */
function directSource(
  draft: Draft,
  q: QuoteSpan,
  sentence: Sentence,
  spans: readonly QuoteSpan[],
  cues: readonly Cue[],
): { cue: string; source?: Span; how: string } | undefined {
  const { folded } = draft;
  const next = spans.find((s) => s.outerStart >= q.outerEnd);
  const prev = [...spans].reverse().find((s) => s.outerEnd <= q.outerStart);
  // After the quotation: "…,” Sudani said", "…,” said Sudani", "…,” he told reporters", "…,” according to X".
  const afterEnd = next ? next.outerStart : sentence.end;
  // A long apposition may stand between: "…,” Gil Amato, deputy associate administrator for …, said".
  const after = cues.find((c) => c.start >= q.outerEnd && c.end <= afterEnd && c.start - q.outerEnd < 200);
  if (after) {
    if (SOURCE_PHRASES.includes(after.word)) {
      const source = sourceAfter(draft, after.end, afterEnd);
      if (source) return { cue: after.word, source, how: 'according-to' };
    }
    const between = trimSpan(draft, q.outerEnd, after.start, /[\s,;:.!?—–-]/);
    const source = between ? subjectSpan(draft, q.outerEnd, after.start) : sourceAfter(draft, after.end, afterEnd);
    if (source) return { cue: after.word, source, how: between ? 'source-after-quote' : 'cue-after-quote' };
  }
  // "…" — Lucia Ferrand: a dash and a name after the quotation, at the end of the line.
  const dash = /^[\s,.]*[—―–-]{1,2}\s*(\p{Lu}[^\n]{1,80})$/u.exec(
    folded.slice(
      q.outerEnd,
      Math.min(folded.indexOf('\n', q.outerEnd) < 0 ? folded.length : folded.indexOf('\n', q.outerEnd), q.outerEnd + 100),
    ),
  );
  if (dash) {
    const start = q.outerEnd + dash[0].indexOf(dash[1]!);
    const name = /^[^,(]+/.exec(dash[1]!)![0];
    const source = trimSpan(draft, start, start + name.length);
    if (source) return { cue: 'dash', source, how: 'dash-after-quote' };
  }
  // Before the quotation: "X said: “…”", "X warned, “…”", "according to X, “…”".
  const beforeStart = prev ? prev.outerEnd : sentence.start;
  const before = [...cues].reverse().find((c) => c.end <= q.outerStart && c.start >= beforeStart);
  if (before) {
    const gap = folded.slice(before.end, q.outerStart);
    // Only a short object may stand between: "told reporters:", "said in a statement,".
    if (gap.length < 60 && !FINITE_VERB.test(gap.replace(/^\s+(?:that\s+)?/, ''))) {
      if (SOURCE_PHRASES.includes(before.word)) {
        const source = sourceAfter(draft, before.end, q.outerStart);
        if (source) return { cue: before.word, source, how: 'according-to' };
      }
      // What follows "told" is the listener ("told reporters: “…”"), never the speaker.
      const source =
        subjectSpan(draft, beforeStart, before.start) ??
        (TELL_FORMS.has(before.word) ? undefined : sourceAfter(draft, before.end, q.outerStart));
      if (source) return { cue: before.word, source, how: 'cue-before-quote' };
    }
  }
  // "…, telling Reuters, “…”", "…, saying: “…”": a participle hands the quotation to the sentence's subject.
  const participle = GERUND_BEFORE_RE.exec(folded.slice(beforeStart, q.outerStart));
  if (participle) {
    const at = beforeStart + participle.index;
    const source = sentenceSubject(draft, sentence, at);
    if (source) return { cue: participle[1]!.toLowerCase(), source, how: 'participle-before-quote' };
  }
  // "Ana Lima: 'The mayor is fair game.'": a name and a colon open the line; in a digest, after
  // the item's lead-in and a dash ("FERRIES RUN LATE - Ana Lima and Tom Hale: “…”").
  const label = LABEL_BEFORE_QUOTE_RE.exec(folded.slice(sentence.start, q.outerStart));
  if (label) {
    const start = sentence.start + label[0].indexOf(label[1]!);
    return {
      cue: ':',
      source: { start, end: start + label[1]!.length, text: draft.text.slice(start, start + label[1]!.length) },
      how: 'label-before-quote',
    };
  }
  // "…,” it said, warning, “…”: a second quotation shares the first one's attribution.
  if (prev && cues.some((c) => c.start >= prev.outerEnd && c.end <= q.outerStart)) return directSource(draft, prev, sentence, spans, cues);
  // "In a 1971 address, he declared:" at the end of a paragraph, and the quotation in the next one.
  const previous = draft.sentences[sentence.index - 1];
  if (
    previous &&
    previous.paragraph === sentence.paragraph - 1 &&
    /^\s*["“]/.test(folded.slice(sentence.start, q.outerStart + 1)) &&
    /:\s*$/.test(previous.text)
  ) {
    const cue = cuesIn(draft, previous.start, previous.end).pop();
    if (cue && /^[^.!?"“]{0,60}:\s*$/.test(folded.slice(cue.end, previous.end))) {
      const source = subjectSpan(draft, previous.start, cue.start) ?? sourceAfter(draft, cue.end, previous.end);
      if (source) return { cue: cue.word, source, how: 'colon-before-paragraph' };
    }
  }
  // "“… that are missing.” Hale said.": the full stop inside the quotation split off a sentence
  // that is only the attribution.
  const following = draft.sentences[sentence.index + 1];
  if (
    !next &&
    following &&
    following.paragraph === sentence.paragraph &&
    !draft.quoteSpans.some((s) => s.outerStart >= following.start && s.outerStart < following.end)
  ) {
    const words = following.text.split(/\s+/).length;
    const cue = cuesIn(draft, following.start, following.end)[0];
    // A long sentence still attributes the quotation when it opens on its speaker and verb:
    // "“What were they thinking?” Hale said of the port board in February, when …".
    const opensOnCue = cue !== undefined && draft.folded.slice(following.start, cue.start).trim().split(/\s+/).length <= 4;
    if (cue && (words <= 12 || opensOnCue)) {
      const source =
        cue.start > following.start + 1 ? subjectSpan(draft, following.start, cue.start) : sourceAfter(draft, cue.end, following.end);
      if (source) return { cue: cue.word, source, how: 'attribution-after-quote-sentence' };
    }
  }
  return undefined;
}

/** A transcript's turns: each labelled speaker's sentences that take a side, as reported speech. */
function transcriptTurns(draft: Draft, reportedBySentence: Map<number, Reported[]>): Attribution[] {
  const labels = findSpeakerLabels(draft.text);
  if (labels.length === 0) return [];
  const out: Attribution[] = [];
  for (const sentence of draft.sentences) {
    const label = [...labels].reverse().find((l) => l.start <= sentence.start || (l.start >= sentence.start && l.start < sentence.end));
    if (!label || label.isQuestion) continue;
    if (
      draft.quoteSpans.some((q) => q.outerStart >= sentence.start && q.outerEnd <= sentence.end) ||
      (reportedBySentence.get(sentence.index)?.length ?? 0) > 0
    )
      continue;
    if (!TAKES_SIDE.test(draft.folded.slice(sentence.start, sentence.end))) continue;
    const own = labels.find((l) => l.start >= sentence.start && l.end <= sentence.end);
    const content = trimSpan(draft, own ? own.end : sentence.start, clauseEnd(draft.folded, own ? own.end : sentence.start, sentence.end));
    if (!content || content.text.split(/\s+/).length < 5) continue;
    out.push({
      content,
      sentence,
      direct: false,
      cue: 'said',
      source: { start: label.start, end: label.end - 1, text: label.name },
      how: 'transcript-turn',
    });
  }
  return out;
}

/**
 * A participle that carries a sentence's speech on, and where its words start:
 * - "…, adding that the port was losing money", "…, adding the port …": the participles of saying;
 * - "…, falsely suggesting that the vote was rigged", "by arguing that …": any verb of speech
 *   with "that" (after a form of "be" it is the sentence's verb, which the cue rules read);
 * - "…, urging voters to stay home", "…, calling for a recount": after a comma, a verb whose
 *   object is what was said and whose progressive still reports it (not a judgement's: "…,
 *   thanking the crowd at the rally" describes an event).
 */
const GOING_ON = new RegExp(
  [
    `,\\s+(${PARTICIPLES})\\s+(?:that\\s+)?(?=(?:the|a|an|its|his|her|their|it|he|she|they|we|there|\\p{Lu}))`,
    `(?<![\\p{L}])(${GERUND_ALTERNATION})\\s+that\\s+(?=[\\p{L}"])`,
    `,\\s+(${longestFirst(OBJECT_GERUNDS)})\\s+(?=[\\p{L}"])`,
    // "voters saying they want a ban", "a pitch to voters saying the tax hurts": "saying" right
    // after a noun, with a clause of its own (checked below), reports that noun's words.
    `(?<=[\\p{L}\\d'’)]\\s+)(saying)\\s+(?=(?:he|she|they|it|we|i|there|the|a|an|his|her|their|its|\\p{Lu}))`,
  ].join('|'),
  'giu',
);

/**
 * A name, a short label and a colon opening a headline ("Harbour chief: ferry fares will not
 * rise", "EXCLUSIVE – Lena Okonkwo: …"): headlines write "X said Y" so, up to a dash that opens
 * the line. The label has at most six words and the statement at least three.
 */
const HEADLINE_LABEL_RE = /^(?:[^:\n]{0,40}?\s[—–-]\s+)?(\p{Lu}[^:.!?"“”\n]{0,50}?)\s*:\s+(?=\S)/u;

/** The statement of a headline that opens on a name and a colon, given to that name (see HEADLINE_LABEL_RE). */
function headlineStatement(draft: Draft): Attribution | undefined {
  const sentence = draft.sentences[0];
  if (!sentence || draft.sentences[1]?.paragraph === sentence.paragraph || findSpeakerLabels(draft.text).length > 0) return undefined;
  const label = HEADLINE_LABEL_RE.exec(sentence.text);
  if (!label || label[1]!.split(/\s+/).length > 6) return undefined;
  const sourceStart = sentence.start + label[0].indexOf(label[1]!);
  const source = trimSpan(draft, sourceStart, sourceStart + label[1]!.length);
  // Only a name is a speaker: "The Latest:", "Breaking:", "Revealed:" label a story, and a
  // question after the colon ("Lima: saint or sinner?") is the paper's, not the name's.
  if (!source || !draft.mentions.some((m) => m.start >= source.start && m.end <= source.end)) return undefined;
  const content = trimSpan(draft, sentence.start + label[0].length, sentence.end, /[\s,;:.]/);
  if (!content || content.text.split(/\s+/).length < 3 || /\?["”’']?$/.test(content.text)) return undefined;
  return { content, sentence, direct: false, cue: ':', source, how: 'headline-label' };
}

/** Fills in the attributions of the article (see the module comment); titles go to `titleSpans`. */
export function quotesPass(draft: Draft): Draft {
  const titles: QuoteSpan[] = [];
  const story: QuoteSpan[] = [];
  for (const q of draft.quoteSpans) (titleRuleOf(draft, q) ? titles : story).push(q);
  draft.titleSpans = titles;
  draft.quoteSpans = story;
  const reportedBySentence = new Map<number, Reported[]>();
  const out: Attribution[] = [];
  for (const sentence of draft.sentences) {
    if (isFurniture(draft, sentence.start)) continue;
    const spans = story.filter((q) => q.outerStart >= sentence.start && q.outerStart < sentence.end);
    const cues = cuesIn(draft, sentence.start, sentence.end);
    const reported = reportedIn(draft, sentence, cues, spans);
    // One clause reported twice ("said … and noted …" on the same words) counts once.
    const seen = new Set<number>();
    const all = reported.filter((r) => !seen.has(r.content.start) && seen.add(r.content.start));
    const unique = all.filter((r) => !r.short);
    reportedBySentence.set(sentence.index, unique);
    for (const r of all) {
      const a: Attribution = { content: r.content, sentence, direct: false, cue: r.cue.word, how: r.how };
      if (r.source) a.source = r.source;
      if (r.denial) a.denial = true;
      if (r.short) a.tracksOnly = true;
      out.push(a);
    }
    for (const q of spans) {
      const content = trimSpan(draft, q.start, Math.min(q.end, sentence.end), /[\s,;:]/);
      if (!content) continue;
      // Inside a reported clause: "X said that Iraq had won a “civilizational victory”".
      const host = unique.find((r) => !r.denial && q.outerStart >= r.content.start && q.outerStart < r.content.end);
      const a: Attribution = { content, sentence, direct: true, cue: '', how: 'none' };
      if (host) {
        a.cue = host.cue.word;
        a.how = 'in-reported-clause';
        if (host.source) a.source = host.source;
      } else {
        const found = directSource(draft, q, sentence, spans, cues);
        if (found) {
          a.cue = found.cue;
          a.how = found.how;
          if (found.source) a.source = found.source;
        }
      }
      if (q.runsOn) a.continued = false;
      out.push(a);
    }
    for (const m of draft.folded.slice(sentence.start, sentence.end).matchAll(GOING_ON)) {
      const clauseStart = sentence.start + m.index + m[0].length;
      if (
        isInQuote(draft, clauseStart, clauseStart + 1) ||
        out.some((r) => !r.tracksOnly && r.sentence === sentence && r.content.start <= clauseStart && clauseStart < r.content.end)
      )
        continue;
      const gerundAt = sentence.start + m.index + m[0].search(/\p{L}/u);
      // ", adding to his lead": with its particle the verb of saying says nothing.
      if (isNotSpeechPhrasal(draft.folded.slice(gerundAt, gerundAt + 20))) continue;
      // "the new thinking that followed": after an adjective, the form is a noun of thought, not
      // a report ("his warning that …" still reports).
      const before = /([\p{L}'’]+)\s+$/u.exec(draft.folded.slice(Math.max(sentence.start, gerundAt - 30), gerundAt));
      const beforeTags = before ? draft.tagsAt.get(gerundAt - before[0].length) : undefined;
      if (m[2] && beforeTags?.has('Adjective') && !beforeTags.has('Verb') && !beforeTags.has('Adverb')) continue;
      let end = clauseEnd(draft.folded, clauseStart, sentence.end);
      // "While saying that he respects her, he …": a participle before the sentence's own verb
      // opens it, its clause ends at the comma where the sentence proper starts, and the subject
      // after that comma is the speaker.
      let opener: Span | undefined;
      if (m[2] && !hasFiniteVerb(draft, sentence.start, gerundAt)) {
        const comma = firstCommaOutsideQuotes(draft.folded.slice(clauseStart, end));
        if (comma >= 0) {
          end = clauseStart + comma;
          const verb = draft.tokens.find((t) => t.start > end + 1 && t.end <= sentence.end && isVerbToken(draft, t));
          opener = verb ? subjectSpan(draft, end + 1, verb.start) : undefined;
        }
      }
      const content = trimSpan(draft, clauseStart, end);
      if (!content || content.text.split(/\s+/).length < 3) continue;
      // Without a comma or "that", "saying" must open a clause with a verb of its own near its
      // start ("saying they want …"), not an object ("saying the word").
      // Before the sentence's own verb ("the share of voters saying they want it is high") the
      // clause runs into that verb, and is left; so is a headline's "By Saying We Need …".
      if (
        m[4] &&
        (m[4] !== 'saying' ||
          /^\S+ing$/.test(content.text.split(/\s+/)[0]!) ||
          !hasFiniteVerb(draft, clauseStart, Math.min(end, clauseStart + 40)) ||
          !hasFiniteVerb(draft, sentence.start, gerundAt))
      )
        continue;
      const lead = out.find((r) => r.sentence === sentence && r.source && r.content.start < clauseStart - m[0].length);
      const cue = (m[1] ?? m[2] ?? m[3] ?? m[4])!.toLowerCase();
      const a: Attribution = { content, sentence, direct: false, cue, how: 'participle' };
      // The speaker of the sentence: its first attribution's, else its subject.
      const source = opener ?? lead?.source ?? sentenceSubject(draft, sentence, sentence.start + m.index + 1);
      if (source) a.source = source;
      out.push(a);
    }
  }
  out.push(...transcriptTurns(draft, reportedBySentence));
  const headline = headlineStatement(draft);
  if (
    headline &&
    !out.some((a) => a.content.start < headline.content.end && a.content.end > headline.content.start && !a.direct && !a.tracksOnly)
  )
    out.push(headline);
  draft.attributions = out.sort((a, b) => a.content.start - b.content.start);
  return draft;
}

/** Whether a source's words are a personal pronoun ("he", "she", "they", "it"). */
export function isPronoun(words: string): boolean {
  const w = words.trim().toLowerCase();
  return PERSON_PRONOUNS.has(w) || THING_PRONOUNS.has(w) || w === 'we' || w === 'i';
}
