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
import type { AliasEntry, AliasHit } from './alias-index';
import type { FoldedText } from './normalize';
import { endsWithAbbreviation, sentencesAround, splitSentences, type SentenceRange } from './segment';

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

/** One cue term of one group, as compiled into the shared index. */
export interface TermEntry extends AliasEntry {
  /** Tells cue terms from actor aliases when both share one index. */
  readonly kind: 'term';
  /** The group id. */
  readonly group: number;
}

/** True for entries of the shared index that are cue terms. */
export function isTermEntry(entry: AliasEntry): entry is TermEntry {
  return (entry as Partial<TermEntry>).kind === 'term';
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
  /** Every cue term, for the index the matcher compiles (shared with actor aliases). */
  readonly entries: readonly TermEntry[];
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
    for (const term of terms) entries.push({ kind: 'term', text: term, group: id });
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
    entries,
    statements: new Map(pack.claims.map((c) => [c.id, c.statement])),
  };
}

/**
 * Collects the cue terms of one block from the hits of the shared index and finds the sentences that might state a claim. The block is first
 * cut cheaply at sure sentence ends (see `roughSentences`); only the rough sentences in which every
 * group a claim needs occurs are segmented exactly with `Intl.Segmenter`. `actors` are the block's
 * candidate actor mentions, before page context (a superset of those that will count).
 */
export function scanClaimCandidates(model: ClaimModel, folded: FoldedText, hits: readonly AliasHit<AliasEntry>[], actors: readonly ActorSpan[]): ClaimScan {
  if (model.claims.length === 0) return EMPTY_SCAN;
  const terms: TermHit[] = [];
  for (const hit of hits) {
    let groups: number[] | null = null;
    for (const e of hit.entries) if (isTermEntry(e)) (groups ??= []).push(e.group);
    if (groups) terms.push({ start: hit.start, end: hit.end, groups });
  }
  if (terms.length === 0) return EMPTY_SCAN;
  const text = folded.original;

  const inBlock = presence(model, terms, 0, terms.length, actors, 0, actors.length);
  const candidates = model.claims.filter((claim) => (inBlock(claim.markers) && claim.topic.every(inBlock)) || claim.evidence.some((set) => set.every(inBlock)));
  if (candidates.length === 0) return EMPTY_SCAN;

  const sentences: SentenceRange[] = [];
  // Terms and actors come sorted by start; sweep them along the rough sentences.
  let t0 = 0;
  let a0 = 0;
  for (const rough of roughSentences(text)) {
    while (t0 < terms.length && terms[t0]!.start < rough.start) t0++;
    let t1 = t0;
    while (t1 < terms.length && terms[t1]!.start < rough.end) t1++;
    while (a0 < actors.length && actors[a0]!.start < rough.start) a0++;
    let a1 = a0;
    while (a1 < actors.length && actors[a1]!.start < rough.end) a1++;
    if (t1 === t0) continue;
    const present = presence(model, terms, t0, t1, actors, a0, a1);
    const worth = candidates.some((claim) => (present(claim.markers) && claim.topic.every(present)) || claim.evidence.some((set) => set.every(present)));
    if (!worth) continue;
    if (rough.end - rough.start <= MAX_SEGMENTED) sentences.push(...splitSentences(text, rough.start, rough.end));
    else {
      // A huge run without a sure sentence end (a list, a table flattened into one block): segment
      // only windows around the cues, because Intl.Segmenter is quadratic in Node 20.
      const anchors = terms.filter((t) => t.start >= rough.start && t.end <= rough.end).map((t) => t.start);
      sentences.push(...sentencesAround(text.slice(0, rough.end), anchors).filter((s) => s.start >= rough.start));
    }
  }
  if (sentences.length === 0) return EMPTY_SCAN;
  // Both lists are sorted by start, so one sweep keeps the terms inside some sentence.
  const kept: TermHit[] = [];
  let k = 0;
  for (const t of terms) {
    // The only sentence that can hold t is the first one that ends after t starts.
    while (k < sentences.length && sentences[k]!.end <= t.start) k++;
    const s = sentences[k];
    if (s && t.start >= s.start && t.end <= s.end) kept.push(t);
  }
  return { sentences, terms: kept };
}

/** Rough sentences longer than this are not segmented whole. */
const MAX_SEGMENTED = 4_000;

/** A sure sentence end: terminal punctuation, closing quotes or brackets, spaces, then a capital. */
const SURE_END = /[.!?]["'’”)\]]*\s+/g;

/**
 * Cuts a block at places where every engine's sentence segmenter also cuts (a period, question or
 * exclamation mark followed by spaces and a capital letter, not after an abbreviation or initial),
 * so that each rough sentence holds whole sentences and can be segmented on its own.
 */
export function roughSentences(text: string): SentenceRange[] {
  const out: SentenceRange[] = [];
  let start = 0;
  SURE_END.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SURE_END.exec(text)) !== null) {
    const cut = m.index + m[0].length;
    const next = text[cut];
    if (next === undefined || next === next.toLowerCase()) continue;
    if (text[m.index] === '.' && endsWithAbbreviation(text.slice(Math.max(start, m.index - 24), cut), text.slice(cut, cut + 24))) continue;
    out.push({ start, end: cut });
    start = cut;
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}

/** Returns a test of whether group `g` has one of the terms [t0, t1) or actors [a0, a1). */
function presence(model: ClaimModel, terms: readonly TermHit[], t0: number, t1: number, actors: readonly ActorSpan[], a0: number, a1: number): (g: number) => boolean {
  const groups = new Set<number>();
  for (let k = t0; k < t1; k++) for (const g of terms[k]!.groups) groups.add(g);
  const actorIds = new Set<string>();
  for (let k = a0; k < a1; k++) actorIds.add(actors[k]!.actorId);
  return (g: number): boolean => {
    if (groups.has(g)) return true;
    for (const id of model.groups[g]!.actors) if (actorIds.has(id)) return true;
    return false;
  };
}

const QUESTION_END = /\?["'’”)\]]*$/;

/** Decides which candidate sentences of one block state which claims, given the actor mentions that count. */
export function matchClaims(model: ClaimModel, text: string, scan: ClaimScan, actors: readonly ActorSpan[]): ClaimMatch[] {
  const out: ClaimMatch[] = [];
  let t0 = 0;
  let a0 = 0;
  for (const sentence of scan.sentences) {
    // A question asks, it does not state ("Will US troops leave Iraq eventually?").
    if (QUESTION_END.test(text.slice(Math.max(sentence.start, sentence.end - 8), sentence.end))) continue;
    // Sentences, terms and actors are all sorted by start: advance two cursors instead of filtering.
    while (t0 < scan.terms.length && scan.terms[t0]!.start < sentence.start) t0++;
    while (a0 < actors.length && actors[a0]!.start < sentence.start) a0++;
    const terms: TermHit[] = [];
    for (let k = t0; k < scan.terms.length && scan.terms[k]!.start < sentence.end; k++) if (scan.terms[k]!.end <= sentence.end) terms.push(scan.terms[k]!);
    const spans: ActorSpan[] = [];
    for (let k = a0; k < actors.length && actors[k]!.start < sentence.end; k++) if (actors[k]!.end <= sentence.end) spans.push(actors[k]!);
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
    /**
     * True when group `g` (an opposing claim's markers) matches outside this claim's own markers:
     * "real threat" inside "no real threat" is part of the negative marker, not a positive one.
     */
    const isOpposedBy = (g: number, own: number): boolean => {
      const ownHits = terms.filter((t) => t.groups.includes(own));
      for (const t of terms) {
        if (!t.groups.includes(g)) continue;
        if (!ownHits.some((o) => o.start <= t.start && o.end >= t.end && o.end - o.start > t.end - t.start)) return true;
      }
      const group = model.groups[g]!;
      return spans.some((a) => group.actors.has(a.actorId));
    };
    for (const claim of model.claims) {
      if (claim.exclude >= 0 && cue(claim.exclude)) continue;
      const marker = cue(claim.markers);
      if (marker && !claim.opposingMarkers.some((g) => isOpposedBy(g, claim.markers))) {
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
