/**
 * One claim of the draft on the review page: its statement, who makes it, the claims that contest
 * it (each can be unlinked) and a way to link another, and a way to delete it.
 */
import { useState } from 'preact/hooks';
import type { Claim, Pack } from '../core/pack';
import { actorById, claimById } from '../ui/card-model';
import { deleteClaim, editClaim, linkOpposition, unlinkOpposition } from './draft-edits';

/** Props of `ClaimEditor`. */
export interface ClaimEditorProps {
  /** The whole draft, for the other claims and for edits. */
  readonly pack: Pack;
  /** The claim this editor shows. */
  readonly claim: Claim;
  /** Its place in the list, from 1, for its label. */
  readonly number: number;
  /** Replaces the draft with an edited one. */
  readonly onChange: (pack: Pack) => void;
}

/** The editor of one claim. */
export function ClaimEditor({ pack, claim, number, onChange }: ClaimEditorProps) {
  const [opposing, setOpposing] = useState('');
  const base = `ncl-claim-${claim.id}`;
  const speakers = claim.speakers.map((id) => actorById(pack, id)?.name ?? id);
  const candidates = pack.claims.filter((other) => other.id !== claim.id && !claim.opposes.includes(other.id));
  return (
    <li class="ncl-review-item" data-claim-id={claim.id}>
      <h3 class="ncl-review-item-title">
        Claim {number}
        <span class="ncl-muted ncl-small"> · {speakers.length > 0 ? `made by ${speakers.join(', ')}` : 'stated by the article'}</span>
      </h3>
      <label for={`${base}-statement`} class="ncl-visually-hidden">
        Statement of claim {number}
      </label>
      <textarea
        id={`${base}-statement`}
        class="ncl-input ncl-review-text"
        rows={2}
        dir="auto"
        value={claim.statement}
        onInput={(event) => onChange(editClaim(pack, claim.id, { statement: event.currentTarget.value }))}
      />
      <div class="ncl-review-opposes">
        <p class="ncl-label">Contested by</p>
        {claim.opposes.length === 0 ? <p class="ncl-muted ncl-small">No claim of the article contests it.</p> : null}
        <ul>
          {claim.opposes.map((id) => (
            <li key={id} class="ncl-review-row" data-opposes={id}>
              <span dir="auto">{claimById(pack, id)?.statement ?? id}</span>
              <button type="button" class="ncl-link-button ncl-review-remove" onClick={() => onChange(unlinkOpposition(pack, claim.id, id))}>
                Unlink<span class="ncl-visually-hidden"> this opposing claim from claim {number}</span>
              </button>
            </li>
          ))}
        </ul>
        {candidates.length > 0 ? (
          <div class="ncl-review-row">
            <label for={`${base}-link`}>Add an opposing claim</label>
            <select id={`${base}-link`} class="ncl-input" value={opposing} onChange={(event) => setOpposing(event.currentTarget.value)}>
              <option value="">Choose a claim…</option>
              {candidates.map((other) => (
                <option key={other.id} value={other.id}>
                  {other.statement}
                </option>
              ))}
            </select>
            <button
              type="button"
              class="ncl-button ncl-button-quiet"
              disabled={!opposing}
              onClick={() => {
                onChange(linkOpposition(pack, claim.id, opposing));
                setOpposing('');
              }}
            >
              Link
            </button>
          </div>
        ) : null}
      </div>
      <button type="button" class="ncl-button ncl-button-quiet ncl-review-delete" onClick={() => onChange(deleteClaim(pack, claim.id))}>
        Delete claim {number}
      </button>
    </li>
  );
}
