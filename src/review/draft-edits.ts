/**
 * The edits the review page offers on a draft pack, as pure functions from pack to pack. Each keeps
 * the pack's cross-references whole (a merged actor's quotes, claims and cues move to the actor it
 * was merged into; a deleted quote leaves no claim pointing at it; oppositions stay symmetric), so
 * that what the reader saves validates unless they typed something the schema refuses.
 */
import { OPPOSITE_STANCE, type Actor, type Alias, type Claim, type ClaimStance, type FrameSlot, type Pack, type Quote } from '../core/pack';

/** Replaces the actor with `actorId` by `update(actor)`. */
function withActor(pack: Pack, actorId: string, update: (actor: Actor) => Actor): Pack {
  return { ...pack, actors: pack.actors.map((actor) => (actor.id === actorId ? update(actor) : actor)) };
}

/** Changes an actor's name, kind, role or highlight switch (its id, which others refer to, stays). */
export function editActor(pack: Pack, actorId: string, patch: Partial<Pick<Actor, 'name' | 'kind' | 'role' | 'highlight'>>): Pack {
  return withActor(pack, actorId, (actor) => ({ ...actor, ...patch }));
}

/** Whether a name form is an acronym ("ISIS", "NATO"), which matches only in its own case. */
export function isAcronym(text: string): boolean {
  return /^[A-Z][A-Z0-9.&-]{1,9}$/.test(text.trim());
}

/** Adds a name form to an actor; acronyms become case-sensitive. Empty or repeated forms change nothing. */
export function addAlias(pack: Pack, actorId: string, text: string): Pack {
  const form = text.trim().replace(/\s+/g, ' ');
  if (!form) return pack;
  return withActor(pack, actorId, (actor) => {
    if (actor.aliases.some((alias) => alias.text === form)) return actor;
    const lang = actor.aliases[0]?.lang ?? pack.article.language;
    return { ...actor, aliases: [...actor.aliases, { text: form, caseSensitive: isAcronym(form), standalone: true, lang }] };
  });
}

/** Removes an actor's name form at `index`; the last one stays, since an actor needs one. */
export function removeAlias(pack: Pack, actorId: string, index: number): Pack {
  return withActor(pack, actorId, (actor) =>
    actor.aliases.length <= 1 ? actor : { ...actor, aliases: actor.aliases.filter((_, i) => i !== index) },
  );
}

/** Changes the matching rule of an actor's name form at `index`. */
export function setAliasRule(
  pack: Pack,
  actorId: string,
  index: number,
  patch: Partial<Pick<Alias, 'caseSensitive' | 'standalone'>>,
): Pack {
  return withActor(pack, actorId, (actor) => ({
    ...actor,
    aliases: actor.aliases.map((alias, i) => (i === index ? { ...alias, ...patch } : alias)),
  }));
}

/** Replaces `from` by `into` in a list of ids, without repeating `into`. */
function remapIds(ids: readonly string[], from: string, into: string): string[] {
  return [...new Set(ids.map((id) => (id === from ? into : id)))];
}

function remapSlot(slot: FrameSlot, from: string, into: string): FrameSlot {
  return { ...slot, actors: remapIds(slot.actors, from, into) };
}

/**
 * Merges the actor `fromId` into `intoId` (two variants the builder did not recognise as one): its
 * name forms join the other's, and its quotes, claims and claim frames now name the other.
 */
export function mergeActors(pack: Pack, fromId: string, intoId: string): Pack {
  const from = pack.actors.find((actor) => actor.id === fromId);
  if (!from || fromId === intoId || !pack.actors.some((actor) => actor.id === intoId)) return pack;
  const actors = pack.actors
    .filter((actor) => actor.id !== fromId)
    .map((actor) => {
      if (actor.id !== intoId) return actor;
      const known = new Set(actor.aliases.map((alias) => alias.text));
      return { ...actor, aliases: [...actor.aliases, ...from.aliases.filter((alias) => !known.has(alias.text))] };
    });
  const quotes = pack.quotes.map((quote) => (quote.speaker === fromId ? { ...quote, speaker: intoId } : quote));
  const claims = pack.claims.map((claim) => ({
    ...claim,
    speakers: remapIds(claim.speakers, fromId, intoId),
    frame: {
      ...claim.frame,
      subject: remapSlot(claim.frame.subject, fromId, intoId),
      ...(claim.frame.object ? { object: remapSlot(claim.frame.object, fromId, intoId) } : {}),
      evidence: claim.frame.evidence.map((set) => set.map((slot) => remapSlot(slot, fromId, intoId))),
    },
  }));
  return { ...pack, actors, quotes, claims };
}

/** Changes a quote's speaker, words or kind (direct or reported). */
export function editQuote(pack: Pack, quoteId: string, patch: Partial<Pick<Quote, 'speaker' | 'text' | 'direct'>>): Pack {
  return { ...pack, quotes: pack.quotes.map((quote) => (quote.id === quoteId ? { ...quote, ...patch } : quote)) };
}

/** Deletes a quote and every claim's reference to it. */
export function deleteQuote(pack: Pack, quoteId: string): Pack {
  return {
    ...pack,
    quotes: pack.quotes.filter((quote) => quote.id !== quoteId),
    claims: pack.claims.map((claim) =>
      claim.quotes.includes(quoteId) ? { ...claim, quotes: claim.quotes.filter((id) => id !== quoteId) } : claim,
    ),
  };
}

/** Changes a claim's statement. */
export function editClaim(pack: Pack, claimId: string, patch: Partial<Pick<Claim, 'statement'>>): Pack {
  return { ...pack, claims: pack.claims.map((claim) => (claim.id === claimId ? { ...claim, ...patch } : claim)) };
}

/** Deletes a claim and its place (and the builder's reasons) in the claims it opposed. */
export function deleteClaim(pack: Pack, claimId: string): Pack {
  return {
    ...pack,
    claims: pack.claims
      .filter((claim) => claim.id !== claimId)
      .map((claim) =>
        claim.opposes.includes(claimId) || claim.linkedBecause.some((r) => r.claim === claimId)
          ? {
              ...claim,
              opposes: claim.opposes.filter((id) => id !== claimId),
              linkedBecause: claim.linkedBecause.filter((r) => r.claim !== claimId),
            }
          : claim,
      ),
  };
}

/**
 * Changes what a claim says: the idea (a concept of the vocabulary) and the side it takes of it.
 * The claim then states that idea in the vocabulary's words only, so the pack's own words for the
 * old idea no longer stand in for it.
 */
export function setClaimFrame(pack: Pack, claimId: string, patch: { concept?: string; stance?: ClaimStance; label?: string }): Pack {
  return {
    ...pack,
    claims: pack.claims.map((claim) => {
      if (claim.id !== claimId) return claim;
      const predicate =
        patch.concept && patch.concept !== claim.frame.predicate.concepts[0]
          ? { label: patch.label ?? patch.concept, concepts: [patch.concept], terms: [] }
          : claim.frame.predicate;
      return { ...claim, frame: { ...claim.frame, predicate, stance: patch.stance ?? claim.frame.stance } };
    }),
  };
}

/** A slot without the actor; null when nothing is left to fill it. */
function slotWithout(slot: FrameSlot, actorId: string): FrameSlot | null {
  const actors = slot.actors.filter((id) => id !== actorId);
  return actors.length > 0 || slot.terms.length > 0 || slot.concepts.length > 0 ? { ...slot, actors } : null;
}

/**
 * Deletes an actor the builder found by mistake (a room, a product, an acronym): its quotes keep
 * their words without a speaker, its claims lose it as a speaker, and a claim about it keeps its
 * name as plain words, so that what it said and what was said of it stay reviewable.
 */
export function deleteActor(pack: Pack, actorId: string): Pack {
  const actor = pack.actors.find((a) => a.id === actorId);
  if (!actor) return pack;
  const quotes = pack.quotes.map((quote) => {
    if (quote.speaker !== actorId) return quote;
    const { speaker: _speaker, ...rest } = quote;
    return { ...rest, source: actor.name };
  });
  const claims = pack.claims.map((claim) => {
    const subject = slotWithout(claim.frame.subject, actorId) ?? { ...claim.frame.subject, actors: [], terms: [actor.name] };
    const object = claim.frame.object ? slotWithout(claim.frame.object, actorId) : undefined;
    const evidence = claim.frame.evidence
      .map((set) => set.map((slot) => slotWithout(slot, actorId)).filter((slot): slot is FrameSlot => slot !== null))
      .filter((set) => set.length > 0);
    const { object: _object, ...frame } = claim.frame;
    return {
      ...claim,
      speakers: claim.speakers.filter((id) => id !== actorId),
      frame: { ...frame, subject, evidence, ...(object ? { object } : {}) },
    };
  });
  return { ...pack, actors: pack.actors.filter((a) => a.id !== actorId), quotes, claims };
}

/**
 * Marks two claims as opposing each other, on both sides (the schema requires symmetry). When the
 * two say something of the same subject with the same concepts, the second takes the stance
 * opposite the first's ("still a threat" against "no longer a threat"), so that pages restating
 * either are told apart.
 */
export function linkOpposition(pack: Pack, a: string, b: string): Pack {
  const first = pack.claims.find((claim) => claim.id === a);
  const second = pack.claims.find((claim) => claim.id === b);
  if (!first || !second || a === b) return pack;
  const shares = (x: readonly string[], y: readonly string[]): boolean => x.some((v) => y.some((w) => v.toLowerCase() === w.toLowerCase()));
  const sameQuestion =
    shares(first.frame.predicate.concepts, second.frame.predicate.concepts) &&
    (shares(first.frame.subject.actors, second.frame.subject.actors) || shares(first.frame.subject.terms, second.frame.subject.terms));
  const stance = sameQuestion && first.frame.stance === second.frame.stance ? OPPOSITE_STANCE[first.frame.stance] : second.frame.stance;
  return {
    ...pack,
    claims: pack.claims.map((claim) => {
      if (claim.id === a) return { ...claim, opposes: [...new Set([...claim.opposes, b])] };
      if (claim.id === b) return { ...claim, opposes: [...new Set([...claim.opposes, a])], frame: { ...claim.frame, stance } };
      return claim;
    }),
  };
}

/** Removes the opposition between two claims, on both sides. */
export function unlinkOpposition(pack: Pack, a: string, b: string): Pack {
  return {
    ...pack,
    claims: pack.claims.map((claim) => {
      if (claim.id === a)
        return {
          ...claim,
          opposes: claim.opposes.filter((id) => id !== b),
          linkedBecause: claim.linkedBecause.filter((r) => r.claim !== b),
        };
      if (claim.id === b)
        return {
          ...claim,
          opposes: claim.opposes.filter((id) => id !== a),
          linkedBecause: claim.linkedBecause.filter((r) => r.claim !== a),
        };
      return claim;
    }),
  };
}

/** Changes the pack's title (the article's headline as the popup and cards show it). */
export function editTitle(pack: Pack, title: string): Pack {
  return { ...pack, article: { ...pack.article, title } };
}
