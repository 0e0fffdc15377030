/**
 * Where a reported clause starts and what stands between it and its verb of saying: the
 * circumstances a speaker's verb may carry before a clause without "that" ("said on Friday he
 * met …", "said in a statement the port …"), and the verb-and-particle pairs that look like a
 * verb of saying but say nothing (", adding to his lead"). The quotes pass reads them; they are
 * their own tables so that each one keeps its examples.
 */
import { formsOf } from './morphology';
import { ruleTable, type RuleEntry } from './table';
import { WORDING_OCCASIONS } from './speech';
import { RELATIVE_DAYS, TIME_SPANS, WEEKDAYS } from './time';

/** One shape of circumstance between a verb of saying and the clause it reports. */
export interface SpeechAdjunctEntry extends RuleEntry {
  /** The shape, anchored at the start of the words after the verb (leading spaces included). */
  readonly pattern: RegExp;
}

/** The words that open a reported clause after its circumstance: a pronoun, a determiner or a capitalised name. */
const CLAUSE_SUBJECT = String.raw`(?=\s+(?:he|she|it|they|we|i|you|there|his|her|its|their|our|the|a|an|this|that|these|those|no|most|many|some|\p{Lu}[\p{L}'’.-]*)\s)`;

const WEEKDAY = `(?:${WEEKDAYS.join('|')})`;
const SPAN = `(?:${TIME_SPANS.join('|')})`;

/** Circumstances of a verb of saying that a clause without "that" may follow. */
export const SPEECH_ADJUNCT_TABLE = ruleTable<SpeechAdjunctEntry>(
  'circumstances before a bare reported clause',
  [
    {
      id: 'day-or-time',
      pattern: new RegExp(
        String.raw`^\s+(?:(?:on|late|early)\s+)?(?:${WEEKDAY}(?:\s+(?:morning|afternoon|evening|night))?|(?:last|this|earlier this|late last|early last)\s+${SPAN}|(?:${RELATIVE_DAYS.join('|')})|earlier today)${CLAUSE_SUBJECT}`,
        'iu',
      ),
      reason:
        'A day or a time right after a verb of saying dates the statement ("said on Friday he met …", "said last week the pier would close"); the clause it reports starts after it, with or without "that".',
      examples: [
        'Hale said on Friday he met the mayor.',
        'Lima said last week the pier would close.',
        'The union said Tuesday night its members would strike.',
        'Ruiz said earlier this week she had no plans to run.',
      ],
      lookalikes: [
        'Hale said on Friday.',
        'Lima said this was a mistake.',
        "Ruiz said Tuesday's vote was rigged.",
        'Hale spoke on Friday he met the mayor.',
      ],
    },
    {
      id: 'occasion',
      pattern: new RegExp(
        String.raw`^\s+(?:in\s+(?:a|an|his|her|their|its)\s+(?:[\p{L}-]+\s+){0,2}?(?:${WORDING_OCCASIONS})(?:\s+(?:with|to|on)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*\s*){1,4})?|on\s+(?:Twitter|Facebook|Instagram|television|TV|the radio|the air))${CLAUSE_SUBJECT}`,
        'u',
      ),
      reason:
        'Where or in what words it was said ("in a statement", "in an interview with CNN", "on Twitter") may stand between a verb of saying and the clause it reports without "that".',
      examples: [
        'Hale said in a statement the port would reopen.',
        'Lima said in an interview with Harbour Radio she would run again.',
        'Ruiz said on Twitter the vote was rigged.',
      ],
      lookalikes: ['Hale said in a statement.', 'Lima said in the harbour there was a fire.', 'Ruiz said on the whole it went well.'],
    },
  ],
  (entry, text) => {
    const verb = /\b(?:said|says|told\s+\S+)(?=\s)/u.exec(text);
    return verb !== null && entry.pattern.test(text.slice(verb.index + verb[0].length));
  },
);

/** How many characters of `rest` (the words right after a verb of saying) are a circumstance before a bare clause, or 0. */
export function speechAdjunctLength(rest: string): number {
  return anchoredMatchLength(SPEECH_ADJUNCT_TABLE.entries, rest);
}

/** The length of the first entry's match at the start of `rest`, or 0 when none matches. */
function anchoredMatchLength(entries: readonly { readonly pattern: RegExp }[], rest: string): number {
  for (const entry of entries) {
    const m = entry.pattern.exec(rest);
    if (m) return m[0].length;
  }
  return 0;
}

/** A verb that looks like a verb of saying but, with its particle, says nothing. */
export interface NotSpeechEntry extends RuleEntry {
  /** The verb's "-ing" form and particle, lower case ("adding to"). */
  readonly phrase: RegExp;
}

/** Verb-and-particle pairs that are not speech, although their verb is. */
export const NOT_SPEECH_PHRASAL_TABLE = ruleTable<NotSpeechEntry>(
  'verbs of saying that say nothing with their particle',
  [
    {
      id: 'add-to',
      phrase: /^adding\s+(?:to|up)(?![\p{L}])/iu,
      reason:
        '"Add to" and "add up" mean to increase or to total ("…, adding to his lead in the South"); only "add" alone, or "add that", reports words.',
      examples: ['Lima won the primary, adding to her lead in the South.', 'The fees keep adding up.'],
      lookalikes: ['Lima won the primary, adding that the South was next.', 'Hale spoke, adding the pier would reopen.'],
    },
  ],
  (entry, text) => {
    const at = text.search(/adding\s/i);
    return at >= 0 && entry.phrase.test(text.slice(at));
  },
);

/** Whether the words at the start of `words` (a speech verb's "-ing" form and what follows) are a pair that says nothing. */
export function isNotSpeechPhrasal(words: string): boolean {
  return NOT_SPEECH_PHRASAL_TABLE.entries.some((e) => e.phrase.test(words));
}

/** One shape after which a reported clause goes on past a comma that would otherwise end it. */
export interface ClauseGoesOnEntry extends RuleEntry {
  /** The shape, anchored at the comma; its match is what the clause goes on past (at least the comma). */
  readonly pattern: RegExp;
}

/** Auxiliaries and finite verbs that open a predicate with no subject of its own ("…, but is now …", "…, but hasn't decided"). */
const SUBJECTLESS_PREDICATE =
  "(?:is|was|are|were|has|have|had|will|would|could|can|should|may|might|must|did|does|do)(?:n['’]t)?|(?:isn|wasn|aren|weren|hasn|haven|hadn|won|wouldn|couldn|can|shouldn|didn|doesn|don)['’]t|cannot";

/** Where a reported clause goes on past ", but" or a relative clause set off by commas. */
export const CLAUSE_GOES_ON_TABLE = ruleTable<ClauseGoesOnEntry>(
  'reported clauses that go on past a comma',
  [
    {
      id: 'subjectless-but',
      pattern: new RegExp(`^,\\s+but\\s+(?=(?:${SUBJECTLESS_PREDICATE})\\s)`, 'iu'),
      reason:
        'After ", but" a predicate with no subject of its own ("…, but is now the favourite", "…, but hasn\'t decided") shares the subject of the reported clause and goes on with it; a new subject ("…, but the board …") starts another clause.',
      examples: [
        'Lima said she had been a member of the board, but is now its loudest critic.',
        'Hale said that he had met the owners, but hasn’t decided what to do.',
      ],
      lookalikes: [
        'Lima said she had been a member of the board, but the board disagreed.',
        'Hale said the pier was open, but that it was unsafe.',
      ],
    },
    {
      id: 'relative-aside',
      pattern:
        /^,\s+(?:who|which)\s+[^,;:"—–]{1,80},\s+(?=(?:is|was|are|were|has|have|had|will|would|could|can|should|did|does|do|because|since|so)\s)/iu,
      reason:
        'A relative clause set off by two commas inside a reported clause ("said the mayor, who left in May, had lied") is an aside about one of its words, after which the clause goes on with its verb.',
      examples: [
        'Hale said the mayor, who resigned in May, had lied about the budget.',
        'Lima said they would not fund safe seats, which hers is, because they need money elsewhere.',
      ],
      lookalikes: [
        'Hale said the mayor had lied, which angered the council.',
        'Lima said the pier was closed, which surprised the fishermen, and left.',
      ],
    },
  ],
  (entry, text) => {
    const at = text.indexOf(',');
    return at >= 0 && entry.pattern.test(text.slice(at));
  },
);

/** How far a reported clause goes on past the comma that starts `rest` (the length to skip), or 0 when it stops there. */
export function clauseGoesOnLength(rest: string): number {
  return anchoredMatchLength(CLAUSE_GOES_ON_TABLE.entries, rest);
}

/** Verbs of intention, as lemmas, whose "to" infinitive is the position the subject states. */
export interface IntentionEntry extends RuleEntry {
  /** The lemmas. */
  readonly words: readonly string[];
}

/**
 * Verbs of intention and refusal with a "to" infinitive ("Lima wants to close the pier", "Hale
 * refused to sign the deal"): news annotators count the infinitive as the subject's stated
 * position, as they count a vow or a pledge.
 */
export const INTENTION_VERB_TABLE = ruleTable<IntentionEntry>(
  'verbs of intention before a to-infinitive',
  [
    {
      id: 'intending',
      words: ['want', 'plan', 'hope', 'intend', 'aim', 'refuse', 'expect'],
      reason:
        'What someone wants, plans, hopes or refuses to do is a position they take in public ("the union plans to strike in May"), reported without a verb of saying; "seek" and "try" report an attempt, not a position.',
      examples: ['The union plans to strike in May.', 'Lima wants to close the old pier.', 'Hale refused to sign the harbour deal.'],
      lookalikes: [
        'The union plans were leaked.',
        'Lima wants a new pier.',
        'Hale has a plan for the harbour.',
        'Hale sought to calm the crowd.',
      ],
    },
  ],
  (entry, text) =>
    new RegExp(
      `(?<![\\p{L}])(?:${entry.words.flatMap((w) => formsOf(w, 'v').filter((f) => !/ing$/.test(f))).join('|')})\\s+to\\s+\\p{Ll}`,
      'iu',
    ).test(text),
);

/** Finite forms of the verbs of intention ("wants", "planned", "sought"), lower case. */
export const INTENTION_FORMS: readonly string[] = [
  ...new Set(INTENTION_VERB_TABLE.entries.flatMap((e) => e.words.flatMap((w) => formsOf(w, 'v').filter((f) => !/ing$/.test(f))))),
];

/** Nouns of saying whose "that" clause or "to" infinitive is their possessor's words. */
export interface SayingNounEntry extends RuleEntry {
  /** The nouns, singular. */
  readonly words: readonly string[];
  /** What follows the noun: "that" and a clause, or "to" and an infinitive. */
  readonly takes: 'that' | 'to';
}

/** Nouns of saying after a possessor ("Hale's claim that the pier is unsafe", "Lima's promise to reopen it"). */
export const SAYING_NOUN_TABLE = ruleTable<SayingNounEntry>(
  'nouns of saying after a possessor',
  [
    {
      id: 'statement-that',
      takes: 'that',
      words: [
        'claim',
        'assertion',
        'argument',
        'statement',
        'warning',
        'insistence',
        'suggestion',
        'allegation',
        'accusation',
        'contention',
        'belief',
        'view',
        'assurance',
        'announcement',
        'prediction',
        'admission',
        'complaint',
        'declaration',
      ],
      reason:
        'A noun of saying with a possessor and a "that" clause reports the possessor\'s words as a verb would ("Hale\'s claim that the pier is unsafe" is Hale saying it).',
      examples: ["Lima repeated Hale's claim that the pier was unsafe.", "The board noted Lima's warning that fares would rise."],
      lookalikes: ["Lima repeated Hale's claim.", 'The claim that the pier was unsafe spread.', "Hale's boat that sank was old."],
    },
    {
      id: 'promise-to',
      takes: 'to',
      words: ['promise', 'pledge', 'vow', 'threat', 'refusal'],
      reason:
        'A noun of promising or threatening with a possessor and a "to" infinitive reports what the possessor said they would do ("Lima\'s pledge to reopen the pier"); plans and decisions are acts, not words, and are left.',
      examples: ["Voters cheered Lima's pledge to reopen the pier.", "Hale's threat to sue the board surprised nobody."],
      lookalikes: [
        "Voters cheered Lima's pledge.",
        "Hale's trip to the board was short.",
        'The pledge to reopen the pier was popular.',
        "Hale's plan to sell the pier failed.",
      ],
    },
  ],
  (entry, text) => sayingNounRe(entry).test(text),
);

/** A possessor that names someone ("Hale's", "the union's") or "her", then one of the entry's nouns and its "that" or "to". */
function sayingNounRe(entry: SayingNounEntry): RegExp {
  const nouns = entry.words.flatMap((w) => [w, `${w}s`]).join('|');
  return new RegExp(
    `(?<![\\p{L}])((?:\\p{Lu}[\\p{L}.-]*\\s+){0,2}\\p{Lu}[\\p{L}.-]*['’]s?|her)\\s+(?:${nouns})\\s+(${entry.takes})\\s+(?=\\p{L})`,
    'gu',
  );
}

/** The patterns of SAYING_NOUN_TABLE, for the quotes pass: group 1 is the possessor, group 2 the "that" or "to". */
export const SAYING_NOUN_PATTERNS: readonly { id: string; takes: 'that' | 'to'; re: RegExp }[] = SAYING_NOUN_TABLE.entries.map((e) => ({
  id: e.id,
  takes: e.takes,
  re: sayingNounRe(e),
}));

/** One shape of the words after a verb of saying that make them the clause it reports, not its speaker. */
export interface ClauseNotSpeakerEntry extends RuleEntry {
  /** The shape, searched in the words between the verb and the next comma. */
  readonly pattern: RegExp;
}

/**
 * Words after a verb of saying that are a clause, not the speaker of an inverted attribution
 * ("…, says Moss, …", "…, said Tom Hale."): "Paradis, a teacher, says she is an independent,
 * although …" reports "she is an independent" and names Paradis before the verb.
 */
export const CLAUSE_NOT_SPEAKER_TABLE = ruleTable<ClauseNotSpeakerEntry>(
  'clauses after a verb of saying that are not its speaker',
  [
    {
      id: 'subject-pronoun',
      pattern: /(?<![\p{L}'’-])(?:he|she|they|we|I|you)(?![\p{L}'’-])/u,
      reason:
        'A subject pronoun after the verb ("says she identifies as …", "said Wednesday he agrees …") opens the reported clause; a speaker named after the verb is a name or a description, never a pronoun with words after it.',
      examples: [
        'Ana Lima, a teacher from Salem, says she identifies as an independent, although she votes with the left.',
        'Tom Hale, who backed the plan on Tuesday, said Wednesday he agrees with the board, at least for now.',
      ],
      lookalikes: ['The key to the harbour, says Ana Lima, is the ferry.', 'The pier will reopen in May, said Tom Hale, the mayor.'],
    },
    {
      id: 'auxiliary',
      pattern:
        /(?<![\p{L}'’-])(?:is|are|was|were|has|have|had|will|would|could|should|must|might|does|did|isn['’]t|wasn['’]t|won['’]t|can['’]t)(?![\p{L}'’-])/u,
      reason:
        'An auxiliary or a modal in lower case after the verb ("said the flag was removed", "said the vote would come") is the predicate of the reported clause, which a name or a description of the speaker never has.',
      examples: [
        'Tom Hale, the deputy mayor, said the flag was removed for good, not just for the fair.',
        'Ana Lima, 27, a nurse in Salem, said the vote would come up often, but only in jest.',
      ],
      lookalikes: ['The fares will rise, said the head of the Harbour Board, Tom Hale.', 'The pier is safe, says Will Hale, the engineer.'],
    },
  ],
  (entry, text) => {
    const verb = /\b(?:said|says)\s/u.exec(text);
    return verb !== null && entry.pattern.test(text.slice(verb.index + verb[0].length).split(',')[0]!);
  },
);

/** Whether the words right after a verb of saying, up to their comma, are the clause it reports rather than a speaker's name. */
export function isClauseNotSpeaker(words: string): boolean {
  return CLAUSE_NOT_SPEAKER_TABLE.entries.some((e) => e.pattern.test(words));
}
