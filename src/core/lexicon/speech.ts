/**
 * How news prose reports speech: the verbs that introduce it ("said", "warned", "denied"), the
 * phrases whose source follows them ("according to"), and the nouns that name reported words
 * ("claims that", "allegations that"). Verbs are listed as lemmas; morphology.ts makes their
 * forms, so "insist" also finds "insists", "insisted" and, as a participle, "insisting".
 */
import { formsOf, nounForms } from './morphology';
import { ruleTable, type RuleEntry } from './table';
import { TIME_SPANS, WEEKDAYS } from './time';
import { hasListedWord, type WordListEntry } from './word-lists';

/** A group of verbs of saying, as lemmas. */
export interface SpeechVerbEntry extends WordListEntry {
  /** Lemmas of the group that take their clause without "that" ("said the port was closed"). */
  readonly bareClause?: readonly string[];
  /** Lemmas of the group that go on a sentence as a participle (", adding that …"). */
  readonly participles?: readonly string[];
  /** Whether the verbs deny or reject what follows ("rejected claims that …"): the clause is not the speaker's words. */
  readonly denial?: boolean;
  /** Whether what follows the verb, without "that", is what was said ("urged the public not to …", "accused X of …"). */
  readonly objectIsSaid?: boolean;
  /** Whether the verbs report a finding, which takes its clause or object without "that" after a record or a poll ("polls show Lima ahead"). */
  readonly findings?: boolean;
  /**
   * Whether the verbs' "-ing" form still reports the speech act, after a form of "be" or a comma
   * ("is calling for a recount", "…, urging voters to stay home"), where that of a verb of judging
   * describes an event ("is thanking the crowd at a rally", "is challenging the senator in May").
   */
  readonly progressive?: boolean;
  /** Lemmas of the group that report a question by its "if", "whether" or question word ("asked whether the port would close"). */
  readonly question?: readonly string[];
  /**
   * Lemmas of the group that name their object with someone's words, the object and the
   * quotation being what was said ("called the plan “a disaster”", "described him as “a friend”").
   */
  readonly naming?: readonly string[];
}

/** Whether a form of a verb (or of a verb phrase: "pointing out") is its "-ing" form. */
function isGerund(form: string): boolean {
  return /ing$/.test(form.split(' ')[0]!);
}

/** Finite forms of a verb or verb phrase (base, third person, past, participle), both spellings, without the "-ing" form. */
function finiteForms(lemma: string): string[] {
  return formsOf(lemma, 'v').filter((f) => !isGerund(f));
}

/** The "-ing" forms of a verb, both spellings. */
function gerunds(lemma: string): string[] {
  return formsOf(lemma, 'v').filter(isGerund);
}

/** Verbs that introduce speech or a stated position, by kind. */
export const SPEECH_VERB_TABLE = ruleTable<SpeechVerbEntry>(
  'speech verbs',
  [
    {
      id: 'saying',
      words: [
        'say',
        'tell',
        'add',
        'note',
        'state',
        'write',
        'explain',
        'continue',
        'reply',
        'respond',
        'remark',
        'observe',
        'mention',
        'recall',
        'point out',
        'tweet',
        'post',
        'testify',
        'brief',
        'report',
        'describe',
        'depict',
        'call',
        'ask',
        'read',
        'answer',
        'go on',
        'comment',
        'recite',
        'refer to',
        'imply',
      ],
      bareClause: ['say', 'add', 'tell', 'note', 'write', 'explain', 'point out', 'tweet', 'testify', 'recall', 'reply', 'respond'],
      participles: ['say', 'add', 'note', 'explain', 'state'],
      question: ['ask'],
      naming: ['call', 'describe', 'refer to', 'depict'],
      reason: 'Plain verbs of saying introduce a quotation or a reported clause ("…,” she said", "told reporters that …").',
      examples: [
        '“We will appeal,” the lawyer said.',
        'She told reporters that the port was closed.',
        'He pointed out that costs rose.',
        'A reporter asked the mayor whether the pier would reopen.',
      ],
      lookalikes: ['The Sayreville team won.', 'A teller counted the votes.'],
    },
    {
      id: 'asserting',
      words: [
        'claim',
        'insist',
        'argue',
        'assert',
        'maintain',
        'contend',
        'declare',
        'affirm',
        'emphasise',
        'stress',
        'underline',
        'underscore',
        'highlight',
        'reiterate',
        'suggest',
        'indicate',
        'acknowledge',
        'admit+',
        'concede',
        'confirm',
        'allege',
        'conclude',
        'predict',
        'estimate',
        'express',
        'reveal',
        'announce',
        'make clear',
        'make it clear',
      ],
      bareClause: [
        'claim',
        'insist',
        'argue',
        'assert',
        'contend',
        'acknowledge',
        'admit+',
        'concede',
        'confirm',
        'predict',
        'suggest',
        'estimate',
        'announce',
        'declare',
        'allege',
        'stress',
        'emphasise',
        'reiterate',
        'conclude',
      ],
      participles: ['claim', 'insist', 'argue', 'assert', 'emphasise', 'stress', 'acknowledge'],
      reason: 'Verbs of asserting report a position someone takes, with or without quotation marks ("insisted that …").',
      examples: [
        'The union insisted that the strike was legal.',
        'She admits the plan failed.',
        'He made it clear to the board that he would stay.',
      ],
      lookalikes: ['The insistence was noted.', 'An admission fee applies.', 'The water was clear.'],
    },
    {
      id: 'warning-and-urging',
      objectIsSaid: true,
      progressive: true,
      words: ['warn', 'caution', 'urge', 'demand', 'complain', 'vow', 'pledge', 'assure', 'accuse'],
      bareClause: ['warn', 'complain', 'vow', 'pledge', 'assure'],
      participles: ['warn'],
      reason: 'Warnings, demands, vows and accusations are reported speech that takes a side.',
      examples: ['The agency warned that the river would flood.', 'He vowed to appeal.'],
      lookalikes: ['A warmer winter came.', 'The vowel sound changed.'],
    },
    {
      id: 'manner-of-speaking',
      words: [
        'joke',
        'quip',
        'scoff',
        'exclaim',
        'shout',
        'yell',
        'scream',
        'chant',
        'whisper',
        'mutter',
        'laugh',
        'sigh',
        'boast',
        'brag',
        'gripe',
        'lament',
        'muse',
        'recount',
        'retort',
        'counter',
        'charge',
        'fire back',
        'shoot back',
        'snap',
        'interject',
        'chime in',
        'press',
        'wonder',
        'add on',
        'concur',
        'agree',
        'acknowledge',
        'promise',
        'threaten',
        'bark',
        'fume',
        'gloat',
        'proclaim',
        'opine',
        'gush',
        'marvel',
        'grumble',
        'bemoan',
        'sneer',
        'tout',
      ],
      participles: ['joke', 'quip', 'shout', 'yell', 'boast', 'brag', 'lament', 'promise'],
      question: ['wonder'],
      reason: 'Verbs of how something was said report speech as much as "said" ("“Come on up,” Beck joked").',
      examples: [
        '"Come on up," Beck joked.',
        'She fired back that the claim was false.',
        '"The pier is a disgrace," Lima fumed on Tuesday.',
        'Hale gloated: "We told you so."',
      ],
      lookalikes: ['The joker left early.', 'A firefighter came back.'],
    },
    {
      id: 'calling-for',
      objectIsSaid: true,
      progressive: true,
      words: ['call for', 'call on'],
      participles: ['call for', 'call on'],
      reason:
        'A phrasal verb of demanding takes what is demanded as its object ("called for a full inquiry", "called on the board to resign"): the object is what was said, with no "that" and no quotation marks.',
      examples: ['The mayor called for a full inquiry into the fire.', 'Unions are calling on the board to resign.'],
      lookalikes: ['The mayor called Ford about the fire.', 'A caller phoned the board.'],
    },
    {
      id: 'judging',
      objectIsSaid: true,
      words: [
        'thank',
        'praise',
        'criticise',
        'slam',
        'blast',
        'condemn',
        'decry',
        'denounce',
        'applaud',
        'hail',
        'mock',
        'ridicule',
        'deride',
        'question',
        'challenge',
        'warn of',
        'blame',
        'welcome',
        'scold',
        'rebuke',
        'chide',
        'attack',
        'commend',
        'congratulate',
      ],
      question: ['question'],
      reason: 'Verbs of judging report what someone said of something ("Moore thanked him for acting", "Merkel condemned the attack").',
      examples: ['Merkel condemned such a murderous attack.', 'Moore thanked the president for acting.'],
      lookalikes: ['The condemnation was swift.', 'A thankless task.'],
    },
    {
      id: 'denying',
      objectIsSaid: true,
      words: ['deny', 'reject', 'dismiss', 'dispute', 'refute'],
      denial: true,
      reason: 'A denial reports what someone rejects: "rejected claims that P" puts P in someone else\'s mouth.',
      examples: ['The ministry denied that troops had crossed.', 'She rejected claims that the vote was rigged.'],
      lookalikes: ['The denim factory closed.'],
    },
    {
      id: 'urging-and-crediting',
      words: [
        'credit',
        'command',
        'order',
        'instruct',
        'advise',
        'recommend',
        'encourage',
        'implore',
        'beg',
        'plead',
        'appeal',
        'invite',
        'dare',
        'swear',
        'guarantee',
        'forecast',
        'project',
        'speculate',
      ],
      reason:
        'Verbs that hand on someone\'s words as a request or a verdict ("credited the win to “a closed primary”", "urged voters to …").',
      examples: ['Sanders credited the win to "a closed primary."', 'She implored voters to turn out.'],
      lookalikes: ['The creditors were paid in full.'],
    },
    {
      id: 'evidence',
      findings: true,
      words: ['show', 'find', 'demonstrate'],
      reason:
        'Polls, studies and records report findings as people report speech ("a poll found that …", "…, records show."), and news annotators count them as attributions.',
      examples: ['A new poll found that most voters back the plan.', 'The levy was paid twice, court records show.'],
      lookalikes: ['The showroom was closed.', 'A finder fee was paid.'],
    },
    {
      id: 'believing',
      words: ['believe', 'think', 'hope', 'expect', 'fear', 'worry', 'suspect', 'doubt'],
      bareClause: ['believe', 'think', 'hope', 'expect', 'fear', 'worry', 'suspect', 'doubt'],
      reason: 'Beliefs, hopes and fears are reported like speech ("she believes the plan will fail", "they fear that …").',
      examples: ['She believes the plan will fail.', 'He thinks talks will resume.', 'Officials fear that the dam will break.'],
      lookalikes: ['The belief was widespread.'],
    },
  ],
  (entry, text) =>
    hasListedWord(
      entry.words.flatMap((w) => formsOf(w, 'v')),
      text,
    ),
);

/** Every finite form of every verb of speech ("said", "says", "insisted", "pointed out"). */
export const SPEECH_VERB_FORMS: readonly string[] = [
  ...new Set(SPEECH_VERB_TABLE.entries.flatMap((e) => e.words.flatMap((w) => finiteForms(w)))),
];

/** The lemmas themselves ("say", "state", "report"), which are also nouns far more often than their other forms. */
export const SPEECH_LEMMAS: ReadonlySet<string> = new Set(
  SPEECH_VERB_TABLE.entries.flatMap((e) => e.words.map((w) => w.replace(/\+$/, ''))),
);

/** Finite forms of the verbs that take a clause without "that". */
export const BARE_CLAUSE_FORMS: ReadonlySet<string> = new Set(
  SPEECH_VERB_TABLE.entries.flatMap((e) => (e.bareClause ?? []).flatMap((w) => finiteForms(w))),
);

/** Participles that carry a sentence's speech on (", adding that …"), as "-ing" forms. */
export const SPEECH_PARTICIPLES: readonly string[] = [
  ...new Set(SPEECH_VERB_TABLE.entries.flatMap((e) => (e.participles ?? []).flatMap((w) => gerunds(w)))),
];

/** Every form of the verbs that name their object with a quotation ("called the plan “a disaster”", "describing it as “…”"), "-ing" forms included. */
export const NAMING_FORMS: ReadonlySet<string> = new Set(
  SPEECH_VERB_TABLE.entries.flatMap((e) => (e.naming ?? []).flatMap((w) => formsOf(w, 'v'))),
);

/** Every form of the verbs that report a question ("asked whether …", "wondering how …"), "-ing" forms included. */
export const QUESTION_FORMS: ReadonlySet<string> = new Set(
  SPEECH_VERB_TABLE.entries.flatMap((e) => (e.question ?? []).flatMap((w) => formsOf(w, 'v'))),
);

/** The "-ing" forms of the verbs whose object is what was said and whose progressive reports it (", urging voters to …", ", calling for a recount"). */
export const OBJECT_GERUNDS: ReadonlySet<string> = new Set(
  SPEECH_VERB_TABLE.entries.filter((e) => e.objectIsSaid && e.progressive).flatMap((e) => e.words.flatMap((w) => gerunds(w))),
);

/** Finite forms of the verbs whose object may be an infinitive of what was said ("vowed to appeal", "urged them to go"). */
export const INFINITIVE_FORMS: ReadonlySet<string> = new Set(
  ['vow', 'pledge', 'promise', 'threaten', 'urge', 'warn', 'demand'].flatMap((w) => finiteForms(w)),
);

/**
 * Forms of the verbs whose object is what was said ("urged", "accused", "condemned", "denied"):
 * the finite forms, and the "-ing" forms of the verbs whose progressive still reports the speech
 * act ("is calling for a recount"), which the quotes pass reads as a verb only after "be".
 */
export const OBJECT_FORMS: ReadonlySet<string> = new Set(
  SPEECH_VERB_TABLE.entries
    .filter((e) => e.objectIsSaid)
    .flatMap((e) => e.words.flatMap((w) => (e.progressive ? formsOf(w, 'v') : finiteForms(w)))),
);

/** The "-ing" form of every verb of speech ("telling", "writing"), which introduces a quotation after a comma. */
export const SPEECH_GERUNDS: readonly string[] = [...new Set(SPEECH_VERB_TABLE.entries.flatMap((e) => e.words.flatMap((w) => gerunds(w))))];

/** Finite forms of the verbs that report a finding ("shows", "found"). */
export const FINDING_FORMS: ReadonlySet<string> = new Set(
  SPEECH_VERB_TABLE.entries.filter((e) => e.findings).flatMap((e) => e.words.flatMap((w) => finiteForms(w))),
);

/** Nouns of records and measurements that report findings as a speaker reports words ("the poll", "court records"). */
export const FINDING_SOURCE_TABLE = ruleTable<WordListEntry>(
  'finding sources',
  [
    {
      id: 'records-and-measurements',
      words: [
        'poll',
        'survey',
        'study',
        'report',
        'record',
        'data',
        'analysis',
        'result',
        'figure',
        'statistic',
        'filing',
        'document',
        'email',
        'audit',
        'review',
        'census',
        'research',
        'investigation',
      ],
      reason:
        'A poll, a study or a record "shows" or "finds" what it measured, and its object or clause, even without "that", is the finding it reports ("the survey found most riders unhappy", "records show he paid twice").',
      examples: ['The latest survey shows the mayor ahead by six points.', 'Court records show he paid the levy twice.'],
      lookalikes: ['The surveyor shows the mayor the map.', 'The recorder found a seat.'],
    },
  ],
  (entry, text) =>
    hasListedWord(
      entry.words.flatMap((w) => nounForms(w)),
      text,
    ),
);

/** Every form of a finding noun, lower case ("polls", "records"). */
export const FINDING_SOURCES: readonly string[] = FINDING_SOURCE_TABLE.entries.flatMap((e) => e.words.flatMap((w) => nounForms(w)));

/** Finite forms of the verbs of denial ("denied", "rejects"). */
export const DENIAL_FORMS: ReadonlySet<string> = new Set(
  SPEECH_VERB_TABLE.entries.filter((e) => e.denial).flatMap((e) => e.words.flatMap((w) => finiteForms(w))),
);

/** Phrases after which the source of what was said is named ("according to the ministry"). */
export const SOURCE_PHRASE_TABLE = ruleTable<WordListEntry>(
  'source phrases',
  [
    {
      id: 'source-follows',
      words: ['according to', 'in the words of'],
      reason: 'The source of a statement may follow it: "Traffic fell, according to the council."',
      examples: ['Traffic fell by a third, according to the council.', 'In the words of the mayor, it was a disaster.'],
      lookalikes: ['They acted accordingly.', 'The words were printed.'],
    },
  ],
  (entry, text) => hasListedWord(entry.words, text),
);

/** "according to", "in the words of". */
export const SOURCE_PHRASES: readonly string[] = SOURCE_PHRASE_TABLE.entries.flatMap((e) => e.words);

/** Nouns that name someone's reported words, before "that" ("claims that", "allegations that"). */
export const REPORT_NOUN_TABLE = ruleTable<WordListEntry>(
  'report nouns',
  [
    {
      id: 'reported-words',
      words: [
        'claim',
        'report',
        'suggestion',
        'allegation',
        'accusation',
        'assertion',
        'rumour',
        'rumor',
        'charge',
        'speculation',
        'criticism',
      ],
      reason: 'A noun of reported words before "that" makes the clause someone else\'s: "denied reports that P".',
      examples: ['The ministry denied reports that troops had crossed.', 'She rejected allegations that she lied.'],
      lookalikes: ['The reporter left.', 'A charger was missing.'],
    },
  ],
  (entry, text) =>
    hasListedWord(
      entry.words.flatMap((w) => nounForms(w)),
      text,
    ),
);

/** Every form of a report noun, lower case ("claims", "rumours"). */
export const REPORT_NOUNS: readonly string[] = REPORT_NOUN_TABLE.entries.flatMap((e) => e.words.flatMap((w) => nounForms(w)));

/** Common nouns that speak without being anyone in particular ("Police said", "Officials say"). */
export const GENERIC_SOURCE_TABLE = ruleTable<WordListEntry>(
  'generic sources',
  [
    {
      id: 'institutions-as-nouns',
      words: [
        'police',
        'government',
        'management',
        'staff',
        'military',
        'army',
        'prosecution',
        'defence',
        'defense',
        'opposition',
        'industry',
        'media',
        'public',
      ],
      reason: 'An institution named by a common noun ("Police said", "The prosecution argued") is a source, not a named actor.',
      examples: ['Police said the driver fled.', 'The prosecution argued that he lied.'],
      lookalikes: ['Policeman Tom Hale said so.'],
    },
    {
      id: 'indefinite-people',
      words: ['everyone', 'someone', 'somebody', 'nobody', 'anyone'],
      reason: 'Indefinite pronouns speak for nobody in particular.',
      examples: ['Everyone agreed the vote was close.'],
      lookalikes: ['Every one of them agreed.'],
    },
    {
      id: 'fields-of-knowledge',
      words: ['research', 'science', 'data'],
      reason: 'A field "says" things only as a figure of speech ("Research shows …").',
      examples: ['Research shows the drug works.'],
      lookalikes: ['Researchers showed the drug works.'],
    },
  ],
  (entry, text) => hasListedWord(entry.words, text),
);

/** Generic sources, lower case. */
export const GENERIC_SOURCES: ReadonlySet<string> = new Set(GENERIC_SOURCE_TABLE.entries.flatMap((e) => e.words));

/** Phrases that qualify an unnamed source by what it knows ("people familiar with the talks said"). */
export const SOURCE_QUALIFIER_TABLE = ruleTable<WordListEntry>(
  'source qualifiers',
  [
    {
      id: 'knows-about',
      words: [
        'close to',
        'familiar with',
        'privy to',
        'briefed on',
        'involved in',
        'knowledgeable about',
        'aware of',
        'loyal to',
        'opposed to',
        'allied with',
        'connected to',
        'speaking on condition of',
      ],
      reason:
        'An unnamed source is qualified by what it knows or whom it is near ("sources close to the mayor say"): the participle or adjective is part of the subject, not its verb.',
      examples: ['Sources close to the mayor say she will run.', 'People familiar with the talks said they had failed.'],
      lookalikes: ['Sources say she will run.', 'The family said the talks had failed.'],
    },
  ],
  (entry, text) => hasListedWord(entry.words, text),
);

/** "close to", "familiar with" …, lower case. */
export const SOURCE_QUALIFIERS: readonly string[] = SOURCE_QUALIFIER_TABLE.entries.flatMap((e) => e.words);

/** One shape of circumstance that closes the object of a verb whose object is what was said. */
export interface ComplementAdjunctEntry extends RuleEntry {
  /** The shape, found after the object's first word ("… the plan| in a statement on Tuesday"). */
  readonly pattern: RegExp;
}

/**
 * The words something was said in (a statement, an interview, a letter), as an alternation: they
 * close a said object here, and may stand between a verb of saying and a bare clause
 * (report-clauses.ts).
 */
export const WORDING_OCCASIONS =
  'statement|interview|speech|address|remarks|tweets?|posts?|letter|op-ed|essay|diatribe|e-?mails?|video|podcast|column|editorial|message|memo|filing|testimony|news release|release';

/** Occasions of speaking: where or in what words something was said. */
const OCCASIONS = `${WORDING_OCCASIONS}|rally|debate|forum|hearing|ruling|appearance|broadcast|briefing|conference|campaign stop|stop|meeting|session|show|visit|event`;

/**
 * What ends the object of a verb of judging, urging or demanding ("criticised the plan as a
 * “waste” during a rally on Tuesday"): the object is what was said, and the circumstances after
 * it say when and where the verb happened, which the speaker did not say.
 */
export const COMPLEMENT_ADJUNCT_TABLE = ruleTable<ComplementAdjunctEntry>(
  'circumstances after a said object',
  [
    {
      id: 'occasion',
      pattern: new RegExp(
        `\\s(?:during|in|via|through)\\s+(?:a|an|the|his|her|its|their|this|that|one|several|two|three)\\s+(?:[\\p{L}'’.-]+\\s+){0,3}?(?:${OCCASIONS})(?![\\p{L}])`,
        'iu',
      ),
      reason:
        'An occasion of speaking after the object ("in a statement", "during a televised debate", "in an early-morning tweet") says where the verb happened, not what was said.',
      examples: [
        'Hale criticised the ferry plan in a statement on Tuesday.',
        'Lima praised the rescue crews during a televised debate.',
        'She mocked the harbour board in two early-morning tweets.',
      ],
      lookalikes: [
        'Hale criticised the ferry plan for its cost.',
        'Lima praised the crews in the harbour.',
        'She called for a vote in the council.',
      ],
    },
    {
      id: 'time',
      pattern: new RegExp(
        `(?:\\s(?:(?:on|late|early)\\s+)?(?:${WEEKDAYS.join('|')})(?:\\s+(?:morning|afternoon|evening|night))?(?![\\p{L}'’])|\\s(?:last|this|earlier this|late last|early last)\\s+(?:${TIME_SPANS.join('|')})(?![\\p{L}'’])|\\s(?:yesterday|earlier today)(?![\\p{L}'’]))(?=[\\s,.;:!?)]*$|[,.;:!?)]|\\s+(?:on|in|at|during|while)\\s)`,
        'iu',
      ),
      reason:
        'A day or a time after the object ("blasted the board on Monday", "urged voters to turn out last week") dates the verb when the object ends there; a possessive ("Monday\'s vote") or a day the object goes on past ("failing to say on Friday that …") is part of it.',
      examples: [
        'Hale blasted the harbour board on Monday.',
        'Lima urged voters to turn out last week.',
        'She hailed the deal Wednesday night.',
      ],
      lookalikes: [
        "Hale blasted Monday's vote.",
        "Lima condemned last week's fire.",
        'She hailed the weekly market.',
        'Hale blasted the board for failing to say on Friday that the pier was shut.',
        'Lima blasted the board Tuesday for its failure to act.',
      ],
    },
  ],
  (entry, text) => {
    // The shape closes an object, so it must come after the verb and the object's first word.
    const verb = /\b(?:criticised|praised|mocked|called for|blasted|urged|hailed|condemned)\s+\S+/u.exec(text);
    return verb !== null && entry.pattern.test(text.slice(verb.index + verb[0].length));
  },
);

/** Where the object of a said-object verb that starts at `start` ends: before the first circumstance after its first word, or at `end`. */
export function complementEnd(text: string, start: number, end: number): number {
  const words = text.slice(start, end);
  const first = /^\s*\S+/u.exec(words)?.[0].length ?? 0;
  let cut = end;
  for (const entry of COMPLEMENT_ADJUNCT_TABLE.entries) {
    const m = entry.pattern.exec(words.slice(first));
    if (m) cut = Math.min(cut, start + first + m.index);
  }
  return cut;
}
