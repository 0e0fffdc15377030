/**
 * Splits a pack's claims into two sides so that cards and highlights can say "this restates the
 * claim" or "this sides with the opposing claim". The first claim of the pack (the article's lead
 * claim) sets the "claim" side; claims that oppose it are "opposing", claims that oppose those are
 * "claim" again, and so on through the opposition graph, one connected group at a time.
 */
import type { Pack } from './pack';

/** Which side of the article's oppositions a claim is on. */
export type ClaimSide = 'claim' | 'opposing';

/** Assigns every claim of the pack a side by walking the opposition graph in pack order. */
export function assignClaimSides(pack: Pick<Pack, 'claims'>): Map<string, ClaimSide> {
  const sides = new Map<string, ClaimSide>();
  const byId = new Map(pack.claims.map((claim) => [claim.id, claim]));
  for (const first of pack.claims) {
    if (sides.has(first.id)) continue;
    sides.set(first.id, 'claim');
    const queue = [first.id];
    while (queue.length > 0) {
      const id = queue.shift() as string;
      const side = sides.get(id);
      for (const other of byId.get(id)?.opposes ?? []) {
        if (sides.has(other) || !byId.has(other)) continue;
        sides.set(other, side === 'claim' ? 'opposing' : 'claim');
        queue.push(other);
      }
    }
  }
  return sides;
}
