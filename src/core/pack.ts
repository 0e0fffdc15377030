/**
 * The article pack: what the extension knows about one article (its actors, their quotes, their
 * claims and the claims that oppose them). These zod schemas are the single source of truth; every
 * type is inferred from them, and every pack is parsed with `parsePack` wherever it enters
 * (embedded, imported, read back from storage).
 */
import * as z from 'zod';
import { isConceptId } from './lexicon/concepts';
import { migrateLegacyPack } from './pack-migration';

// zod compiles fast validators with `new Function` when it can. Extension pages forbid eval by
// CSP (and we promise none), so the attempt would only log a CSP violation: turn it off.
z.config({ jitless: true });

/**
 * The pack format this build reads and writes. Format 3 states claims as frames of the shared
 * concept vocabulary; format 1 (cue lists, the packs stored under storage layout 2) is migrated
 * when it is read, imported or stored (see `migrateLegacyPack`). There was no format 2: the
 * number was skipped so that the pack format and the storage layout that introduced it share it.
 * Newer formats are refused.
 */
export const PACK_SCHEMA_VERSION = 3;

/** The cue-list format that format 3 replaced; still read, and migrated on the way in. */
export const LEGACY_PACK_SCHEMA_VERSION = 1;

/** Upper bounds that keep a hostile or broken pack from exhausting memory or the matcher. */
export const PACK_LIMITS = {
  text: 200_000,
  shortString: 400,
  longString: 4_000,
  actors: 200,
  aliasesPerActor: 200,
  aliasesTotal: 5_000,
  quotes: 500,
  claims: 200,
  cueGroups: 12,
  termsPerGroup: 200,
} as const;

const id = z
  .string()
  .min(1, 'empty')
  .max(80, 'longer than 80 characters')
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens');

const shortText = z.string().trim().min(1, 'empty').max(PACK_LIMITS.shortString, `longer than ${PACK_LIMITS.shortString} characters`);
const longText = z.string().trim().min(1, 'empty').max(PACK_LIMITS.longString, `longer than ${PACK_LIMITS.longString} characters`);

/** A BCP 47 language tag such as `en` or `ar`. */
const languageTag = z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'must be a language tag such as "en" or "ar"');

/** A link the card may show; only http(s) so that a pack can never smuggle `javascript:` or `data:`. */
const webUrl = z
  .string()
  .max(2_000, 'longer than 2000 characters')
  .refine((value) => {
    try {
      const url = new URL(value);
      return url.protocol === 'https:' || url.protocol === 'http:';
    } catch {
      return false;
    }
  }, 'must be an http or https URL');

/** True for a YYYY-MM-DD string that names a day that exists (no 2024-02-30). */
function isCalendarDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** One written form of an actor's name and the rule for matching it. */
export const Alias = z.strictObject({
  /** The surface form as the press writes it ("al-Sudani", "ISIS", "السوداني"). */
  text: shortText,
  /** Acronyms are case-sensitive so that "Isis" the goddess is not ISIS. */
  caseSensitive: z.boolean().default(false),
  /**
   * False for forms that are ambiguous alone (a surname, "the coalition", "IS"): they count only
   * when the same page also names the actor by a standalone alias or the story's context.
   */
  standalone: z.boolean().default(true),
  /** Language of the form; its script decides word boundaries. */
  lang: languageTag.default('en'),
});
export type Alias = z.infer<typeof Alias>;

/** The kinds of actor the pack model knows; the options page lets users hide kinds. */
export const ActorKind = z.enum(['person', 'organization', 'armed-group', 'country', 'government', 'military']);
export type ActorKind = z.infer<typeof ActorKind>;

/** A person, group or state the article names. */
export const Actor = z.strictObject({
  /** Stable id other data refers to, such as `al-sudani`. */
  id,
  /** The name shown on cards. */
  name: shortText,
  /** What sort of actor this is. */
  kind: ActorKind,
  /** One line, such as "Prime Minister of Iraq". */
  role: shortText,
  /** A short neutral description drawn from the article. */
  description: longText,
  /** Whether mentions are highlighted by default; context actors are not. */
  highlight: z.boolean().default(true),
  /**
   * `broad` for an institution that appears in news of every kind (a country, a national army, a
   * group active worldwide): its mentions are highlighted only on a page about the story (one that
   * names a specific actor or states a claim) or about that actor itself. `specific` actors (the
   * people and bodies of this story) are highlighted wherever they are named.
   */
  scope: z.enum(['specific', 'broad']).default('specific'),
  /** Every form of the name the matcher looks for. */
  aliases: z
    .array(Alias)
    .min(1, 'needs at least one alias')
    .max(PACK_LIMITS.aliasesPerActor, `more than ${PACK_LIMITS.aliasesPerActor} aliases`),
});
export type Actor = z.infer<typeof Actor>;

/** A verbatim span of the article attributed to an actor. */
export const Quote = z.strictObject({
  /** Stable id claims refer to. */
  id,
  /**
   * The actor id of the speaker. Absent when the article names no speaker the builder could tie
   * to an actor: the quote is kept for the reviewer to attribute, and no card shows it meanwhile.
   */
  speaker: id.optional(),
  /** The article's words for a speaker who is no actor of the pack ("police", "a senior official"); only without `speaker`. */
  source: shortText.optional(),
  /** The exact words, which must occur in the pack's `text`. */
  text: longText,
  /** True when the article puts the words in quotation marks, false for reported speech. */
  direct: z.boolean(),
  /** The whole sentence of the article the quote comes from, also verbatim. */
  sentence: longText,
});
export type Quote = z.infer<typeof Quote>;

/** The id of a concept of the shared vocabulary (src/core/lexicon/concepts.ts). */
const conceptId = z.string().refine(isConceptId, { error: (issue) => `unknown concept "${String(issue.input)}"` });

/**
 * One place of a claim frame and what may fill it on a page: mentions of actors, the pack's own
 * words (names of things the vocabulary does not know, such as "foreign troops" or a place),
 * or concepts of the shared vocabulary.
 */
export const FrameSlot = z
  .strictObject({
    /** What fills the slot, in a few words ("ISIS", "US or coalition forces"). */
    label: shortText,
    /** Actor ids whose mentions fill it. */
    actors: z.array(id).default([]),
    /** Words or phrases of this story that fill it, matched case-insensitively on word boundaries. */
    terms: z.array(shortText).max(PACK_LIMITS.termsPerGroup, `more than ${PACK_LIMITS.termsPerGroup} terms`).default([]),
    /** Concepts whose words fill it. */
    concepts: z.array(conceptId).max(PACK_LIMITS.cueGroups, `more than ${PACK_LIMITS.cueGroups} concepts`).default([]),
  })
  .refine(
    (slot) => slot.actors.length > 0 || slot.terms.length > 0 || slot.concepts.length > 0,
    'needs at least one actor, term or concept',
  );
export type FrameSlot = z.infer<typeof FrameSlot>;

/**
 * What a claim does with its predicate. `asserted` and `negated` hold it true or deny it;
 * `continuing` ("still a threat") and `ended` ("no longer a threat") say it goes on or has
 * stopped; `demanded` ("troops should leave") asks for it; `reluctant` ("in no hurry to leave")
 * resists it. Opposite stances on one subject and predicate are opposing claims.
 */
export const ClaimStance = z.enum(['asserted', 'negated', 'continuing', 'ended', 'demanded', 'reluctant']);
export type ClaimStance = z.infer<typeof ClaimStance>;

/** The stance that opposes each stance on the same subject and predicate. */
export const OPPOSITE_STANCE: Readonly<Record<ClaimStance, ClaimStance>> = {
  asserted: 'negated',
  negated: 'asserted',
  continuing: 'ended',
  ended: 'continuing',
  demanded: 'reluctant',
  reluctant: 'demanded',
};

/** How a claim is recognised on other pages: who or what it is about, what it says of them, and how. */
export const ClaimFrame = z.strictObject({
  /** Who or what the claim is about; a sentence states the claim only when it names them. */
  subject: FrameSlot,
  /** What the claim says of the subject: concepts of the vocabulary, or the pack's own words when none fits. */
  predicate: z
    .strictObject({
      /** The idea in a few words, for explanations ("a threat"). */
      label: shortText,
      /** Concepts that state the idea. */
      concepts: z.array(conceptId).max(PACK_LIMITS.cueGroups, `more than ${PACK_LIMITS.cueGroups} concepts`).default([]),
      /** Words of this story that state it, when the vocabulary has no concept for it. */
      terms: z.array(shortText).max(PACK_LIMITS.termsPerGroup, `more than ${PACK_LIMITS.termsPerGroup} terms`).default([]),
    })
    .refine((predicate) => predicate.concepts.length > 0 || predicate.terms.length > 0, 'needs at least one concept or term'),
  /** What the claim does with the predicate. */
  stance: ClaimStance,
  /** Another party or place the sentence must also name ("Iraq" for troops leaving Iraq). */
  object: FrameSlot.optional(),
  /**
   * Alternative sets of slots that identify the specific evidence the article gives for the claim
   * (the raid: fighters killed, US troops wounded). A sentence that names every slot of one set
   * counts for the claim even without the predicate.
   */
  evidence: z
    .array(z.array(FrameSlot).min(1, 'needs at least one slot').max(PACK_LIMITS.cueGroups, `more than ${PACK_LIMITS.cueGroups} slots`))
    .max(8, 'more than 8 evidence sets')
    .default([]),
  /** Words whose presence in a sentence vetoes the claim (kept from format-1 packs; the stance reader makes new ones unnecessary). */
  exclude: z.array(shortText).max(PACK_LIMITS.termsPerGroup, `more than ${PACK_LIMITS.termsPerGroup} terms`).default([]),
});
export type ClaimFrame = z.infer<typeof ClaimFrame>;

/** A proposition an actor (or the article itself) asserts. */
export const Claim = z.strictObject({
  /** Stable id such as `isis-no-longer-a-threat`. */
  id,
  /** A short neutral statement of the claim. */
  statement: longText,
  /** Actor ids of those who make it; empty when the article itself asserts it. */
  speakers: z.array(id).default([]),
  /** When the claim was made, as the article states it ("Tuesday", "in June"). */
  when: shortText.optional(),
  /** Ids of quotes that support it. */
  quotes: z.array(id).default([]),
  /** Verbatim sentences of the article that state it. */
  sentences: z.array(longText).default([]),
  /** The evidence the article gives for it, in neutral words. */
  evidence: z.array(longText).default([]),
  /** Ids of the claims it contradicts; opposition must be symmetric. */
  opposes: z.array(id).default([]),
  /** Why the builder linked it to each opposing claim, so the reviewer can judge the link. */
  linkedBecause: z
    .array(
      z.strictObject({
        /** Id of the opposing claim. */
        claim: id,
        /** The rule or signal that linked them, for tools. */
        rule: shortText,
        /** What the rule means, in a reader's words ("rejects what the other side said"). */
        why: shortText,
        /** The article's words that show it. */
        words: longText,
      }),
    )
    .max(16, 'more than 16 reasons')
    .default([]),
  /** How to recognise the claim elsewhere. */
  frame: ClaimFrame,
});
export type Claim = z.infer<typeof Claim>;

/** What the pack says about the article it comes from; absent fields are "not stated". */
export const ArticleMeta = z.strictObject({
  /** The article's headline, or a neutral one written for the pack when the article gives none. */
  title: shortText,
  /** True when `title` was written for the pack rather than taken from the article. */
  titleIsEditorial: z.boolean().default(false),
  /** The publication that ran the article, when stated. */
  outlet: shortText.optional(),
  /** Publication date as ISO 8601 (YYYY-MM-DD), when stated. */
  published: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date such as 2024-09-10')
    .refine(isCalendarDate, 'is not a real calendar date')
    .optional(),
  /** Language of the article. */
  language: languageTag.default('en'),
  /** Where the article can be read, when known. */
  url: webUrl.optional(),
  /** A two-sentence neutral summary for the popup. */
  summary: longText,
});
export type ArticleMeta = z.infer<typeof ArticleMeta>;

/** One article's actors, quotes and claims. */
const PackShape = z.strictObject({
  /** The format version, checked before anything else. */
  schemaVersion: z.literal(PACK_SCHEMA_VERSION),
  /** Stable id such as `iraq-sudani-isis-threat`. */
  id,
  /** The article's metadata. */
  article: ArticleMeta,
  /** The article's full text, so every quote can be checked against it. */
  text: z.string().min(1, 'empty').max(PACK_LIMITS.text, `longer than ${PACK_LIMITS.text} characters`),
  /** Everyone the article names. */
  actors: z.array(Actor).min(1, 'needs at least one actor').max(PACK_LIMITS.actors, `more than ${PACK_LIMITS.actors} actors`),
  /** Verbatim quotes. */
  quotes: z.array(Quote).max(PACK_LIMITS.quotes, `more than ${PACK_LIMITS.quotes} quotes`).default([]),
  /** Claims and their oppositions. */
  claims: z.array(Claim).max(PACK_LIMITS.claims, `more than ${PACK_LIMITS.claims} claims`).default([]),
});

/** A validated pack: the shape above plus every cross-reference resolved. */
export const Pack = PackShape.superRefine((pack, ctx) => {
  const issue = (path: (string | number)[], message: string): void => {
    ctx.addIssue({ code: 'custom', path, message });
  };
  const actorIds = new Set<string>();
  pack.actors.forEach((actor, i) => {
    if (actorIds.has(actor.id)) issue(['actors', i, 'id'], `duplicate id "${actor.id}"`);
    actorIds.add(actor.id);
  });
  const aliasCount = pack.actors.reduce((sum, actor) => sum + actor.aliases.length, 0);
  if (aliasCount > PACK_LIMITS.aliasesTotal) issue(['actors'], `${aliasCount} aliases in all, more than ${PACK_LIMITS.aliasesTotal}`);

  const quoteIds = new Set<string>();
  pack.quotes.forEach((quote, i) => {
    if (quoteIds.has(quote.id)) issue(['quotes', i, 'id'], `duplicate id "${quote.id}"`);
    quoteIds.add(quote.id);
    if (quote.speaker !== undefined && !actorIds.has(quote.speaker)) issue(['quotes', i, 'speaker'], `unknown actor "${quote.speaker}"`);
    if (!pack.text.includes(quote.text)) issue(['quotes', i, 'text'], 'does not occur verbatim in the article text');
    if (!pack.text.includes(quote.sentence)) issue(['quotes', i, 'sentence'], 'does not occur verbatim in the article text');
    else if (!quote.sentence.includes(quote.text)) issue(['quotes', i, 'sentence'], 'does not contain the quote');
  });

  const claimIds = new Set(pack.claims.map((claim) => claim.id));
  const seenClaims = new Set<string>();
  const checkSlot = (slot: FrameSlot, path: (string | number)[]): void => {
    slot.actors.forEach((actorId, k) => {
      if (!actorIds.has(actorId)) issue([...path, 'actors', k], `unknown actor "${actorId}"`);
    });
  };
  pack.claims.forEach((claim, i) => {
    if (seenClaims.has(claim.id)) issue(['claims', i, 'id'], `duplicate id "${claim.id}"`);
    seenClaims.add(claim.id);
    claim.speakers.forEach((speaker, k) => {
      if (!actorIds.has(speaker)) issue(['claims', i, 'speakers', k], `unknown actor "${speaker}"`);
    });
    claim.quotes.forEach((quoteId, k) => {
      if (!quoteIds.has(quoteId)) issue(['claims', i, 'quotes', k], `unknown quote "${quoteId}"`);
    });
    claim.sentences.forEach((sentence, k) => {
      if (!pack.text.includes(sentence)) issue(['claims', i, 'sentences', k], 'does not occur verbatim in the article text');
    });
    claim.opposes.forEach((other, k) => {
      if (other === claim.id) issue(['claims', i, 'opposes', k], 'a claim cannot oppose itself');
      else if (!claimIds.has(other)) issue(['claims', i, 'opposes', k], `unknown claim "${other}"`);
      else if (!pack.claims.find((c) => c.id === other)?.opposes.includes(claim.id)) {
        issue(['claims', i, 'opposes', k], `"${other}" does not oppose "${claim.id}" in return`);
      }
    });
    checkSlot(claim.frame.subject, ['claims', i, 'frame', 'subject']);
    if (claim.frame.object) checkSlot(claim.frame.object, ['claims', i, 'frame', 'object']);
    claim.frame.evidence.forEach((set, s) => set.forEach((slot, g) => checkSlot(slot, ['claims', i, 'frame', 'evidence', s, g])));
  });
});
export type Pack = z.infer<typeof Pack>;
/** A pack as written in JSON, before defaults are applied. */
export type PackInput = z.input<typeof Pack>;

/** The outcome of parsing untrusted data: the value, or every problem in words a person can act on. */
export type ParseResult<T> = { ok: true; value: T } | { ok: false; errors: string[] };

/** Formats a zod path as `actors[3].aliases[0].text`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out === '' ? '(pack)' : out;
}

/** Turns zod issues into lines such as `actors[3].aliases[0].text: empty`, at most `limit` of them. */
export function formatIssues(issues: readonly z.core.$ZodIssue[], limit = 20): string[] {
  const lines = issues.slice(0, limit).map((issue) => `${formatPath(issue.path)}: ${issue.message}`);
  if (issues.length > limit) lines.push(`… and ${issues.length - limit} more problems`);
  return lines;
}

/** Names a JSON value's type for a message ("a string", "null"). */
function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

const EXPECTED_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
};

/**
 * Plain words for zod's generic messages, for people who edit packs by hand; the schema's own
 * messages ("empty", "needs at least one alias") take precedence over this map.
 */
const packErrorMap: z.core.$ZodErrorMap = (issue) => {
  if ((issue.code === 'invalid_type' || issue.code === 'invalid_value') && issue.input === undefined) return 'missing';
  if (issue.code === 'invalid_type') {
    return `must be ${EXPECTED_NAMES[issue.expected] ?? issue.expected}, not ${describeValue(issue.input)}`;
  }
  if (issue.code === 'invalid_value') return `must be one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`;
  if (issue.code === 'unrecognized_keys') {
    return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((key) => `"${key}"`).join(', ')}`;
  }
  return undefined;
};

/**
 * Validates untrusted data as a pack. A wrong or future `schemaVersion` is reported on its own,
 * before the rest, because every other message would be noise.
 */
export function parsePack(data: unknown): ParseResult<Pack> {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, errors: ['(pack): must be a JSON object'] };
  }
  const version = (data as { schemaVersion?: unknown }).schemaVersion;
  if (version === undefined) return { ok: false, errors: ['schemaVersion: missing; this does not look like a pack'] };
  if (typeof version !== 'number') return { ok: false, errors: [`schemaVersion: must be a number, not ${describeValue(version)}`] };
  if (version > PACK_SCHEMA_VERSION) {
    return {
      ok: false,
      errors: [`schemaVersion: ${version} is newer than this extension reads (${PACK_SCHEMA_VERSION}); update the extension`],
    };
  }
  let current = data;
  if (version === LEGACY_PACK_SCHEMA_VERSION) {
    const migrated = migrateLegacyPack(data);
    if (!migrated.ok) return migrated;
    current = migrated.value;
  } else if (version !== PACK_SCHEMA_VERSION) return { ok: false, errors: [`schemaVersion: ${version} is not supported`] };
  const result = Pack.safeParse(current, { error: packErrorMap });
  return result.success ? { ok: true, value: result.data } : { ok: false, errors: formatIssues(result.error.issues) };
}
