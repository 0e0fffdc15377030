/**
 * The claims that contest a claim, each with who holds it and the evidence the article gives.
 * Neutral wording throughout: a claim is "contested by" another, never "false".
 */
import type { Claim, Pack } from '../core/pack';
import { opposingClaims, speakersOf } from './card-model';

/** Props of `ContestedBy`. */
export interface ContestedByProps {
  /** The pack both claims belong to. */
  readonly pack: Pack;
  /** The claim whose opponents are listed. */
  readonly claim: Claim;
  /** Whether each opposing claim's evidence is shown open (claim cards) or folded (actor cards). */
  readonly evidenceOpen: boolean;
}

/** The opposing claims of `claim`, or a plain note that the article gives none. */
export function ContestedBy({ pack, claim, evidenceOpen }: ContestedByProps) {
  const others = opposingClaims(pack, claim);
  if (others.length === 0) return <p class="ncl-muted ncl-uncontested">No other claim in the article contests this one.</p>;
  return (
    <ul class="ncl-contested" aria-label="Contested by">
      {others.map((other) => (
        <li key={other.id} class="ncl-contested-item" data-claim-id={other.id}>
          <p class="ncl-contested-by">
            Contested by <strong>{speakersOf(pack, other)}</strong>
            {other.when ? <span class="ncl-muted"> · {other.when}</span> : null}
          </p>
          <p class="ncl-statement ncl-statement-opposing" dir="auto">
            {other.statement}
          </p>
          {other.evidence.length > 0 ? (
            <details class="ncl-evidence" open={evidenceOpen}>
              <summary>Evidence given ({other.evidence.length})</summary>
              <ul>
                {other.evidence.map((line, i) => (
                  <li key={i} dir="auto">
                    {line}
                  </li>
                ))}
              </ul>
            </details>
          ) : (
            <p class="ncl-muted">The article gives no evidence for it.</p>
          )}
        </li>
      ))}
    </ul>
  );
}
