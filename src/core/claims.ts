/**
 * Recognises sentences that state one of the pack's claims.
 *
 * A sentence states a claim by topic when every topic group of the claim matches in it, one of its
 * polarity markers matches, no marker of an opposing claim matches (a sentence with both is
 * ambiguous and skipped: a wrong claim highlight costs more trust than a missed one) and no
 * exclusion term occurs. It states a claim by evidence when it matches every group of one of the
 * claim's evidence sets. Groups may name actors; any mention of the actor that counts satisfies them.
 *
 * Work is split in two: `scanClaimCandidates` (one block, no page context) finds cue terms and the
 * sentences worth checking, segmenting only around cues; `matchClaims` decides once the page's
 * actor mentions are known.
 */
import type { CueGroup, Pack } from './pack';
import { createAliasIndex, type AliasEntry, type AliasIndex } from './alias-index';
import type { FoldedText } from './normalize';
import { sentencesAround, type SentenceRange } from './segment';

/** One cue that matched, in the page's own words. */
export interface CueMatch {
  /** The group's label, such as "threat". */
  label: string;
  /** The words as they appear on the page. */
  text: string;
}

/** A claim stated by one sentence. */
export interface ClaimMatch {
  /** The claim id. */
  readonly claimId: string;
  /** Start offset of the sentence in the block text. */
  readonly start: number;
  /** End offset (exclusive) of the sentence. */
  readonly end: number;
  /** Which route matched. */
  readonly via: 'topic' | 'evidence';
  /** Every cue that matched, in order of the claim's groups. */
  readonly cues: CueMatch[];
}

/** A mention of an actor that may satisfy a cue group. */
export interface ActorSpan {
  /** The actor id. */
  readonly actorId: string;
  /** Start offset in the block text. */
  readonly start: number;
  /** End offset (exclusive). */
  readonly end: number;
}

interface Group {
  readonly label: string;
  readonly actors: ReadonlySet<string>;
}

interface TermEntry extends AliasEntry {
  readonly group: number;
}

/** A cue term found in a block. */
export interface TermHit {
  /** Start offset in the block text. */
  readonly start: number;
  /** End offset (exclusive). */
  readonly end: number;
  /** Ids of the groups the term belongs to. */
  readonly groups: readonly number[];
}

interface CompiledClaim {
  readonly id: string;
  readonly statement: string;
  readonly topic: readonly number[];
  readonly markers: number;
  readonly opposingMarkers: readonly number[];
  readonly evidence: readonly (readonly number[])[];
  /** Group id of the exclusion terms, or -1. */
  readonly exclude: number;
}

/** The compiled claims of one pack. */
export interface ClaimModel {
  readonly claims: readonly CompiledClaim[];
  readonly groups: readonly Group[];
  readonly terms: AliasIndex<TermEntry>;
  /** Statements by claim id, for explanations. */
  readonly statements: ReadonlyMap<string, string>;
}

/** The claim-related findings of one block, before page context. */
export interface ClaimScan {
  /** Sentences worth checking. */
  readonly sentences: readonly SentenceRange[];
  /** Cue terms inside those sentences, sorted by start. */
  readonly terms: readonly TermHit[];
}

const EMPTY_SCAN: ClaimScan = { sentences: [], terms: [] };

/** Compiles the claims of a pack: every cue term of every group into one index. */
export function createClaimModel(pack: Pack): ClaimModel {
  const groups: Group[] = [];
  const entries: TermEntry[] = [];
  const addGroup = (label: string, terms: readonly string[], actors: readonly string[]): number => {
    const id = groups.length;
    groups.push({ label, actors: new Set(actors) });
    for (const term of terms) entries.push({ text: term, group: id });
    return id;
  };
  const addCueGroup = (group: CueGroup): number => addGroup(group.label, group.terms, group.actors);
  const markersById = new Map<string, number>();
  const partial = pack.claims.map((claim) => {
    const markers = addCueGroup(claim.cues.markers);
    markersById.set(claim.id, markers);
    return {
      id: claim.id,
      statement: claim.statement,
      topic: claim.cues.topic.map(addCueGroup),
      markers,
      evidence: claim.cues.evidence.map((set) => set.map(addCueGroup)),
      exclude: claim.cues.exclude.length > 0 ? addGroup('exclude', claim.cues.exclude, []) : -1,
      opposes: claim.opposes,
    };
  });
  const claims: CompiledClaim[] = partial.map(({ opposes, ...claim }) => ({
    ...claim,
    opposingMarkers: opposes.map((id) => markersById.get(id)).filter((g): g is number => g !== undefined),
  }));
  return {
    claims,
    groups,
    terms: createAliasIndex(entries),
    statements: new Map(pack.claims.map((c) => [c.id, c.statement])),
  };
}

/**
 * Finds the cue terms of one block and the sentences that might state a claim. Sentences are
 * segmented only around the rarest cue a claim needs (its markers, or the first group of an
 * evidence set), and only when every group the claim needs occurs somewhere in the block.
 * `actors` are the block's candidate actor mentions, before page context (a superset).
 */
export function scanClaimCandidates(model: ClaimModel, folded: FoldedText, actors: readonly ActorSpan[]): ClaimScan {
  if (model.claims.length === 0) return EMPTY_SCAN;
  const hits = model.terms.find(folded);
  const terms: TermHit[] = [];
  // Merge hits of one span (several keys never share a span, but several groups share a key).
  for (const hit of hits) terms.push({ start: hit.start, end: hit.end, groups: hit.entries.map((e) => e.group) });
  if (terms.length === 0 && actors.length === 0) return EMPTY_SCAN;

  const present = new Set<number>();
  for (const t of terms) for (const g of t.groups) present.add(g);
  const actorIds = new Set(actors.map((a) => a.actorId));
  const isPresent = (g: number): boolean => {
    if (present.has(g)) return true;
    for (const id of model.groups[g]!.actors) if (actorIds.has(id)) return true;
    return false;
  };
  const anchorGroups = new Set<number>();
  for (const claim of model.claims) {
    if (isPresent(claim.markers) && claim.topic.every(isPresent)) anchorGroups.add(claim.markers);
    for (const set of claim.evidence) if (set.every(isPresent)) anchorGroups.add(set[0]!);
  }
  if (anchorGroups.size === 0) return EMPTY_SCAN;
  const anchors: number[] = [];
  for (const t of terms) if (t.groups.some((g) => anchorGroups.has(g))) anchors.push(t.start);
  for (const a of actors) {
    for (const g of anchorGroups) if (model.groups[g]!.actors.has(a.actorId)) anchors.push(a.start);
  }
  const sentences = sentencesAround(folded.original, anchors);
  const kept = terms.filter((t) => sentences.some((s) => t.start >= s.start && t.end <= s.end));
  return { sentences, terms: kept };
}

/** Decides which candidate sentences of one block state which claims, given the actor mentions that count. */
export function matchClaims(model: ClaimModel, text: string, scan: ClaimScan, actors: readonly ActorSpan[]): ClaimMatch[] {
  const out: ClaimMatch[] = [];
  for (const sentence of scan.sentences) {
    const terms = scan.terms.filter((t) => t.start >= sentence.start && t.end <= sentence.end);
    const spans = actors.filter((a) => a.start >= sentence.start && a.end <= sentence.end);
    const cache = new Map<number, CueMatch | null>();
    const cue = (g: number): CueMatch | null => {
      let found = cache.get(g);
      if (found !== undefined) return found;
      found = null;
      const group = model.groups[g]!;
      let best: { start: number; end: number } | null = null;
      for (const t of terms) if (t.groups.includes(g) && (!best || t.start < best.start)) best = t;
      for (const a of spans) if (group.actors.has(a.actorId) && (!best || a.start < best.start)) best = a;
      if (best) found = { label: group.label, text: text.slice(best.start, best.end) };
      cache.set(g, found);
      return found;
    };
    for (const claim of model.claims) {
      if (claim.exclude >= 0 && cue(claim.exclude)) continue;
      const marker = cue(claim.markers);
      if (marker && !claim.opposingMarkers.some((g) => cue(g))) {
        const topic = claim.topic.map(cue);
        if (topic.every((c): c is CueMatch => c !== null)) {
          out.push({ claimId: claim.id, start: sentence.start, end: sentence.end, via: 'topic', cues: [...topic, { ...marker }] });
          continue;
        }
      }
      for (const set of claim.evidence) {
        const cues = set.map(cue);
        if (cues.every((c): c is CueMatch => c !== null)) {
          out.push({ claimId: claim.id, start: sentence.start, end: sentence.end, via: 'evidence', cues: cues.map((c) => ({ ...c })) });
          break;
        }
      }
    }
  }
  return out;
}

/** One sentence, for the card, saying which claim the sentence states and which words showed it. */
export function explainClaim(model: ClaimModel, match: ClaimMatch): string {
  const statement = model.statements.get(match.claimId) ?? match.claimId;
  const cues = match.cues.map((c) => `${c.label} “${c.text}”`).join(', ');
  return match.via === 'topic'
    ? `This sentence says: ${statement} (matched ${cues}).`
    : `This sentence gives the evidence cited for: ${statement} (matched ${cues}).`;
}
