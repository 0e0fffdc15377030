/**
 * Reads packs of format 1, whose claims were recognised by hand-written cue lists (topic groups,
 * a polarity, marker words, exclusions), and rewrites them as format 3, whose claims are frames
 * of the shared concept vocabulary. Nothing is lost: every actor reference, term and exclusion of
 * the old cues lands somewhere in the frame; words the vocabulary does not know stay the pack's
 * own terms. The result is raw data, validated afterwards like any pack.
 *
 * How cues become a frame:
 * - The first topic group that names actors (else the first group) is the subject.
 * - Concepts are looked up in every other topic group and in the markers; the group with the most
 *   concept words is the predicate; the others (a place, a party) become the object.
 * - The markers decide the stance: a demand ("should", "called for"), reluctance, "no longer", or
 *   "still" wins over the bare polarity.
 * - Evidence groups become evidence slots with the same actors and terms.
 */
import * as z from 'zod';
import { CONCEPTS_BY_ID, findConcepts } from './lexicon/concepts';
import { isOnlyStanceWords, operatorKindsIn } from './stance';

const text = z.string().trim().min(1, 'empty').max(400, 'longer than 400 characters');
const actorId = z.string().min(1, 'empty');

/** A cue group of format 1. */
const LegacyCueGroup = z
  .strictObject({ label: text, terms: z.array(text).max(200).default([]), actors: z.array(actorId).default([]) })
  .refine((group) => group.terms.length > 0 || group.actors.length > 0, 'needs at least one term or actor');
/** A cue group of the format-1 cue lists (also how the builder still groups a claim's words before it writes the frame). */
export type LegacyCueGroup = z.infer<typeof LegacyCueGroup>;

/** The cues of a format-1 claim. */
const LegacyClaimCues = z.strictObject({
  topic: z.array(LegacyCueGroup).min(1, 'needs at least one topic group').max(12),
  polarity: z.enum(['positive', 'negative']),
  markers: LegacyCueGroup,
  evidence: z.array(z.array(LegacyCueGroup).min(1).max(12)).max(8).default([]),
  exclude: z.array(text).max(200).default([]),
});
/** The cues of a format-1 claim. */
export type LegacyClaimCues = z.infer<typeof LegacyClaimCues>;

/** A frame slot as raw data. */
interface RawSlot {
  label: string;
  actors: string[];
  terms: string[];
  concepts: string[];
}

/** The concepts a term is a form of: the term must be covered whole by one concept's words. */
function conceptsOfTerm(term: string): string[] {
  return findConcepts(term)
    .filter((hit) => hit.start === 0 && hit.end >= term.trimEnd().length)
    .map((hit) => hit.concept);
}

/** Splits a group's terms into the concepts they are forms of and the terms no concept covers. */
function analyse(group: LegacyCueGroup): { concepts: string[]; rest: string[] } {
  const concepts = new Set<string>();
  const rest: string[] = [];
  for (const term of group.terms) {
    const found = conceptsOfTerm(term);
    if (found.length > 0) for (const c of found) concepts.add(c);
    else rest.push(term);
  }
  return { concepts: [...concepts], rest };
}

const slotOf = (group: LegacyCueGroup): RawSlot => ({
  label: group.label,
  actors: [...group.actors],
  terms: [...group.terms],
  concepts: [],
});

/**
 * The stance the markers of a format-1 claim express. Its polarity only said which side of an
 * opposed pair it was on, not that it denied anything, so a claim without stance words is asserted.
 */
function stanceOf(cues: LegacyClaimCues): string {
  const kinds = new Set<string>();
  for (const term of cues.markers.terms) for (const kind of operatorKindsIn(term)) kinds.add(kind);
  if (kinds.has('demand') && cues.polarity === 'positive') return 'demanded';
  if (kinds.has('reluctance')) return 'reluctant';
  if (kinds.has('ended')) return 'ended';
  if (kinds.has('negation') && cues.polarity === 'negative') return 'negated';
  if (kinds.has('ongoing')) return 'continuing';
  return 'asserted';
}

/** A concept and its antonyms. */
function withAntonyms(ids: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const id of ids) {
    out.add(id);
    for (const a of CONCEPTS_BY_ID.get(id)?.antonyms ?? []) out.add(a);
    for (const [other, entry] of CONCEPTS_BY_ID) if (entry.antonyms?.includes(id)) out.add(other);
  }
  return out;
}

/** Rewrites the cues of one format-1 claim as a frame. */
export function cuesToFrame(cues: LegacyClaimCues): Record<string, unknown> {
  const subjectAt = Math.max(
    0,
    cues.topic.findIndex((group) => group.actors.length > 0),
  );
  const subject = slotOf(cues.topic[subjectAt]!);
  const others = cues.topic.filter((_, i) => i !== subjectAt).map((group) => ({ group, ...analyse(group) }));
  // Marker words that are stance words ("still", "should") say how, not what: they are not concepts.
  const markerTerms = cues.markers.terms.filter((term) => !isOnlyStanceWords(term));
  const markers = analyse({ ...cues.markers, terms: markerTerms.length > 0 ? markerTerms : ['-'] });
  const topical = [...others].sort((a, b) => b.concepts.length - a.concepts.length)[0];
  const topicalConcepts = topical && topical.concepts.length > 0 ? topical.concepts : [];
  // The predicate is the topic's idea ("threat") unless the markers name another one ("alone"
  // for Iraqi forces and their task), in which case the topic group is what it is done to.
  const related = withAntonyms(topicalConcepts);
  const markersOwn = markers.concepts.filter((c) => !related.has(c));
  const predicateFromMarkers = markersOwn.length > 0 && (topicalConcepts.length === 0 || markers.concepts.every((c) => !related.has(c)));
  const concepts = new Set<string>(
    predicateFromMarkers ? markersOwn : [...topicalConcepts, ...markers.concepts.filter((c) => topicalConcepts.includes(c))],
  );
  const terms = new Set<string>(
    predicateFromMarkers ? markers.rest.filter((t) => t !== '-') : [...(topical?.rest ?? []), ...markers.rest.filter((t) => t !== '-')],
  );
  const objects = others.filter((o) => predicateFromMarkers || o !== topical);
  if (concepts.size === 0 && terms.size === 0) for (const term of cues.markers.terms) terms.add(term);
  const firstConcept = [...concepts][0];
  const label =
    (!predicateFromMarkers && topical?.group.label) || (firstConcept ? CONCEPTS_BY_ID.get(firstConcept)!.label : cues.markers.label);
  const frame: Record<string, unknown> = {
    subject,
    predicate: { label, concepts: [...concepts], terms: [...terms].slice(0, 200) },
    stance: stanceOf(cues),
    evidence: cues.evidence.map((set) => set.map(slotOf)),
    exclude: cues.exclude,
  };
  if (objects.length > 0) {
    // Several other groups become one object slot that any of them fills.
    const object: RawSlot = {
      label: objects
        .map((o) => o.group.label)
        .join(' or ')
        .slice(0, 400),
      actors: [],
      terms: [],
      concepts: [],
    };
    for (const { group } of objects) {
      object.actors.push(...group.actors.filter((a) => !object.actors.includes(a)));
      object.terms.push(...group.terms.filter((t) => !object.terms.includes(t)));
    }
    frame.object = object;
  }
  // Actors of the markers (a format-1 marker could be satisfied by a mention) join the subject.
  for (const a of cues.markers.actors) if (!subject.actors.includes(a)) subject.actors.push(a);
  return frame;
}

/**
 * Rewrites a format-1 pack as format 3. Errors name the place in the old pack
 * (`claims[2].cues.topic: …`); everything else is validated by the caller afterwards.
 */
export function migrateLegacyPack(data: unknown): { ok: true; value: Record<string, unknown> } | { ok: false; errors: string[] } {
  const pack = data as Record<string, unknown>;
  const claims = Array.isArray(pack.claims) ? pack.claims : [];
  const errors: string[] = [];
  const migrated = claims.map((raw, i) => {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return raw;
    const { cues, ...rest } = raw as Record<string, unknown>;
    const parsed = LegacyClaimCues.safeParse(cues);
    if (!parsed.success) {
      for (const issue of parsed.error.issues.slice(0, 5))
        errors.push(
          `claims[${i}].cues${issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('')}: ${issue.message}`,
        );
      return raw;
    }
    return { ...rest, frame: cuesToFrame(parsed.data) };
  });
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, value: { ...pack, schemaVersion: 3, claims: migrated } };
}
