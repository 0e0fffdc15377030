/**
 * One side of a claim pair: who makes the claim, the claim, their first quote and the evidence
 * they give. Used twice, side by side, by `ClaimPair`.
 */
import type { Claim, Pack } from '../core/pack';
import { QuoteView } from './QuoteView';
import { quotesOf, speakersOf } from './card-model';

/** Props of `ClaimSideView`. */
export interface ClaimSideViewProps {
  /** The pack the claim belongs to. */
  readonly pack: Pack;
  /** The claim shown. */
  readonly claim: Claim;
  /** The small heading above it ("Claim", "Contested by"). */
  readonly label: string;
}

/** A claim with its speaker, quote and evidence, compact enough for half a popup's width. */
export function ClaimSideView({ pack, claim, label }: ClaimSideViewProps) {
  const quote = quotesOf(pack, claim)[0];
  return (
    <div class="ncl-side" data-claim-id={claim.id}>
      <p class="ncl-label">{label}</p>
      <p class="ncl-side-speaker">{speakersOf(pack, claim)}</p>
      <p class="ncl-statement" dir="auto">
        {claim.statement}
      </p>
      {quote ? <QuoteView quote={quote} lang={pack.article.language} /> : null}
      {claim.evidence.length > 0 ? (
        <details class="ncl-evidence">
          <summary>Evidence given ({claim.evidence.length})</summary>
          <ul>
            {claim.evidence.map((line, i) => (
              <li key={i} dir="auto">
                {line}
              </li>
            ))}
          </ul>
        </details>
      ) : (
        <p class="ncl-muted ncl-small">No evidence given in the article.</p>
      )}
    </div>
  );
}
