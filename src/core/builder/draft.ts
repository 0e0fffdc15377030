/**
 * The one draft the builder's passes work on, and the runner that applies them in order.
 *
 * `createDraft` holds the article's text and nothing else; each pass (segment, tag, candidates,
 * people, organisations, mentions, quotes, speakers, coreference, claims) fills in its part of the
 * draft and returns it, so every pass can be run and tested on its own after the ones it reads.
 * A pass that throws on a strange article is skipped with a warning: the draft that comes out is
 * still a pack, only poorer, because an article is untrusted input and must never break the popup.
 */
import type { DraftClaim } from './claims';
import type { DraftActor, Mention } from './actors';
import type { Decision } from './decision';
import type { Assertion, DraftQuote } from './quotes';
import { foldPunctuation, type QuoteSpan, type Sentence, type Span } from './text';

/** A word of the article with compromise's tags for it. */
export interface Token {
  /** The word, without a trailing full stop or possessive ending. */
  text: string;
  /** Offset of the first character. */
  start: number;
  /** Offset just past the word (before a stripped full stop or possessive). */
  end: number;
  /** Whether it starts with a capital ("al-Sudani" counts). */
  isCap: boolean;
  /** Whether "'s" or a bare "'" followed it. */
  isPossessive: boolean;
  /** Whether a full stop followed it directly ("Gen.", "A."). */
  hasDot: boolean;
  /** Index of its sentence. */
  sentence: number;
  /** Whether it is the first word of its sentence. */
  isSentenceStart: boolean;
}

/** A paragraph (a line of the text) that is page furniture rather than story. */
export interface FurnitureLine extends Span {
  /** The rule that recognised it ("photo-credit", "related-link"). */
  rule: string;
}

/** How a candidate name reads as a person's name: the words after any title, and the title. */
export interface PersonReading {
  /** The name's words, titles and honorifics removed ("Pat", "Ryder"). */
  words: string[];
  /** Offset of the first word of the name. */
  start: number;
  /** The title before the name, when one was found ("Defense Secretary"). */
  title?: string;
  /** Words before the name that describe the person ("Harbour Master", "Ridgebacks DL"). */
  role?: string;
  /** The country named before the title ("US Major General …", "Iraq's Prime Minister …"). */
  titleCountry?: string;
  /** False when the first word reads as a common word, not a first name ("Donor Vance" in a headline). */
  firstIsName?: boolean;
}

/** A candidate name: a run of capitalised words, or a transcript's speaker label. */
export interface NameCandidate {
  /** Where it came from. */
  source: 'sequence' | 'label';
  /** Offset of the run's first character. */
  start: number;
  /** Offset just past the run. */
  end: number;
  /** The run as written ("U.S. Central Command", "Sen. Ana Lima"). */
  text: string;
  /** The run's words (empty for a label, whose words are not the article's case). */
  tokens: Token[];
  /** The run read as a person's name; absent when it cannot be one (a lone title). */
  person?: PersonReading;
  /** A country form that opens the run ("US" in "US Central Command"). */
  leadCountry?: string;
  /** Whether the run stands in a Title Case line (a headline), where capitals say nothing. */
  inTitleLine?: boolean;
  /** What the people pass decided the run is. */
  kind?: 'person' | 'organisation' | 'none';
}

/**
 * Who said what, before speakers are resolved to actors: the words, whether they are in
 * quotation marks, the cue that reports them, and where in the text the source is named.
 */
export interface Attribution {
  /** The words, verbatim, with offsets. */
  content: Span;
  /** The sentence the words come from. */
  sentence: Sentence;
  /** Whether the words are in quotation marks. */
  direct: boolean;
  /** The cue (a speech verb, "according to", a dash before a name), lower case, or "" when none. */
  cue: string;
  /** Offsets of the words that name the source, when the sentence names one. */
  source?: Span;
  /** How the source was found (which rule), for the reviewer. */
  how: string;
  /** The speaker's actor id, once resolved; undefined while unresolved. */
  speaker?: string;
  /** The article's words for a source that is no actor ("police", "a senior official"). */
  genericSource?: string;
  /** Why this speaker: the rule and the features that decided. */
  because?: string[];
  /** Whether the clause reports a denial of someone else's words ("rejected claims that …"). */
  denial?: boolean;
  /** Whether this quotation runs on from the paragraph before without attribution of its own. */
  continued?: boolean;
  /**
   * Whether the words are too few to quote ("Lima said so", "he said no"): the attribution is kept
   * only so that the pronouns after it know who spoke last, and never becomes a quote or a claim.
   */
  tracksOnly?: boolean;
}

/** The builder's working state for one article. */
export interface Draft {
  /** The article's text, line breaks normalised. */
  readonly text: string;
  /** The same text with curly quotation marks and apostrophes made straight, offset for offset. */
  readonly folded: string;
  /** Sentences in reading order. */
  sentences: Sentence[];
  /** Paragraphs (non-empty lines) in reading order. */
  paragraphs: Span[];
  /** Lines of page furniture: credits, captions, bylines, links. */
  furniture: FurnitureLine[];
  /** Quotation spans of the story (not titles, not furniture). */
  quoteSpans: QuoteSpan[];
  /** Quotation spans read as titles of works or names ("Sunday Roundtable"), kept apart. */
  titleSpans: QuoteSpan[];
  /** Words with their positions. */
  tokens: Token[];
  /** compromise's tags by the offset of the word they tag. */
  tagsAt: Map<number, Set<string>>;
  /** The article's common nouns, lower case (claims pick topics from them). */
  nouns: Set<string>;
  /** Candidate names. */
  candidates: NameCandidate[];
  /** The actors found so far. */
  actors: DraftActor[];
  /** Where the actors are named. */
  mentions: Mention[];
  /** Surnames two or more people share (lower case → their actor ids): the surname alone is no form of either. */
  sharedSurnames: Map<string, string[]>;
  /** Who said what, as found. */
  attributions: Attribution[];
  /** The pack's quotes, made from the attributions. */
  quotes: DraftQuote[];
  /** Assertions (the raw material of claims), made from the attributions. */
  assertions: Assertion[];
  /** Claims and their oppositions. */
  claims: DraftClaim[];
  /** Decisions that weighed several signals, with their reasons. */
  decisions: Decision[];
  /** Plain-language notes for the reviewer. */
  warnings: string[];
}

/** A pass: reads the draft, fills in its part, returns it. */
export type Pass = (draft: Draft) => Draft;

/** An empty draft for a text (already normalised by the caller). */
export function createDraft(text: string): Draft {
  return {
    text,
    folded: foldPunctuation(text),
    sentences: [],
    paragraphs: [],
    furniture: [],
    quoteSpans: [],
    titleSpans: [],
    tokens: [],
    tagsAt: new Map(),
    nouns: new Set(),
    candidates: [],
    actors: [],
    mentions: [],
    sharedSurnames: new Map(),
    attributions: [],
    quotes: [],
    assertions: [],
    claims: [],
    decisions: [],
    warnings: [],
  };
}

/** Called as each pass starts: its name, its index (the passes done so far) and how many passes there are. */
export type OnPassStart = (name: string, done: number, total: number) => void;

/**
 * Runs the passes in order. A pass that throws is skipped with a warning for the reviewer, and
 * the next passes run on what the draft holds, so an odd article gives a poorer pack, never none.
 * `onPassStart` is told of each pass before it runs (the review page shows it as progress); it is
 * called outside the pass's guard, so that a failing listener is not mistaken for a failing pass.
 */
export function runPasses(draft: Draft, passes: ReadonlyArray<readonly [name: string, pass: Pass]>, onPassStart?: OnPassStart): Draft {
  let current = draft;
  for (const [index, [name, pass]] of passes.entries()) {
    onPassStart?.(name, index, passes.length);
    try {
      current = pass(current);
    } catch (error) {
      current.warnings.push(
        `The ${name} step failed on this article and was skipped (${error instanceof Error ? error.message : String(error)}); check the draft with care.`,
      );
    }
  }
  return current;
}

/** Whether an offset falls inside one of the spans. */
export function isInside(spans: ReadonlyArray<{ start: number; end: number }>, offset: number): boolean {
  return spans.some((s) => offset >= s.start && offset < s.end);
}
