/**
 * Writes a drafted claim as a frame of the shared vocabulary, so that a pack made from any article
 * is matched by meaning, exactly as the seed pack is: each of the claim's sentences is read with
 * the stance reader (stance.ts), and the reading that the claim's own words assert gives the
 * predicate (its concept), the stance (asserted, negated, still, no longer, demanded, reluctant)
 * and the subject (the actor named next to it, or else the noun it is said of).
 *
 * When no concept of the vocabulary is read in the claim's sentences, the frame falls back to the
 * claim's own words (its cue lists, as `cuesToFrame` writes them), which match those words only.
 */
import { CONCEPTS_BY_ID, findConcepts } from '../lexicon/concepts';
import type { ClaimFrame, ClaimStance } from '../pack';
import { cuesToFrame, type LegacyClaimCues } from '../pack-migration';
import { readSentence, type Reading } from '../stance';
import type { DraftActor, Mention } from './actors';
import { FUNCTION_WORDS } from '../lexicon/function-words';
import { STOP_WORDS } from './lexicon';

/** What the frame drafter needs about one claim. */
export interface FrameInput {
  /** The claim's statement, which restates the claim's own words (read first). */
  readonly statement: string;
  /** The claim's sentences, verbatim. */
  readonly sentences: readonly string[];
  /** Actor ids of those who make it (a subject is someone else, unless nobody else is named). */
  readonly speakers: readonly string[];
  /** The cue lists the grouping wrote, for the fallback. */
  readonly cues: LegacyClaimCues;
}

/** The stance a reading takes, in the frame's terms. */
export function stanceOfReading(r: Reading): ClaimStance {
  if (r.reluctance) return r.polarity === 1 ? 'reluctant' : 'asserted';
  if (r.demand) return r.polarity === 1 ? 'demanded' : 'reluctant';
  if (r.polarity === -1) return r.ended ? 'ended' : 'negated';
  return r.ongoing ? 'continuing' : 'asserted';
}

/** Draft the frame of one claim from its sentences in `text` (the article), given the actors and their mentions. */
export function draftFrame(input: FrameInput, text: string, actors: readonly DraftActor[], mentions: readonly Mention[]): ClaimFrame {
  const kinds = new Map(actors.map((a) => [a.id, a.kind]));
  const names = new Map(actors.map((a) => [a.id, a.name]));
  // The statement restates the claim's own words (a sentence of the article may hold two claims,
  // "… no longer a danger, and that aid workers should leave"), so it is read first; its actor
  // mentions are found by the actors' names. The sentences are read when it gives nothing.
  const sources: { sentence: string; mentions: Mention[] }[] = [{ sentence: input.statement, mentions: namesIn(input.statement, actors) }];
  for (const sentence of input.sentences) {
    const offset = text.indexOf(sentence);
    if (offset < 0) continue;
    sources.push({
      sentence,
      mentions: mentions
        .filter((m) => m.start >= offset && m.end <= offset + sentence.length)
        .map((m) => ({ ...m, start: m.start - offset, end: m.end - offset })),
    });
  }
  let best: { reading: Reading; sentence: string; mentions: Mention[]; score: number } | null = null;
  for (const [k, source] of sources.entries()) {
    const hits = findConcepts(source.sentence);
    for (const reading of readSentence(source.sentence, 0, source.sentence.length, hits)) {
      if (!reading.asserted) continue;
      // A reading with stance words says more about which side the claim takes; one in the main
      // clause says more than one in a concession; the statement outweighs the sentences.
      const score =
        (k === 0 ? 10 : 0) +
        reading.operators.length +
        (reading.clause === 'main' || reading.clause === 'contrast' ? 2 : 0) +
        (CONCEPTS_BY_ID.get(reading.concept)?.action ? 1 : 0);
      if (!best || score > best.score) best = { reading, sentence: source.sentence, mentions: source.mentions, score };
    }
  }
  if (!best) return cuesToFrame(input.cues) as unknown as ClaimFrame;

  const { reading, sentence } = best;
  const offset = 0;
  const inScope = best.mentions.filter((m) => m.start >= offset + reading.scope.start && m.end <= offset + reading.scope.end);
  // The subject: the nearest actor named in the idea's clause that is not the speaker and not a
  // country used as a place; else the noun the idea is said of; else the speaker.
  const byDistance = (m: Mention): number => Math.abs(m.start - (offset + reading.start));
  const others = inScope.filter((m) => !input.speakers.includes(m.actor)).sort((a, b) => byDistance(a) - byDistance(b));
  const subjectMention = others.find((m) => kinds.get(m.actor) !== 'country') ?? others[0];
  const subject = subjectMention
    ? { label: names.get(subjectMention.actor) ?? subjectMention.actor, actors: [subjectMention.actor], terms: [], concepts: [] }
    : (subjectNoun(sentence, reading) ?? {
        label: names.get(input.speakers[0] ?? '') ?? 'the subject',
        actors: input.speakers.slice(0, 1),
        terms: input.speakers.length === 0 ? ['it'] : [],
        concepts: [],
      });
  const concept = CONCEPTS_BY_ID.get(reading.concept)!;
  const frame: ClaimFrame = {
    subject,
    predicate: { label: concept.label, concepts: [concept.id], terms: [] },
    stance: stanceOfReading(reading),
    evidence: [],
    exclude: [],
  };
  // A place named with it ("leave the region", "troops in Iraq") narrows the claim to that place.
  const place = inScope.find((m) => kinds.get(m.actor) === 'country' && m.actor !== subjectMention?.actor);
  if (place && concept.action)
    frame.object = { label: names.get(place.actor) ?? place.actor, actors: [place.actor], terms: [], concepts: [] };
  // The evidence the grouping found (figures of the dead and wounded) stays with the claim.
  frame.evidence = input.cues.evidence.map((set) =>
    set.map((g) => ({ label: g.label, actors: [...g.actors], terms: [...g.terms], concepts: [] })),
  );
  return frame;
}

/** Mentions of the actors in a text of the builder's own (a statement), found by their names. */
function namesIn(sentence: string, actors: readonly DraftActor[]): Mention[] {
  const out: Mention[] = [];
  for (const actor of actors) {
    for (const alias of actor.aliases) {
      const escaped = alias.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const re = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, alias.caseSensitive ? 'gu' : 'giu');
      for (const m of sentence.matchAll(re))
        if (!out.some((o) => o.start < m.index + m[0].length && m.index < o.end))
          out.push({ start: m.index, end: m.index + m[0].length, actor: actor.id });
    }
  }
  return out;
}

/** The noun right before the idea that it is said of ("the drought is no longer a danger"), as the subject's own word. */
function subjectNoun(sentence: string, reading: Reading): ClaimFrame['subject'] | null {
  const before = sentence.slice(reading.scope.start, reading.start);
  const words = [...before.matchAll(/\p{L}[\p{L}'’-]+/gu)].map((m) => m[0]);
  for (let k = words.length - 1; k >= 0; k--) {
    const word = words[k]!;
    const lower = word.toLowerCase();
    if (lower.length < 4 || FUNCTION_WORDS.has(lower) || STOP_WORDS.has(lower) || /^(?:that|said|says|this|their|there)$/.test(lower))
      continue;
    // Verbs and stance words are not what the idea is said of.
    if (/(?:ed|ing|ly)$/.test(lower) || findConcepts(word).length > 0) continue;
    return { label: lower, actors: [], terms: [lower], concepts: [] };
  }
  return null;
}

/** A drafted claim with the parts the alignment reads and writes. */
interface AlignedClaim {
  readonly id: string;
  readonly opposes: readonly string[];
  frame: ClaimFrame;
}

const OPPOSITE: Readonly<Record<ClaimStance, ClaimStance>> = {
  asserted: 'negated',
  negated: 'asserted',
  continuing: 'ended',
  ended: 'continuing',
  demanded: 'reluctant',
  reluctant: 'demanded',
};

/**
 * An answer takes the frame of what it answers: a claim whose own words name no idea of the
 * vocabulary ("the network seems reluctant to meet Wanjiru's demand") but which opposes one that
 * does ("aid workers should leave the region") is read as that claim's subject and predicate with
 * the opposite stance, so that a page taking either side is told apart.
 */
export function alignAnswers<C extends AlignedClaim>(claims: C[]): C[] {
  const byId = new Map(claims.map((c) => [c.id, c]));
  for (const claim of claims) {
    if (claim.frame.predicate.concepts.length > 0 || claim.opposes.length !== 1) continue;
    const question = byId.get(claim.opposes[0]!);
    if (!question || question.frame.predicate.concepts.length === 0) continue;
    claim.frame = {
      ...question.frame,
      stance: OPPOSITE[question.frame.stance],
      evidence: claim.frame.evidence,
      exclude: claim.frame.exclude,
    };
  }
  return claims;
}
