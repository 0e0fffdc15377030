/**
 * The closed classes of English: determiners, pronouns, conjunctions, prepositions, auxiliaries
 * and the adverbs that open clauses. Capitalised at the start of a sentence they look like names,
 * and they never start or end one; claims do not take their topics from them either.
 */
import { ruleTable } from './table';
import { hasListedWord, lowerSet, type WordListEntry } from './word-lists';

/** Every pronoun with every contracted verb, with the straight and the curly apostrophe ("i've", "we’ll"). */
function contractions(pronouns: readonly string[], endings: readonly string[]): string[] {
  return pronouns.flatMap((p) => endings.flatMap((e) => [`${p}'${e}`, `${p}’${e}`]));
}

/** Closed-class words by kind, lower case. */
export const FUNCTION_WORD_TABLE = ruleTable<WordListEntry>(
  'function words',
  [
    {
      id: 'determiners-and-quantifiers',
      words: ['the', 'a', 'an', 'this', 'that', 'these', 'those', 'some', 'many', 'most', 'all', 'both', 'each', 'other', 'such', 'no'],
      reason: 'Determiners and quantifiers open noun phrases, capitalised at a sentence start, and are never part of a name.',
      examples: ['The report came out.', 'Some analysts disagreed.'],
      lookalikes: ['Theodore Brannon spoke.', 'Thatcher resigned.'],
    },
    {
      id: 'pronouns',
      words: ['he', 'she', 'it', 'they', 'we', 'i', 'you'],
      reason: 'Pronouns stand for a name without being one.',
      examples: ['She said the talks would resume.', 'They left.'],
      lookalikes: ['Hershey said profits rose.', 'Theyre Street is closed.'],
    },
    {
      id: 'possessive-determiners',
      words: ['his', 'her', 'its', 'their', 'our', 'my', 'your'],
      reason:
        'Possessive determiners stand for a name before a noun ("their offer"); a name right after one modifies the noun and is not the subject ("his White House bid").',
      examples: ['Their offer stands.', 'His bid failed.'],
      lookalikes: ['Theirry Henry scored.', 'Hisham Matar wrote it.'],
    },
    {
      id: 'conjunctions-and-prepositions',
      words: [
        'but',
        'and',
        'or',
        'nor',
        'so',
        'if',
        'when',
        'while',
        'as',
        'for',
        'in',
        'on',
        'at',
        'to',
        'of',
        'by',
        'from',
        'with',
        'after',
        'before',
        'during',
        'since',
        'until',
        'neither',
        'either',
        'whether',
        'although',
        'though',
        'because',
        'unless',
        'unlike',
        'despite',
        'like',
        'than',
        'about',
        'against',
        'between',
        'through',
        'without',
        'within',
        'among',
        'amid',
        'upon',
        'into',
        'onto',
        'toward',
        'towards',
        'including',
      ],
      reason: 'Conjunctions and prepositions open clauses and phrases, capitalised at a sentence start.',
      examples: ['But the mayor disagreed.', 'After the vote, talks ended.'],
      lookalikes: ['Butler resigned.', 'Witherspoon won.'],
    },
    {
      id: 'auxiliaries',
      words: ['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'could', 'should', 'not', 'yes'],
      reason: 'Auxiliaries and modals open questions and inverted clauses ("Will the troops stay?").',
      examples: ['Will the troops stay?', 'Has the vote been held?'],
      lookalikes: ['Willis resigned.', 'Hastings won.'],
    },
    {
      id: 'clause-adverbs',
      words: [
        'there',
        'here',
        'what',
        'who',
        'why',
        'how',
        'where',
        'which',
        'however',
        'meanwhile',
        'also',
        'then',
        'now',
        'even',
        'just',
        'back',
        'early',
        'late',
        'last',
        'next',
      ],
      reason: 'Question words and sentence adverbs open clauses and are never part of a name.',
      examples: ['However, the court disagreed.', 'Meanwhile talks continued.'],
      lookalikes: ['Howell resigned.', 'Nowak spoke.'],
    },
    {
      id: 'indefinite-pronouns',
      words: ['others', 'another', 'everyone', 'someone', 'anyone', 'nobody', 'everybody', 'somebody', 'anybody', 'none', 'several', 'few'],
      reason: 'Indefinite pronouns stand for people without naming anyone ("Others call it a farce").',
      examples: ['Others call it a farce.', 'Everyone agreed.'],
      lookalikes: ['Otherson called it a farce.'],
    },
    {
      id: 'pronoun-contractions',
      words: contractions(
        ['i', 'you', 'we', 'they', 'he', 'she', 'it', 'there', 'that', 'who', 'what', 'let'],
        ['ve', 'll', 're', 'd', 'm', 's'],
      ),
      reason: 'A pronoun with a contracted verb ("I\'ve", "We\'ll") opens a clause, capitalised at its start, and is never a name.',
      examples: ["I've said it before.", 'We’ll see, she said.'],
      lookalikes: ['Ive Karlsen said it before.', 'Well, she said.'],
    },
    {
      id: 'sentence-openers',
      words: ['according', 'asked', 'explaining'],
      reason: 'Speech words that open a sentence before a name ("According to Lima", "Asked about it, Lima said").',
      examples: ['According to Lima, the port is open.', 'Asked about it, Lima said no.'],
      lookalikes: ['Askew said no.'],
    },
  ],
  (entry, text) => hasListedWord(entry.words, text),
);

/** Every closed-class word above, lower case. */
export const CLOSED_CLASS_WORDS: ReadonlySet<string> = lowerSet(FUNCTION_WORD_TABLE.entries);

/** The closed classes proper (no adverbs): words that are never a name's only form ("He", "An", "The"). */
export const FUNCTION_WORDS: ReadonlySet<string> = lowerSet(
  FUNCTION_WORD_TABLE.entries.filter((e) => e.id !== 'clause-adverbs' && e.id !== 'sentence-openers'),
);

/** Possessive determiners ("his", "their"), lower case. */
export const POSSESSIVE_DETERMINERS: ReadonlySet<string> = lowerSet(
  FUNCTION_WORD_TABLE.entries.filter((e) => e.id === 'possessive-determiners'),
);

/** Personal pronouns that stand for a person ("he", "she"), lower case. */
export const PERSON_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'him', 'her']);

/** Pronouns that stand for a body or a group ("it", "they"), lower case. */
export const THING_PRONOUNS: ReadonlySet<string> = new Set(['it', 'they']);
