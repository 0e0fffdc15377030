/**
 * Page furniture: the words and lines a news page carries besides the story (photo credits,
 * captions, bylines, "Related:" links, tickers). They are capitalised and name people and outlets,
 * but nobody in them speaks in the story.
 */
import { ruleTable } from './table';
import { hasListedWord, type WordListEntry } from './word-lists';

/** Words of page furniture that open a line and are not names. */
export const FURNITURE_WORD_TABLE = ruleTable<WordListEntry>(
  'furniture words',
  [
    {
      id: 'furniture-labels',
      words: ['file', 'photo', 'read', 'more', 'related'],
      reason: 'Labels of pictures and links ("FILE PHOTO", "Read more", "Related") are capitalised but name nobody.',
      examples: ['File photo of the harbour.', 'Related: the port reopens.'],
      lookalikes: ['Filer resigned.', 'Readers wrote in.'],
    },
  ],
  (entry, text) => hasListedWord(entry.words, text),
);

/** Furniture labels, lower case. */
export const FURNITURE_WORDS: ReadonlySet<string> = new Set(FURNITURE_WORD_TABLE.entries.flatMap((e) => e.words));
