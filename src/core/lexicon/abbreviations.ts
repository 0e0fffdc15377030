/**
 * Abbreviations whose full stop does not end a sentence. Titles and ranks before a name never end
 * one ("Gen. Tomas Berg"); the others usually do not, but may ("troops left the U.S. The talks
 * ended."), which the splitters decide from the next word. Shared by the page's sentence splitter
 * (segment.ts) and the builder's.
 */
import { ruleTable } from './table';
import { MONTH_ABBREVIATIONS } from './time';
import type { WordListEntry } from './word-lists';

/** A group of abbreviations, written lower case without the full stop. */
export interface AbbreviationEntry extends WordListEntry {
  /** Whether a name always follows, so that the full stop never ends a sentence. */
  readonly beforeName: boolean;
}

/** Abbreviations by kind, with sentences that show the full stop going on. */
export const ABBREVIATIONS_TABLE = ruleTable<AbbreviationEntry>(
  'abbreviations',
  [
    {
      id: 'titles-and-ranks',
      words: [
        'mr',
        'mrs',
        'ms',
        'dr',
        'prof',
        'gen',
        'maj',
        'lt',
        'col',
        'capt',
        'cpt',
        'sgt',
        'cpl',
        'pvt',
        'adm',
        'cmdr',
        'cdr',
        'brig',
        'gov',
        'sen',
        'sens',
        'rep',
        'reps',
        'rev',
        'hon',
        'pres',
        'amb',
        'supt',
        'insp',
        'mt',
        'ft',
        'st',
      ],
      beforeName: true,
      reason: 'A title, rank or place prefix is followed by a name, so its full stop never ends the sentence.',
      examples: ['Gen. Tomas Berg arrived.', 'Sen. Ana Lima voted.', 'Sens. Ana Lima and Tom Berg voted.', 'They flew to St. Louis.'],
      lookalikes: ['The general arrived.', 'Mrs Smith arrived.', 'The sensors and repairs were late.'],
    },
    {
      id: 'name-suffixes-and-references',
      words: ['sr', 'jr', 'no', 'nos', 'vs', 'approx', 'dept', 'univ', 'est', 'fig', 'al'],
      beforeName: false,
      reason: 'Name suffixes, numbers and references ("Jr.", "No. 3", "et al.") usually go on after their full stop.',
      examples: ['Martin Luther King Jr. spoke.', 'It ranked No. 3 in the poll.'],
      lookalikes: ['The juniors spoke.', 'Nobody ranked it.'],
    },
    {
      id: 'company-abbreviations',
      words: ['inc', 'ltd', 'co', 'corp', 'etc'],
      beforeName: false,
      reason: 'Company forms ("Acme Inc.") and "etc." are often followed by more of the sentence.',
      examples: ['Acme Inc. said profits rose.', 'Fuel, food, etc. got dearer.'],
      lookalikes: ['The income rose.', 'The corporation said profits rose.'],
    },
  ],
  (entry, text) => new RegExp(`(?<![\\p{L}])(?:${entry.words.join('|')})\\.\\s`, 'iu').test(text),
);

const wordsOf = (id: string): readonly string[] => ABBREVIATIONS_TABLE.entries.find((e) => e.id === id)!.words;

/** Titles and ranks before a name: a full stop after them never ends a sentence. */
export const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set(wordsOf('titles-and-ranks'));

/** Abbreviations that may end a sentence: suffixes, references and months (the page's splitter uses these). */
export const SENTENCE_ABBREVIATIONS: ReadonlySet<string> = new Set([...wordsOf('name-suffixes-and-references'), ...MONTH_ABBREVIATIONS]);

/** Company forms and "etc.", which the builder's splitter also reads as abbreviations. */
export const COMPANY_ABBREVIATIONS: ReadonlySet<string> = new Set(wordsOf('company-abbreviations'));
