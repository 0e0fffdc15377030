/**
 * Capitalised tokens that look like the acronym of a body but are not one: words shouted in
 * capitals ("BREAKING", "FILE PHOTO"), units and formats, Roman numerals, and the acronyms of
 * common things ("GDP", "HIV", "IPO"). An acronym becomes an organisation only on evidence (it is
 * defined, it speaks, someone speaks for it); these never do.
 */
import { ruleTable } from './table';
import { hasListedWord, type WordListEntry } from './word-lists';

/** Tokens in capitals that are not names, by kind. */
export const NOT_A_NAME_TABLE = ruleTable<WordListEntry>(
  'capitals that are not names',
  [
    {
      id: 'words-in-capitals',
      words: [
        'I',
        'A',
        'AN',
        'THE',
        'OK',
        'NO',
        'OR',
        'AND',
        'IN',
        'ON',
        'AT',
        'TO',
        'OF',
        'BY',
        'FILE',
        'PHOTO',
        'VIDEO',
        'UPDATE',
        'BREAKING',
        'NEW',
        'LIVE',
        'READ',
        'MORE',
        'WATCH',
        'SEE',
        'ALSO',
      ],
      reason: 'Ordinary words written in capitals (labels, shouted headlines) are not acronyms.',
      examples: ['BREAKING: the port is closed.', 'FILE PHOTO of the harbour.'],
      lookalikes: ['Breaking news came late.'],
    },
    {
      id: 'titles-in-capitals',
      words: ['MR', 'MRS', 'MS', 'DR', 'JR', 'SR', 'MP', 'MPS', 'CEO', 'CFO', 'VIP'],
      reason: 'Titles and ranks in capitals describe a person, not a body ("the CEO", "an MP").',
      examples: ['The CEO resigned.', 'The MP voted against.'],
      lookalikes: ['The chief executive resigned.'],
    },
    {
      id: 'units-formats-and-times',
      words: [
        'TV',
        'AM',
        'PM',
        'EST',
        'GMT',
        'UTC',
        'PDF',
        'FAQ',
        'FAQS',
        'URL',
        'HTML',
        'RSS',
        'HTTP',
        'HTTPS',
        'WWW',
        'USD',
        'EUR',
        'KM',
        'HQ',
        'ID',
        'AD',
        'BC',
        'DC',
        'D.C.',
      ],
      reason: 'Units, formats, times and currencies are written as acronyms but name no body.',
      examples: ['The vote closes at 8 PM EST.', 'It costs 5 USD.'],
      lookalikes: ['The vote closes at eight.'],
    },
    {
      id: 'roman-numerals',
      words: ['II', 'III', 'IV', 'VI', 'VII', 'VIII', 'IX', 'XI', 'XII'],
      reason: 'Roman numerals after names and in titles ("Henry Ford II", "World War II") are not acronyms.',
      examples: ['Henry Ford II spoke.', 'After World War II the port grew.'],
      lookalikes: ['Henry Ford spoke.'],
    },
    {
      id: 'common-things',
      words: [
        'GDP',
        'AI',
        'COVID',
        'HIV',
        'AIDS',
        'DNA',
        'IPO',
        'EBITDA',
        'VR',
        'AR',
        'PC',
        'ASAP',
        'SUV',
        'ATM',
        'ETF',
        'IQ',
        'IT',
        'PR',
        'QR',
        'GPS',
        'LED',
        'USB',
        'CPU',
        'FAQ',
        'LGBT',
        'LGBTQ',
        'MVP',
        'RSVP',
      ],
      reason: 'Acronyms of common things, diseases and measures ("GDP", "HIV", "an IPO", "VR headsets") name no body that could speak.',
      examples: ['GDP grew by 2 per cent.', 'The IPO was delayed.', 'HIV rates fell.'],
      lookalikes: ['The IMF said growth slowed.', 'The NFL fined him.'],
    },
    {
      id: 'agency-credits',
      words: ['AP', 'AFP'],
      reason: 'News agencies in capitals mostly appear in datelines and photo credits ("(AP)", "AFP/Getty"), not as speakers.',
      examples: ['NAIROBI (AP) — The rains came.', 'Photo: AFP'],
      lookalikes: ['The agency reported it.'],
    },
  ],
  (entry, text) => hasListedWord(entry.words, text, true),
);

/** Every capitalised token above (dots removed). */
export const NOT_NAMES: ReadonlySet<string> = new Set(NOT_A_NAME_TABLE.entries.flatMap((e) => e.words.map((w) => w.replace(/\./g, ''))));

/** Acronyms of common things, which never become organisations on their own. */
export const COMMON_ACRONYMS: ReadonlySet<string> = new Set(
  NOT_A_NAME_TABLE.entries.filter((e) => e.id === 'common-things').flatMap((e) => e.words),
);
