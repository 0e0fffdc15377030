/**
 * The matcher the content script uses: actors and claims of one pack on the blocks of one page.
 *
 * `scanBlock` runs once per block (a paragraph joined from its text nodes) and may be repeated when
 * the block changes; it folds the text, finds alias hits, concept words and pack terms in one pass
 * of one index, applies the block-local actor rules, and reads the sentences that may state a
 * claim (claims are decided within the block: a frame's subject, predicate and stance are
 * evidence enough). `pageKeys` is the block's contribution to the page context, which
 * `pageContext` derives from the keys summed over the page; `resolveBlock` then applies the
 * page-wide rules (ambiguous names, broad actors) to one block and never touches the text again
 * except to slice it.
 */
import type { Pack } from './pack';
import type { VariantTable } from './variant-table';
import { foldText } from './normalize';
import { createAliasIndex, type AliasEntry } from './alias-index';
import {
  blockPageKeys,
  createActorModel,
  createPageContext,
  dependsOnPage,
  findActorCandidates,
  resolveBlockActors,
  type ActorCandidate,
  type PageContext,
  type ResolvedActor,
} from './context';
import { createClaimModel, explainClaim, matchClaims, scanClaimCandidates, type ClaimMatch, type CueMatch } from './claims';

export type { CueMatch } from './claims';
export type { PageContext } from './context';

/** Which actors the matcher reports. */
export interface MatcherOptions {
  /** Actor ids to highlight; default: actors with highlight=true. Context actors are still matched for claims. */
  actorIds?: readonly string[];
}

/** A mention of an actor on the page. */
export interface ActorMention {
  /** Discriminates actor mentions from claim mentions. */
  kind: 'actor';
  /** The actor id. */
  id: string;
  /** Start offset in the block text. */
  start: number;
  /** End offset (exclusive) in the block text. */
  end: number;
  /** The exact characters of the page. */
  text: string;
  /** The pack alias that matched. */
  alias: string;
  /** Why it was highlighted, one sentence for the card. */
  explanation: string;
}

/** A sentence that states one of the pack's claims. */
export interface ClaimMention {
  /** Discriminates claim mentions from actor mentions. */
  kind: 'claim';
  /** The claim id. */
  id: string;
  /** Start offset of the sentence in the block text. */
  start: number;
  /** End offset (exclusive) of the sentence. */
  end: number;
  /** The sentence as it stands on the page. */
  text: string;
  /** 'topic' when matched by the frame, 'evidence' when matched by an evidence set. */
  via: 'topic' | 'evidence';
  /** Every word that took part, with its role, in the page's words. */
  cues: CueMatch[];
  /** Who the sentence attributes the claim to, when it says. */
  attribution?: { text: string; cue: string };
  /** Why it was highlighted, one sentence for the card. */
  explanation: string;
}

/** Anything the matcher reports. */
export type Mention = ActorMention | ClaimMention;

/** Candidates found in one block (a paragraph of page text joined from its text nodes); opaque to the caller. */
export interface BlockScan {
  /** The block text that was scanned. */
  readonly text: string;
  /** Actor mentions that passed the block-local rules (context actors included). */
  readonly actors: readonly ActorCandidate[];
  /** The claims its sentences state, decided within the block. */
  readonly claims: readonly ClaimMatch[];
  /** The block's contribution to the page context. */
  readonly keys: ReadonlyMap<string, number>;
  /** Candidates and readings the block-local rules rejected, by rule id. */
  readonly rejected: ReadonlyMap<string, number>;
}

/** Matches one pack's actors and claims on the blocks of a page. */
export interface Matcher {
  /** Finds candidate mentions in one block; start/end are offsets into `text`. Pure and cheap to call again. */
  scanBlock(text: string): BlockScan;
  /** Applies the page-wide rules over all blocks of a page and returns the mentions that count, one array per block (same order). Linear in the number of candidates. */
  resolve(scans: readonly BlockScan[]): Mention[][];
  /**
   * The block's contribution to the page context, as keys with counts. A caller that keeps the
   * sum over the page up to date (adding a block's keys, subtracting them when it goes) can
   * derive the context with `pageContext` and resolve changed blocks alone.
   */
  pageKeys(scan: BlockScan): ReadonlyMap<string, number>;
  /** The page context of the summed keys; its `signature` changes exactly when a decision does. */
  pageContext(counts: ReadonlyMap<string, number>): PageContext;
  /** Whether the block's mentions depend on the page context (ambiguous aliases, acronyms, broad actors). */
  dependsOnPage(scan: BlockScan): boolean;
  /**
   * Whether the block holds nothing of the pack but its page keys (its words count towards what
   * the page is about): no candidate, no claim and no rejection. Such a scan resolves to nothing in
   * any page context, so a caller that keeps its keys need not keep the scan.
   */
  holdsNothing(scan: BlockScan): boolean;
  /** Resolves one block, given the page context. */
  resolveBlock(scan: BlockScan, page: PageContext): Mention[];
  /** What the page-wide rules reject in one block, by rule id (for reports; not needed to paint). */
  rejectedOnPage(scan: BlockScan, page: PageContext): ReadonlyMap<string, number>;
  /** The table of the alias variants this matcher looks for, for the page gate (see src/core/variant-table.ts). */
  readonly variantTable: VariantTable;
}

const EMPTY: ReadonlyMap<string, number> = new Map();
const NO_CLAIM_IDS: readonly string[] = [];
const NO_CLAIMS: readonly ClaimMatch[] = [];

/** Compiles a pack into a matcher; compile once per pack, it holds the big alternation RegExps. */
export function createMatcher(pack: Pack, options: MatcherOptions = {}): Matcher {
  const actorModel = createActorModel(pack);
  const claimModel = createClaimModel(pack);
  // One index holds the aliases, the concept words and the pack terms, so each block is searched once.
  const index = createAliasIndex<AliasEntry>([...actorModel.entries, ...claimModel.entries]);
  const highlighted = new Set(options.actorIds ?? pack.actors.filter((a) => a.highlight).map((a) => a.id));

  /** Turns one block's resolved actors and its claims into mentions, in text order. */
  const mentionsOf = (scan: BlockScan, actors: ResolvedActor[], page: PageContext): Mention[] => {
    const mentions: Mention[] = [];
    for (const a of actors) {
      if (!highlighted.has(a.actorId)) continue;
      mentions.push({
        kind: 'actor',
        id: a.actorId,
        start: a.start,
        end: a.end,
        text: scan.text.slice(a.start, a.end),
        alias: a.alias,
        explanation: a.explanation,
      });
    }
    for (const match of scan.claims) {
      // A claim read through an acronym the page defines as something else is not ours; one read
      // through an ambiguous subject needs the page to confirm the subject.
      if (match.acronyms?.some((acronym) => page.vetoed.has(acronym))) continue;
      if (match.confirm !== undefined && !page.named.has(match.confirm) && !page.onStory) continue;
      if (match.needsNamed !== undefined && !page.named.has(match.needsNamed)) continue;
      mentions.push({
        kind: 'claim',
        id: match.claimId,
        start: match.start,
        end: match.end,
        text: scan.text.slice(match.start, match.end),
        via: match.via,
        cues: match.cues,
        ...(match.attribution ? { attribution: match.attribution } : {}),
        explanation: explainClaim(claimModel, match),
      });
    }
    return mentions.sort((x, y) => x.start - y.start || (x.kind === y.kind ? 0 : x.kind === 'claim' ? -1 : 1));
  };

  const resolveBlock = (scan: BlockScan, page: PageContext): Mention[] =>
    mentionsOf(scan, resolveBlockActors(actorModel, scan.actors, page), page);

  // One map the rules of every block count their rejections into, copied out only for a block
  // that has some: a map of its own for each of the dense bench page's 6,500 blocks, nearly all
  // left empty, was garbage the first pass had to collect.
  const counting = new Map<string, number>();

  return {
    scanBlock(text: string): BlockScan {
      if (text.length === 0) return { text, actors: [], claims: [], keys: EMPTY, rejected: EMPTY };
      const folded = foldText(text);
      const tally = { words: 0 };
      const hits = index.find(folded, tally);
      const rejected = counting;
      rejected.clear();
      const actors = findActorCandidates(actorModel, folded, hits, rejected);
      const usable = actors.some((a) => a.redefined) ? actors.filter((a) => !a.redefined) : actors;
      const scan = scanClaimCandidates(claimModel, folded, hits, usable);
      const claims = scan.sentences.length > 0 ? matchClaims(claimModel, text, scan, usable, rejected) : NO_CLAIMS;
      // Only claims that need no confirmation make the page about the story; otherwise an
      // ambiguous claim would confirm itself.
      const keys = blockPageKeys(
        actorModel,
        text,
        actors,
        claims.length === 0
          ? NO_CLAIM_IDS
          : claims.filter((c) => c.confirm === undefined && c.needsNamed === undefined).map((c) => c.claimId),
        tally.words,
      );
      // Most blocks reject nothing: they keep the shared empty map, not one of their own.
      return { text, actors, claims, keys, rejected: rejected.size > 0 ? new Map(rejected) : EMPTY };
    },

    resolve(scans: readonly BlockScan[]): Mention[][] {
      const counts = new Map<string, number>();
      for (const scan of scans) for (const [key, n] of scan.keys) counts.set(key, (counts.get(key) ?? 0) + n);
      const page = createPageContext(actorModel, counts);
      return scans.map((scan) => resolveBlock(scan, page));
    },

    variantTable: actorModel.variantTable,
    pageKeys: (scan) => scan.keys,
    pageContext: (counts) => createPageContext(actorModel, counts),
    dependsOnPage: (scan) =>
      scan.claims.some((c) => (c.acronyms?.length ?? 0) > 0 || c.confirm !== undefined || c.needsNamed !== undefined) ||
      dependsOnPage(actorModel, scan.actors),
    holdsNothing: (scan) => scan.actors.length === 0 && scan.claims.length === 0 && scan.rejected.size === 0,
    resolveBlock,
    rejectedOnPage(scan, page) {
      const rejected = new Map(scan.rejected);
      resolveBlockActors(actorModel, scan.actors, page, rejected);
      // Claims whose subject the page does not confirm (see mentionsOf).
      const unconfirmed = scan.claims.filter(
        (m) =>
          (m.confirm !== undefined && !page.named.has(m.confirm) && !page.onStory) ||
          (m.needsNamed !== undefined && !page.named.has(m.needsNamed)),
      ).length;
      if (unconfirmed > 0) rejected.set('claim-subject-unconfirmed', (rejected.get('claim-subject-unconfirmed') ?? 0) + unconfirmed);
      return rejected;
    },
  };
}
