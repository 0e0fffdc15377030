/**
 * Page furniture: the words and lines a news page carries besides the story (photo credits,
 * captions, bylines, "Related:" links, tickers). They are capitalised and name people and outlets,
 * but nobody in them speaks in the story.
 */
import { ruleTable, type RuleEntry } from './table';
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

/** A rule for a line (or a stretch of a line) of page furniture. */
export interface FurnitureRule extends RuleEntry {
  /** What it matches: a whole line, or a stretch inside a line. */
  readonly scope: 'line' | 'inline';
  /** The pattern; a line rule is tested on the trimmed line. */
  readonly pattern: RegExp;
}

/**
 * Lines and stretches that are page furniture, not story: nobody in them speaks, and the names in
 * them (photographers, reporters, outlets, tickers) are not the story's actors.
 */
export const FURNITURE_RULES = ruleTable<FurnitureRule>(
  'furniture',
  [
    {
      id: 'photo-credit',
      scope: 'line',
      pattern:
        /^(?:\(?(?:photo|image|picture|video|graphic|illustration|credit)s?(?:\s+(?:credit|courtesy|by))?\s*[:|/—–-]|.{0,120}\b(?:Getty Images|AP Photo|Shutterstock|EPA-EFE|Reuters\/|AFP\/|\/AFP|\/Getty|\/Reuters)\b.{0,60}$)/iu,
      reason: 'Photo and video credits name photographers and agencies, who are not part of the story.',
      examples: ['Photo: Jane Doe/Getty Images', 'Video credit: Reuters', 'Protesters at the gate. (AP Photo/Vincent Yu)'],
      lookalikes: ['The photographer Jane Doe said she was hit.', 'Getty is a common name.'],
    },
    {
      id: 'byline',
      scope: 'line',
      pattern:
        /^(?:(?:[Bb]y|[Ww]ritten by|[Rr]eporting by|[Aa]dditional reporting by|[Ee]diting by|[Cc]ompiled by)\s+\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|and|&|de|van|von))*(?:\s*[,|;]\s*[^.!?]{0,80})?|\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3},\s+(?:[\p{L}'’]+\s+){0,4}(?:correspondent|editor|reporter|writer|columnist|contributor|producer))$/u,
      reason: "Bylines and reporters' signatures name the journalist, who is a conduit, not a speaker.",
      examples: ['By Jane Doe and Tom Hale', 'Julia Renard, KTV diplomatic correspondent', 'Reporting by Ana Lima; Editing by Tom Hale'],
      lookalikes: ['By Monday the talks had ended.', 'Jane Doe, the minister, said no.'],
    },
    {
      id: 'link-label',
      scope: 'line',
      pattern:
        /^(?:related(?:\s+(?:stories|articles|coverage|content))?|read more|read next|more|see also|also read|also see|recommended|watch|listen|profile|timeline|explainer|live|follow\s+.{1,60}\s+on\s+(?:twitter|facebook|instagram).*|sign up.*|subscribe.*|advertisement|abstract|full text|click here.*)\s*(?:[:|—–>-].*)?\.?$/iu,
      reason: 'Links to other stories, section labels and "Follow X on Twitter" lines are not the story.',
      examples: [
        'Related: Port reopens after storm',
        'READ MORE: The port reopens',
        'Follow Jo Marsh on Twitter @jomarshNEWS.',
        'FULL TEXT.',
      ],
      lookalikes: ['More than 400 people were hurt.', 'Related talks will follow next week, the minister said.'],
    },
    {
      id: 'tweet-signature',
      scope: 'line',
      pattern: /^(?:[—–-]\s*)?[^()\n]{1,80}\(@\w{1,30}\)\s+\p{Lu}\p{L}+\.?\s+\d{1,2},\s+\d{4}$|pic\.twitter\.com\/\w+\s*$/u,
      reason: "An embedded tweet ends with its author's handle and date; the line itself is a signature, not speech.",
      examples: ['— Rep. Dana Ferris (@DanaFerris) March 3, 2021', 'We must act now. pic.twitter.com/s96jjh8AlD'],
      lookalikes: ['Ferris wrote on Twitter on March 3, 2021 that she forgave him.'],
    },
    {
      id: 'via-credit',
      scope: 'inline',
      pattern:
        /(?<![\p{L}])(?:via|h\/t|hat tip:?|\(via)\s+(?:the\s+)?@?\p{Lu}[\p{L}\p{N}.&'’-]*(?:\s+\p{Lu}[\p{L}\p{N}.&'’-]*){0,4}(?:\s+(?:of|at|for|from)\s+(?:the\s+)?\p{Lu}[\p{L}\p{N}.&'’-]*(?:\s+\p{Lu}[\p{L}\p{N}.&'’-]*){0,4})?\)?/u,
      reason: 'A "via" credit names the outlet that carried a quotation, not its speaker ("said Sunday via Daily Courier").',
      examples: [
        '"We settle it on the field," Tolliver said via Daily Courier.',
        'The clip (via Twitter) spread fast.',
        '"We lost," Kowal said, via Ian Poole of the Elmford Gazette.',
      ],
      lookalikes: ['The aid came via a land route.', 'Viacom said profits rose.'],
    },
    {
      id: 'stock-ticker',
      scope: 'inline',
      pattern:
        /\(\s*(?:NYSE|NASDAQ|Nasdaq|NYSE American|AMEX|LSE|TSX|NSE|BSE|ASX|HKEX|OTC)\s*:\s*[A-Z][A-Z0-9.]{0,6}\s*\)|(?<![\p{L}\p{N}])\$[A-Z]{1,5}(?![\p{L}\p{N}])/u,
      reason: 'Stock tickers ("(NASDAQ: GOOGL)", "$TSLA") are codes for a company, not names of an actor.',
      examples: ['Alphabet (NASDAQ: GOOGL) rose.', 'Shares of $TSLA fell.'],
      lookalikes: ['The NASDAQ index rose.', 'It cost $40 million.'],
    },
  ],
  (entry, text) => entry.pattern.test(entry.scope === 'line' ? text.trim() : text),
);
