/**
 * Every message that crosses a context boundary, as zod schemas: one map per direction. Receivers
 * parse with these schemas and ignore anything that does not fit; replies are `Reply<T>` values,
 * never thrown errors.
 */
import * as z from 'zod';

/** A serialisable reply: the value, or an error a person can read. */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

/** One highlighted range on a page, as the page report lists it. */
export const MentionReport = z.object({
  /** Whether the highlight names an actor or states a claim. */
  kind: z.enum(['actor', 'claim']),
  /** The actor or claim id in the pack. */
  id: z.string(),
  /** The exact highlighted text; for a claim, the sentence. */
  text: z.string(),
  /** Why it was highlighted, in one sentence. */
  explanation: z.string(),
  /** For claims: whether the sentence sides with the article's lead claim or the opposing one. */
  side: z.enum(['claim', 'opposing']).optional(),
  /** The pack the mention comes from. */
  packId: z.string(),
});
export type MentionReport = z.infer<typeof MentionReport>;

/** Whether the page is about one pack's story, and why, as the popup explains it. */
export const StoryVerdict = z.object({
  /** The pack. */
  packId: z.string(),
  /** True when the page states one of the pack's claims or names one of its specific actors. */
  onStory: z.boolean(),
  /** Why, in one sentence for the popup. */
  reason: z.string(),
});
export type StoryVerdict = z.infer<typeof StoryVerdict>;

/** Why a page has no highlights, when it has none for a reason other than "nothing found". */
export const InactiveReason = z.enum(['site-disabled', 'paused', 'no-packs', 'page-hidden']);
export type InactiveReason = z.infer<typeof InactiveReason>;

/** What the content script found on its page. */
export const PageReport = z.object({
  /** The pack whose mentions are listed (the first active pack when several are on). */
  packId: z.string(),
  /** Every pack the page was scanned with. */
  packIds: z.array(z.string()),
  /** The page's URL. */
  url: z.string(),
  /** One entry per highlighted range, in document order. */
  mentions: z.array(MentionReport),
  /** Set when highlighting is off for this page. */
  inactive: InactiveReason.optional(),
  /** Per pack, whether the page is about its story (broad actors are highlighted only there). */
  stories: z.array(StoryVerdict).optional(),
  /** False while the first scan is still running. */
  complete: z.boolean(),
  /** How much work the scan cost, for the benchmark and for diagnosing slow pages. */
  stats: z
    .object({
      /** Main-thread time of the first full pass (sum of its slices), in ms. */
      passMs: z.number(),
      /** Wall-clock time from start to the end of the first full pass, in ms. */
      wallMs: z.number(),
      /** The longest single slice of our work, in ms. */
      longestSliceMs: z.number(),
      /** Text segments currently known. */
      segments: z.number(),
      /** Incremental batches processed since the first pass. */
      batches: z.number(),
      /** Main-thread time of the last incremental batch, in ms. */
      lastBatchMs: z.number(),
      /** `performance.now()` when the first pass started and ended (the page's timeline). */
      startedAt: z.number(),
      completedAt: z.number(),
      /** Candidates and readings the rules rejected, by rule id, summed over the page (for `npm run eval --reasons`). */
      rejected: z.record(z.string(), z.number()).optional(),
    })
    .optional(),
});
export type PageReport = z.infer<typeof PageReport>;

/** Messages that extension pages send to a tab's content script. */
export const TabRequest = z.discriminatedUnion('type', [
  /** Asks for the page report; with `reasons`, its stats count what the rules rejected (costs a pass over the page). */
  z.object({ type: z.literal('page.report'), reasons: z.boolean().optional() }),
  /** Scrolls to the mention at `index` in the report and opens its card. */
  z.object({ type: z.literal('page.reveal'), index: z.number().int().nonnegative() }),
  /** A keyboard command: goes to the next or previous mention in reading order and opens its card. */
  z.object({ type: z.literal('page.step'), direction: z.enum(['next', 'previous']) }),
  /** A keyboard command: hides the highlights on this page until it is reloaded, or shows them again. */
  z.object({ type: z.literal('page.toggle') }),
  /**
   * Describes the open card (kind, id and its text). The card lives in a closed shadow root that
   * the page cannot read; this lets our own pages, and the end-to-end tests, see what it shows.
   */
  z.object({ type: z.literal('card.describe') }),
]);

/** The reply to `card.describe`. */
export interface CardDescription {
  /** Whether a card is open. */
  readonly open: boolean;
  /** What the open card describes. */
  readonly kind?: 'actor' | 'claim';
  /** The actor or claim id. */
  readonly id?: string;
  /** The card's text as a screen reader would meet it (textContent, whitespace collapsed). */
  readonly text?: string;
  /** Whether keyboard focus is inside the card. */
  readonly focused?: boolean;
}
export type TabRequest = z.infer<typeof TabRequest>;

/** Messages that content scripts and extension pages send to the background. */
export const BackgroundRequest = z.discriminatedUnion('type', [
  /** A content script reports how many mentions its frame has, for the toolbar badge. */
  z.object({ type: z.literal('mentions.counted'), count: z.number().int().nonnegative().max(1_000_000) }),
  /** An extension page changes settings; only the fields given are replaced. */
  z.object({ type: z.literal('settings.update'), patch: z.record(z.string(), z.unknown()) }),
  /**
   * An extension page imports a pack from the JSON text of a file. The background checks the size,
   * parses and validates it, and stores it only when all of that passes (see `PackImported`).
   */
  z.object({ type: z.literal('packs.import'), json: z.string() }),
  /** An extension page switches a pack on or off (the built-in one included). */
  z.object({ type: z.literal('packs.setEnabled'), id: z.string().max(200), enabled: z.boolean() }),
  /** An extension page deletes an imported pack; the built-in pack cannot be deleted. */
  z.object({ type: z.literal('packs.remove'), id: z.string().max(200) }),
]);
export type BackgroundRequest = z.infer<typeof BackgroundRequest>;

/**
 * The largest pack file `packs.import` accepts, in bytes of UTF-8. The biggest pack the schema
 * allows (a 200,000-character text and 5,000 aliases) fits well inside it; pages should check a
 * file's size against it before reading the file at all.
 */
export const MAX_PACK_IMPORT_BYTES = 2 * 1024 * 1024;

/** The reply value of a successful `packs.import`. */
export interface PackImported {
  /** The imported pack's id. */
  readonly id: string;
  /** Its article's title, for the confirmation message. */
  readonly title: string;
  /** True when a stored pack with the same id was replaced. */
  readonly replaced: boolean;
}

/**
 * An article as `extract.js` returns it from a tab (see src/content/extract-entry.ts). The tab is
 * a page we do not control, so the popup parses what comes back before handing it on, and the
 * review page parses it again when it reads it from session storage.
 */
export const ExtractedArticle = z.object({
  /** Plain text, one paragraph per line. */
  text: z.string().min(1).max(1_000_000),
  /** The headline, when the page has one. */
  title: z.string().max(2_000).optional(),
  /** The site's name, when the page states it. */
  outlet: z.string().max(2_000).optional(),
  /** Publication time as the page states it. */
  published: z.string().max(200).optional(),
  /** The page's language tag. */
  language: z.string().max(40).optional(),
  /** The page's address. */
  url: z.string().max(4_000).optional(),
});
export type ExtractedArticle = z.infer<typeof ExtractedArticle>;

/**
 * The prefix of the one-time `storage.session` key under which the popup hands an extracted
 * article to the review page; the review page's URL carries the rest (`review.html?draft=ID`).
 */
export const DRAFT_KEY_PREFIX = 'ncl-draft-';

/** The name of the function extract.js leaves on a tab's content-script global, for the popup to call. */
export const EXTRACT_FUNCTION = 'nclExtractArticle';
