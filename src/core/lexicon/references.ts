/**
 * Nouns that refer back to an actor named before them: "the company", "the regulator", "the
 * senator", "the statement". The builder's coreference pass resolves them to the actor that
 * fits; the kind of actor each noun can stand for is listed here, once. (descriptions.ts holds
 * the stance reader's descriptions of armed groups, matched as whole phrases.)
 */
import { nounForms } from './morphology';
import { ruleTable } from './table';
import { hasListedWord, type WordListEntry } from './word-lists';

/** A group of nouns that describe one kind of actor. */
export interface ReferenceEntry extends WordListEntry {
  /** What the description can stand for: a body (and which kind), a person, or the last speaker (a statement, a letter). */
  readonly refersTo: 'company' | 'public-body' | 'body' | 'military' | 'person' | 'speaker';
}

/** Nouns that, after "the", stand for an actor named earlier. */
export const REFERENCE_TABLE = ruleTable<ReferenceEntry>(
  'references',
  [
    {
      id: 'companies',
      refersTo: 'company',
      words: [
        'company',
        'firm',
        'business',
        'retailer',
        'carrier',
        'bank',
        'lender',
        'insurer',
        'startup',
        'studio',
        'label',
        'publisher',
        'developer',
        'maker',
        'manufacturer',
        'chain',
        'brokerage',
        'platform',
        'network',
        'giant',
      ],
      reason: 'A business is called "the company", "the firm", "the label" after its name.',
      examples: ['ShareDesk cut jobs. The company said the cuts were needed.'],
      lookalikes: ['ShareDesk cut jobs. The companion said so.'],
    },
    {
      id: 'public-bodies',
      refersTo: 'public-body',
      words: [
        'agency',
        'regulator',
        'ministry',
        'department',
        'authority',
        'government',
        'administration',
        'commission',
        'court',
        'office',
        'council',
        'prosecutor',
        'embassy',
        'watchdog',
      ],
      reason: 'A public body is called "the agency", "the regulator", "the ministry" after its name.',
      examples: ['The Competition Authority fined Lumora. The regulator said the fine was fair.'],
      lookalikes: ['The regulation said the fine was fair.'],
    },
    {
      id: 'bodies',
      refersTo: 'body',
      words: [
        'group',
        'organisation',
        'organization',
        'coalition',
        'union',
        'party',
        'association',
        'alliance',
        'campaign',
        'team',
        'club',
        'league',
        'charity',
        'foundation',
        'institute',
        'university',
      ],
      reason: 'A civil body is called "the group", "the union", "the coalition" after its name.',
      examples: ['The Deskworkers Coalition wrote to staff. The group said the layoffs were unfair.'],
      lookalikes: ['The grouping said so.'],
    },
    {
      id: 'armed-forces',
      refersTo: 'military',
      words: ['military', 'army', 'navy', 'police', 'command'],
      reason: 'Armed forces are called "the military", "the army" after their name.',
      examples: ['US troops struck. The military said 14 were killed.'],
      lookalikes: ['The militant said so.'],
    },
    {
      id: 'people-by-role',
      refersTo: 'person',
      words: [
        'president',
        'senator',
        'minister',
        'secretary',
        'governor',
        'mayor',
        'ambassador',
        'spokesman',
        'spokeswoman',
        'spokesperson',
        'lawyer',
        'attorney',
        'prosecutor',
        'judge',
        'official',
        'chairman',
        'chairwoman',
        'executive',
        'director',
        'analyst',
        'professor',
        'researcher',
        'economist',
        'candidate',
        'nominee',
        'congressman',
        'congresswoman',
        'lawmaker',
        'leader',
        'founder',
        'singer',
        'player',
        'coach',
        'author',
        'expert',
        'activist',
        'billionaire',
        'businessman',
        'businesswoman',
        'mogul',
        'tycoon',
        'magnate',
        'donor',
        'hopeful',
        'contender',
        'front-runner',
        'frontrunner',
        'incumbent',
        'challenger',
        'rival',
        'veteran',
        'star',
        'actor',
        'actress',
        'rapper',
        'comedian',
        'host',
        'anchor',
        'journalist',
        'reporter',
        'commentator',
        'pundit',
        'aide',
        'lobbyist',
        'governor',
        'representative',
        'republican',
        'democrat',
        'conservative',
        'liberal',
        'man',
        'woman',
        'father',
        'mother',
      ],
      reason: 'A person is called by their role after their name ("the senator", "the lawyer", "the singer").',
      examples: ['Ana Lima spoke first. The senator said the vote was close.'],
      lookalikes: ['Ana Lima spoke first. The Senate voted.'],
    },
    {
      id: 'statements',
      refersTo: 'speaker',
      words: ['statement', 'letter', 'email', 'memo', 'release', 'report', 'filing', 'complaint', 'post', 'tweet', 'note'],
      reason: 'A statement speaks for whoever issued it ("the statement continued", "the letter said").',
      examples: ['The union issued a statement. The statement said the strike would go on.'],
      lookalikes: ['The statesman said the strike would go on.'],
    },
  ],
  (entry, text) =>
    hasListedWord(
      entry.words.flatMap((w) => nounForms(w)).map((w) => `the ${w}`),
      text,
    ),
);

/** What a description noun (singular or plural, lower case) can stand for. */
export const REFERENCE_NOUNS: ReadonlyMap<string, ReferenceEntry['refersTo']> = new Map(
  REFERENCE_TABLE.entries.flatMap((e) => e.words.flatMap((w) => nounForms(w).map((f) => [f, e.refersTo] as const))),
);

/**
 * A noun for a body right before a name ("financial firm DK Halvorsen", "the brokerage Harlow"):
 * the name is an organisation's. One pattern for the people and the organisations passes.
 */
export const DESCRIBED_AS_BODY_RE = new RegExp(
  `(?<![\\p{L}])(?:${[...REFERENCE_NOUNS]
    .filter(([, k]) => k === 'company' || k === 'body' || k === 'public-body')
    .map(([w]) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|')})\\s+$`,
  'iu',
);

/** Verbs by which a body puts out a document, as their past forms ("released a report that …"). */
const ISSUING_VERBS = ['released', 'issued', 'published', 'put out', 'sent', 'filed', 'posted'];

/**
 * "X released two critical reports that depicted …", "X issued a statement that said …": a
 * document a body put out, then a relative "that" or "which", at the end of the words before a
 * speech verb. The document speaks for whoever issued it, so the subject of the issuing verb
 * (before the match) is the source. A statement noun from the table above, or a study or audit.
 */
export const ISSUED_DOCUMENT_RE = new RegExp(
  `(?<![\\p{L}])(?:${ISSUING_VERBS.join('|')})\\s+(?:[\\p{L}\\p{N}'’-]+\\s+){0,4}?(?:${[
    ...[...REFERENCE_NOUNS].filter(([, k]) => k === 'speaker').map(([w]) => w),
    ...['study', 'studies', 'audit', 'audits', 'analysis', 'review', 'reviews'],
  ].join('|')})\\s+(?:that|which)$`,
  'iu',
);
