/**
 * The article pack: what the extension knows about one article (its actors, their quotes, their
 * claims and the claims that oppose them). These zod schemas are the single source of truth; every
 * type is inferred from them, and every pack is parsed with `parsePack` wherever it enters
 * (embedded, imported, read back from storage).
 */
import * as z from 'zod';

// zod compiles fast validators with `new Function` when it can. Extension pages forbid eval by
// CSP (and we promise none), so the attempt would only log a CSP violation: turn it off.
z.config({ jitless: true });

/** The pack format this build reads and writes. Older versions are migrated, newer ones refused. */
export const PACK_SCHEMA_VERSION = 1;

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
  /** Every form of the name the matcher looks for. */
  aliases: z.array(Alias).min(1, 'needs at least one alias').max(PACK_LIMITS.aliasesPerActor, `more than ${PACK_LIMITS.aliasesPerActor} aliases`),
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

/**
 * A set of interchangeable cues: the sentence must contain at least one of the terms or a
 * mention of at least one of the actors (by any of the actor's aliases, which are referenced here,
 * not repeated).
 */
export const CueGroup = z
  .strictObject({
    /** A short human label used in explanations, such as "threat". */
    label: shortText,
    /** Words or phrases, matched case-insensitively on word boundaries after normalisation. */
    terms: z.array(shortText).max(PACK_LIMITS.termsPerGroup, `more than ${PACK_LIMITS.termsPerGroup} terms`).default([]),
    /** Actor ids whose mentions also satisfy the group. */
    actors: z.array(id).default([]),
  })
  .refine((group) => group.terms.length > 0 || group.actors.length > 0, 'needs at least one term or actor');
export type CueGroup = z.infer<typeof CueGroup>;

/** How a sentence on another page is recognised as stating a claim. */
export const ClaimCues = z.strictObject({
  /**
   * What the claim is about, shared with its opposing claim: every group must be present in the
   * sentence (for example: ISIS, and a word for threat).
   */
  topic: z.array(CueGroup).min(1, 'needs at least one topic group').max(PACK_LIMITS.cueGroups, `more than ${PACK_LIMITS.cueGroups} groups`),
  /**
   * Which way this claim leans on the topic. The opposing claim has the same topic and the other
   * polarity ("no longer a threat" is `negative`, "still a threat" is `positive`).
   */
  polarity: z.enum(['positive', 'negative']),
  /** Markers of this claim's polarity; a sentence needs one of them (and none of the opposite's). */
  markers: CueGroup,
  /**
   * Alternative sets of groups that identify the specific evidence the article gives for the claim
   * (the raid: fighters killed, US troops wounded). A sentence that matches every group of one set
   * counts for the claim even without the topic.
   */
  evidence: z
    .array(z.array(CueGroup).min(1, 'needs at least one group').max(PACK_LIMITS.cueGroups, `more than ${PACK_LIMITS.cueGroups} groups`))
    .max(8, 'more than 8 evidence sets')
    .default([]),
  /** Terms whose presence vetoes a match (for example hypotheticals or a different topic). */
  exclude: z.array(shortText).max(PACK_LIMITS.termsPerGroup, `more than ${PACK_LIMITS.termsPerGroup} terms`).default([]),
});
export type ClaimCues = z.infer<typeof ClaimCues>;

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
  /** How to recognise the claim elsewhere. */
  cues: ClaimCues,
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
  const checkGroup = (group: CueGroup, path: (string | number)[]): void => {
    group.actors.forEach((actorId, k) => {
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
    claim.cues.topic.forEach((group, g) => checkGroup(group, ['claims', i, 'cues', 'topic', g]));
    checkGroup(claim.cues.markers, ['claims', i, 'cues', 'markers']);
    claim.cues.evidence.forEach((set, s) => set.forEach((group, g) => checkGroup(group, ['claims', i, 'cues', 'evidence', s, g])));
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
    return { ok: false, errors: [`schemaVersion: ${version} is newer than this extension reads (${PACK_SCHEMA_VERSION}); update the extension`] };
  }
  if (version !== PACK_SCHEMA_VERSION) return { ok: false, errors: [`schemaVersion: ${version} is not supported`] };
  const result = Pack.safeParse(data, { error: packErrorMap });
  return result.success ? { ok: true, value: result.data } : { ok: false, errors: formatIssues(result.error.issues) };
}
