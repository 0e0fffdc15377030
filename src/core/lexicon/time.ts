/**
 * Words of time: days, months and the relative days of news prose. They are capitalised (or open
 * sentences) without naming anyone, and they tell when a statement was made ("said on Monday").
 * Listed once here for the builder, the sentence splitter and the context rules.
 */
import { ruleTable } from './table';
import { hasListedWord, lowerSet, type WordListEntry } from './word-lists';

/** A group of time words; `capitalised` ones count only as written ("May", not "may"). */
export interface TimeWordEntry extends WordListEntry {
  /** Whether only the capitalised form is this word (months that are also verbs). */
  readonly capitalised: boolean;
}

/** Days, months and relative days, each with the sentences that show them. */
export const TIME_WORDS = ruleTable<TimeWordEntry>(
  'time words',
  [
    {
      id: 'weekdays',
      words: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
      capitalised: false,
      reason: 'Days of the week are capitalised but name nobody, and they date a statement ("said on Monday").',
      examples: ['The minister said on Monday that talks would resume.', "Sunday's vote was close."],
      lookalikes: ['Walter Mondale spoke.', 'The Sundance festival opened.'],
    },
    {
      id: 'months',
      words: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
      capitalised: true,
      reason: 'Months are capitalised but name nobody; "May" and "March" are also a verb, so only the capital counts.',
      examples: ['Talks resume in March.', 'The law took effect in May.'],
      lookalikes: ['Protesters march on the capital.', 'It may rain.', 'Theresa Mayhew spoke.'],
    },
    {
      id: 'month-abbreviations',
      words: ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'Jun.', 'Jul.', 'Aug.', 'Sep.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'],
      capitalised: true,
      reason: 'Abbreviated months ("Nov. 19") end in a full stop that does not end the sentence.',
      examples: ['The hearing is on Nov. 19 in Washington.'],
      lookalikes: ['The novel sold well.', 'Janet Yellen spoke.'],
    },
    {
      id: 'relative-days',
      words: ['today', 'tonight', 'yesterday', 'tomorrow'],
      capitalised: false,
      reason: 'Relative days date a statement and open sentences without naming anyone.',
      examples: ['Yesterday the court ruled.', 'The vote is today.'],
      lookalikes: ['Tomorrowland opened.', 'The Yesterdays played a reunion show.'],
    },
  ],
  (entry, text) => hasListedWord(entry.words, text, entry.capitalised),
);

const entry = (id: string): TimeWordEntry => TIME_WORDS.entries.find((e) => e.id === id)!;

/** The days of the week in lower case ("monday" …). */
export const WEEKDAYS: readonly string[] = entry('weekdays').words.map((w) => w.toLowerCase());

/** The months in lower case ("january" …). */
export const MONTHS: readonly string[] = entry('months').words.map((w) => w.toLowerCase());

/** Abbreviated months, lower case and without the full stop ("jan", "sept" …). */
export const MONTH_ABBREVIATIONS: readonly string[] = entry('month-abbreviations').words.map((w) => w.slice(0, -1).toLowerCase());

/** "today", "yesterday" …, lower case. */
export const RELATIVE_DAYS: readonly string[] = entry('relative-days').words;

/** Every time word above, lower case, abbreviations without their full stop. */
export const TIME_WORD_SET: ReadonlySet<string> = new Set([...lowerSet(TIME_WORDS.entries)].map((w) => w.replace(/\.$/, '')));

/** Spans of time that a determiner turns into a date ("last week", "this morning"), not into a subject. */
export const TIME_SPAN_TABLE = ruleTable<WordListEntry>(
  'time spans',
  [
    {
      id: 'spans-of-time',
      words: [
        'week',
        'weekend',
        'month',
        'year',
        'morning',
        'afternoon',
        'evening',
        'night',
        'spring',
        'summer',
        'fall',
        'autumn',
        'winter',
      ],
      reason:
        'After "this", "last" or "next" these nouns date a statement ("said last week that …"), while "this" alone opens a clause ("said this was a mistake").',
      examples: ['The mayor said last week that the pier would close.', 'She spoke this morning.'],
      lookalikes: ['The weekly vote was close.', 'A yearly report came out.'],
    },
  ],
  (entry, text) => hasListedWord(entry.words, text),
);

/** "week", "morning" …, lower case. */
export const TIME_SPANS: readonly string[] = TIME_SPAN_TABLE.entries.flatMap((e) => e.words);
