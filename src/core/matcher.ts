/**
 * The matcher the content script uses: actors and claims of one pack on the blocks of one page.
 *
 * `scanBlock` runs once per block (a paragraph joined from its text nodes) and may be repeated when
 * the block changes; it folds the text, finds alias hits and cue terms in one pass each, applies
 * the block-local rules and segments sentences around claim cues only. `resolve` then applies the
 * page-wide context rules over all blocks and decides the claims; it is linear in the number of
 * candidates and never touches the text again except to slice it.
 */
import type { Pack } from './pack';
import { foldText } from './normalize';
import { createAliasIndex, type AliasEntry } from './alias-index';
import { createActorModel, dependsOnPage, findActorCandidates, namedActorIds, resolveBlockActors, type ActorCandidate, type ResolvedActor } from './context';
import { createClaimModel, explainClaim, matchClaims, scanClaimCandidates, type ClaimScan, type CueMatch } from './claims';

export type { CueMatch } from './claims';

/** Which actors the matcher reports. */
export interface MatcherOptions {
  /** Actor ids to highlight; default: actors with highlight=true. Context actors are still matched for cue groups. */
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
  /** 'topic' when matched by topic+markers, 'evidence' when matched by an evidence set. */
  via: 'topic' | 'evidence';
  /** Every cue that matched, in the page's words. */
  cues: CueMatch[];
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
  /** Claim cues and candidate sentences. */
  readonly claims: ClaimScan;
}

/** Matches one pack's actors and claims on the blocks of a page. */
export interface Matcher {
  /** Finds candidate mentions in one block; start/end are offsets into `text`. Pure and cheap to call again. */
  scanBlock(text: string): BlockScan;
  /** Applies the page-wide context rules over all blocks of a page and returns the mentions that count, one array per block (same order). Linear in the number of candidates. */
  resolve(scans: readonly BlockScan[]): Mention[][];
  /**
   * The block's contribution to the page-wide rule, as opaque keys (mostly actor ids of the actors
   * the block names unambiguously; also acronyms it uses or defines as something else). The rule
   * needs only the union of these, so a caller that keeps it up to date can resolve changed blocks
   * alone (`resolveBlock`).
   */
  namedActors(scan: BlockScan): readonly string[];
  /** Whether the block's mentions depend on the page-wide set (it holds ambiguous aliases or acronyms). */
  dependsOnPage(scan: BlockScan): boolean;
  /** Resolves one block, given the union of `namedActors` over every block of the page. */
  resolveBlock(scan: BlockScan, named: ReadonlySet<string>): Mention[];
}

const EMPTY_SCAN_CLAIMS: ClaimScan = { sentences: [], terms: [] };

/** Compiles a pack into a matcher; compile once per pack, it holds the big alternation RegExps. */
export function createMatcher(pack: Pack, options: MatcherOptions = {}): Matcher {
  const actorModel = createActorModel(pack);
  const claimModel = createClaimModel(pack);
  // One index holds the aliases and the cue terms, so each block is searched once.
  const index = createAliasIndex<AliasEntry>([...actorModel.entries, ...claimModel.entries]);
  const highlighted = new Set(options.actorIds ?? pack.actors.filter((a) => a.highlight).map((a) => a.id));

  /** Turns one block's resolved actors (and its claim candidates) into mentions, in text order. */
  const mentionsOf = (scan: BlockScan, actors: ResolvedActor[]): Mention[] => {
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
    if (scan.claims.sentences.length > 0) {
      for (const match of matchClaims(claimModel, scan.text, scan.claims, actors)) {
        mentions.push({
          kind: 'claim',
          id: match.claimId,
          start: match.start,
          end: match.end,
          text: scan.text.slice(match.start, match.end),
          via: match.via,
          cues: match.cues,
          explanation: explainClaim(claimModel, match),
        });
      }
    }
    return mentions.sort((x, y) => x.start - y.start || (x.kind === y.kind ? 0 : x.kind === 'claim' ? -1 : 1));
  };

  return {
    scanBlock(text: string): BlockScan {
      if (text.length === 0) return { text, actors: [], claims: EMPTY_SCAN_CLAIMS };
      const folded = foldText(text);
      const hits = index.find(folded);
      const actors = findActorCandidates(actorModel, folded, hits);
      const claims = scanClaimCandidates(claimModel, folded, hits, actors);
      return { text, actors, claims };
    },

    resolve(scans: readonly BlockScan[]): Mention[][] {
      const named = new Set<string>();
      for (const scan of scans) for (const id of namedActorIds(scan.actors)) named.add(id);
      return scans.map((scan) => mentionsOf(scan, resolveBlockActors(actorModel, scan.actors, named)));
    },

    namedActors: (scan) => namedActorIds(scan.actors),
    dependsOnPage: (scan) => dependsOnPage(scan.actors),
    resolveBlock: (scan, named) => mentionsOf(scan, resolveBlockActors(actorModel, scan.actors, named)),
  };
}
