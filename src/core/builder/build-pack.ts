/**
 * Drafts a pack from an article's plain text, on the device, as named passes over one draft
 * (draft.ts): segment (sentences, paragraphs, furniture, quotation marks), tag (compromise, once),
 * candidates (capitalised runs), people, organisations, mentions, quotes (who said what, and where
 * the source is named), speakers (named sources), coreference (pronouns, descriptions, quotations
 * that run on), claims. The draft always passes `parsePack`; what the builder was unsure of comes
 * back as warnings for the review page, because a draft is reviewed before use.
 *
 * The rules are written for English news prose. A 10 KB article takes a few hundred milliseconds
 * of CPU, most of it in compromise's tagger.
 */
import { type PackInput, PACK_LIMITS, PACK_SCHEMA_VERSION } from '../pack';
import type { DraftActor, Mention } from './actors';
import { candidatesPass } from './candidates';
import { buildClaims } from './claims';
import { coreferencePass } from './coreference';
import { alignAnswers, draftFrame } from './frames';
import { type Draft, type Pass, createDraft, runPasses } from './draft';
import { mentionsPass } from './mentions';
import { organisationsPass } from './organisations';
import { peoplePass } from './people';
import type { DraftQuote } from './quotes';
import { quotesPass } from './quotes';
import { segmentPass } from './segment';
import { speakersPass } from './speakers';
import { tagPass } from './tag';
import { type Sentence, clip, slugify } from './text';

/** The claims pass: assertions become claims, and claims that oppose each other are linked. */
export function claimsPass(draft: Draft): Draft {
  const headlineFirst =
    draft.sentences[0] && draft.sentences[1]?.paragraph !== draft.sentences[0].paragraph && !/[.!?]["”’]?$/.test(draft.sentences[0].text);
  const body = headlineFirst ? draft.sentences.slice(1) : draft.sentences;
  const { claims, warnings } = buildClaims(body, draft.assertions, draft.actors, draft.mentions, draft.nouns);
  draft.claims = claims;
  draft.warnings.push(...warnings);
  return draft;
}

/** The builder's passes, in order, by name. */
export const PASSES: ReadonlyArray<readonly [string, Pass]> = [
  ['segment', segmentPass],
  ['tag', tagPass],
  ['candidates', candidatesPass],
  ['people', peoplePass],
  ['organisations', organisationsPass],
  ['mentions', mentionsPass],
  ['quotes', quotesPass],
  ['speakers', speakersPass],
  ['coreference', coreferencePass],
  ['claims', claimsPass],
];

/** Runs every pass on a text (normalised as `buildPack` does) and returns the draft, for tests and tools. */
export function draftOf(text: string): Draft {
  return runPasses(createDraft(text), PASSES);
}

/** What the builder needs: the article's text and whatever metadata the caller knows. */
export interface BuildInput {
  /** The article's plain text, paragraphs separated by line breaks. */
  text: string;
  /** The headline, when known. */
  title?: string;
  /** Where the article was read. */
  url?: string;
  /** The publication. */
  outlet?: string;
  /** Publication date, ISO 8601 or anything `Date` reads. */
  published?: string;
  /** Language tag; the builder's rules are written for English. */
  language?: string;
}

/** Where a build is: the named pass now running, and how many of the passes are done. */
export interface BuildProgress {
  /** The pass that is starting, by its name in `PASSES` ("quotes"). */
  pass: string;
  /** How many passes have finished. */
  done: number;
  /** How many passes there are. */
  total: number;
}

/** How the caller follows a build. */
export interface BuildOptions {
  /** Called as each pass starts, in order; the review page's worker posts it to the page. */
  onProgress?: (progress: BuildProgress) => void;
}

/** A draft pack and the points a reviewer should check. */
export interface BuildResult {
  /** The draft, valid for `parsePack`. */
  pack: PackInput;
  /** Plain-language notes on what was unsure or left out. */
  warnings: string[];
}

/** Drafts a pack from an article; see the module comment for the pipeline. */
export function buildPack(input: BuildInput, options: BuildOptions = {}): BuildResult {
  const warnings: string[] = [];
  let text = input.text
    .replace(/\r\n?/g, '\n')
    .replace(/\u00a0/g, ' ')
    .replace(/[ \t]+\n/g, '\n')
    .trim();
  if (text.length > PACK_LIMITS.text) {
    warnings.push(`The article is longer than ${PACK_LIMITS.text} characters; only the beginning was used.`);
    text = text.slice(0, PACK_LIMITS.text).replace(/\s+\S*$/, '');
  }
  if (text.length === 0) throw new Error('The article has no text.');
  const language = input.language && /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/.test(input.language) ? input.language : 'en';
  if (!language.startsWith('en'))
    warnings.push(`The builder's rules are written for English; this article is "${language}", so expect gaps.`);

  const { onProgress } = options;
  const draft = runPasses(createDraft(text), PASSES, onProgress && ((pass, done, total) => onProgress({ pass, done, total })));
  const { sentences, actors, mentions, quotes, claims } = draft;
  warnings.push(...draft.warnings);
  const headline = headlineOf(input.title, sentences);
  const body = headline.fromText ? sentences.slice(1) : sentences;

  // Actors the article never names outside another actor's name are dropped; so are countries
  // nobody refers to again, since they only add noise to the card.
  const mentioned = new Set(mentions.map((m) => m.actor));
  const used = new Set([
    ...quotes.map((q) => q.speaker),
    ...claims.flatMap((c) => [
      ...c.speakers,
      ...c.cues.topic.flatMap((g) => g.actors),
      ...c.cues.markers.actors,
      ...c.cues.evidence.flat().flatMap((g) => g.actors),
    ]),
  ]);
  const kept = actors.filter((a) => mentioned.has(a.id) || used.has(a.id));
  if (kept.length === 0) {
    warnings.push('No actors were found; a placeholder stands in for the article itself.');
    kept.push({
      id: 'article',
      name: headline.title,
      kind: 'organization',
      role: 'The article',
      aliases: [{ text: headline.title, caseSensitive: false, standalone: true }],
      firstOffset: 0,
    });
  }

  // The schema bounds quotes and sentences; a quotation longer than a page is left to the reviewer.
  const keptQuotes = quotes
    .filter((q) => q.text.length <= PACK_LIMITS.longString && q.sentence.text.length <= PACK_LIMITS.longString)
    .slice(0, PACK_LIMITS.quotes);
  if (keptQuotes.length < quotes.length)
    warnings.push(`${quotes.length - keptQuotes.length} quotations were too long or too many for a pack and were left out.`);
  const keptQuoteIds = new Set(keptQuotes.map((q) => q.id));
  const keptIds = new Set(kept.slice(0, PACK_LIMITS.actors).map((a) => a.id));

  const pack: PackInput = {
    schemaVersion: PACK_SCHEMA_VERSION,
    id: slugify(headline.title, 60),
    article: {
      title: clip(headline.title, PACK_LIMITS.shortString),
      titleIsEditorial: headline.isEditorial,
      language,
      summary: clip(
        body
          .slice(0, 2)
          .map((s) => s.text)
          .join(' ') || text,
        1_000,
      ),
    },
    text,
    actors: kept.slice(0, PACK_LIMITS.actors).map((a) => ({
      id: a.id,
      name: clip(a.name, PACK_LIMITS.shortString),
      kind: a.kind,
      role: clip(a.role, PACK_LIMITS.shortString),
      description: describe(a, sentences, mentions, quotes.filter((q) => q.speaker === a.id).length),
      highlight: a.highlight ?? a.kind !== 'country',
      aliases: a.aliases
        .slice(0, PACK_LIMITS.aliasesPerActor)
        .map((al) => ({ text: al.text, caseSensitive: al.caseSensitive, standalone: al.standalone, lang: language })),
    })),
    quotes: keptQuotes.map((q) => packQuote(q, keptIds)),
    // Each claim becomes a frame of the shared vocabulary, read from its own sentences, so that
    // pages are matched by what they mean (see frames.ts).
    claims: alignAnswers(
      claims.slice(0, PACK_LIMITS.claims).map(({ cues, ...c }) => ({
        ...c,
        quotes: c.quotes.filter((id) => keptQuoteIds.has(id)),
        sentences: c.sentences.filter((sentence) => sentence.length <= PACK_LIMITS.longString),
        frame: draftFrame({ statement: c.statement, sentences: c.sentences, speakers: c.speakers, cues }, text, kept, mentions),
      })),
    ),
  };
  if (input.outlet?.trim()) pack.article.outlet = clip(input.outlet, PACK_LIMITS.shortString);
  const published = isoDate(input.published);
  if (published) pack.article.published = published;
  if (input.url && /^https?:\/\//i.test(input.url)) {
    try {
      pack.article.url = new URL(input.url).href;
    } catch {
      warnings.push('The article URL could not be read and was left out.');
    }
  }
  return { pack, warnings: [...new Set(warnings)] };
}

/** A draft quote as the pack stores it; a speaker who did not make it into the pack leaves the quote unattributed. */
function packQuote(q: DraftQuote, actorIds: ReadonlySet<string>): NonNullable<PackInput['quotes']>[number] {
  const out: NonNullable<PackInput['quotes']>[number] = { id: q.id, text: q.text, direct: q.direct, sentence: q.sentence.text };
  if (q.speaker && actorIds.has(q.speaker)) out.speaker = q.speaker;
  else if (q.source) out.source = clip(q.source, PACK_LIMITS.shortString);
  return out;
}

function headlineOf(title: string | undefined, sentences: Sentence[]): { title: string; isEditorial: boolean; fromText: boolean } {
  const first = sentences[0];
  // A first line without a full stop, alone in its paragraph, is a headline.
  const startsWithHeadline =
    first !== undefined &&
    !/[.!?]["”’]?$/.test(first.text) &&
    first.text.split(/\s+/).length <= 20 &&
    sentences[1]?.paragraph !== first.paragraph;
  if (title?.trim()) return { title: title.trim(), isEditorial: false, fromText: startsWithHeadline };
  if (first && startsWithHeadline) return { title: first.text, isEditorial: false, fromText: true };
  const lead = first ? clip(first.text, 90) : 'Untitled article';
  return { title: lead, isEditorial: true, fromText: false };
}

function isoDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const direct = /^(\d{4}-\d{2}-\d{2})/.exec(value.trim());
  if (direct) return direct[1];
  const parsed = new Date(value);
  return Number.isNaN(parsed.getTime()) ? undefined : parsed.toISOString().slice(0, 10);
}

function describe(actor: DraftActor, sentences: Sentence[], mentions: readonly Mention[], quoteCount: number): string {
  const first = mentions.find((m) => m.actor === actor.id);
  const sentence = first ? sentences.find((s) => s.start <= first.start && first.start < s.end) : undefined;
  const times = mentions.filter((m) => m.actor === actor.id).length;
  const counts = `Named ${times} time${times === 1 ? '' : 's'} in the article${quoteCount > 0 ? `, quoted ${quoteCount} time${quoteCount === 1 ? '' : 's'}` : ''}.`;
  return clip(sentence ? `${counts} First named in: “${clip(sentence.text, 300)}”` : counts, PACK_LIMITS.longString);
}
