/**
 * A claim and the claim that contests it, side by side, as the popup lists them. The pair is
 * presented symmetrically: neither side is called right or wrong.
 */
import type { Pack } from '../core/pack';
import { ClaimSideView } from './ClaimSideView';
import type { ClaimPairing } from './card-model';

/** Props of `ClaimPair`. */
export interface ClaimPairProps {
  /** The pack both claims belong to. */
  readonly pack: Pack;
  /** The claim and the claim that contests it. */
  readonly pairing: ClaimPairing;
}

/** Two claims that contradict each other, in two columns. */
export function ClaimPair({ pack, pairing }: ClaimPairProps) {
  return (
    <li class="ncl-pair" data-pair={`${pairing.claim.id}|${pairing.opposing.id}`}>
      <ClaimSideView pack={pack} claim={pairing.claim} label="Claim" />
      <span class="ncl-pair-sep" aria-hidden="true">
        ↔
      </span>
      <ClaimSideView pack={pack} claim={pairing.opposing} label="Contested by" />
    </li>
  );
}
