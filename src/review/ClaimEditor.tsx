/**
 * One claim of the draft on the review page: its statement, who makes it, what it says in a
 * reader's words (the idea and the side it takes, both editable) with the article's sentences it
 * would be found in, the claims that contest it with why the builder linked them (each can be
 * unlinked) and a way to link another, and a way to delete it.
 */
import { useState } from 'preact/hooks';
import type { Claim, ClaimStance, Pack } from '../core/pack';
import { actorById, claimById } from '../ui/card-model';
import { deleteClaim, editClaim, linkOpposition, setClaimFrame, unlinkOpposition } from './draft-edits';
import { framePhrase, IDEAS, STANCES, stancePhrase } from './frame-words';

/** Props of `ClaimEditor`. */
export interface ClaimEditorProps {
  /** The whole draft, for the other claims and for edits. */
  readonly pack: Pack;
  /** The claim this editor shows. */
  readonly claim: Claim;
  /** Its place in the list, from 1, for its label. */
  readonly number: number;
  /** The article's sentences the claim would be found in, as the content script's matcher finds them. */
  readonly matches: readonly string[];
  /** Replaces the draft with an edited one. */
  readonly onChange: (pack: Pack) => void;
}

/** The editor of one claim. */
export function ClaimEditor({ pack, claim, number, matches, onChange }: ClaimEditorProps) {
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
      <div class="ncl-review-frame" data-testid="claim-frame">
        <p class="ncl-label">What it says</p>
        <p class="ncl-small" data-testid="frame-phrase">
          Claim {number} {framePhrase(claim.frame)}.
        </p>
        <div class="ncl-review-grid">
          <label for={`${base}-idea`}>Idea</label>
          <select
            id={`${base}-idea`}
            class="ncl-input"
            value={claim.frame.predicate.concepts[0] ?? ''}
            onChange={(event) => {
              const id = event.currentTarget.value;
              const idea = IDEAS.find((i) => i.id === id);
              if (idea) onChange(setClaimFrame(pack, claim.id, { concept: idea.id, label: idea.label }));
            }}
          >
            {claim.frame.predicate.concepts.length === 0 ? <option value="">its own words: “{claim.frame.predicate.label}”</option> : null}
            {IDEAS.map((idea) => (
              <option key={idea.id} value={idea.id}>
                {idea.label}
              </option>
            ))}
          </select>
          <label for={`${base}-stance`}>Side it takes</label>
          <select
            id={`${base}-stance`}
            class="ncl-input"
            value={claim.frame.stance}
            onChange={(event) => onChange(setClaimFrame(pack, claim.id, { stance: event.currentTarget.value as ClaimStance }))}
          >
            {STANCES.map((stance) => (
              <option key={stance} value={stance}>
                {stancePhrase(stance, claim.frame.subject.label, claim.frame.predicate.label)}
              </option>
            ))}
          </select>
        </div>
        <div class="ncl-review-matches" data-testid="claim-matches" aria-live="polite">
          <p class="ncl-small">
            {matches.length === 0
              ? 'As written, it is found in no sentence of this article.'
              : `As written, it is found in ${matches.length} ${matches.length === 1 ? 'sentence' : 'sentences'} of this article:`}
          </p>
          {matches.length > 0 ? (
            <ul>
              {matches.slice(0, 5).map((sentence, i) => (
                <li key={i} dir="auto">
                  {sentence}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      </div>
      <div class="ncl-review-opposes">
        <p class="ncl-label">Contested by</p>
        {claim.opposes.length === 0 ? <p class="ncl-muted ncl-small">No claim of the article contests it.</p> : null}
        <ul>
          {claim.opposes.map((id) => (
            <li key={id} class="ncl-review-row" data-opposes={id}>
              <span dir="auto">
                {claimById(pack, id)?.statement ?? id}
                {claim.linkedBecause
                  .filter((r) => r.claim === id)
                  .slice(0, 2)
                  .map((r, i) => (
                    <span key={i} class="ncl-review-because ncl-small ncl-muted" data-testid="linked-because">
                      {' '}
                      Why linked: one side {r.why}, as the article puts it: {/^[“"]/.test(r.words) ? r.words : `“${r.words}”`}
                    </span>
                  ))}
              </span>
              <button
                type="button"
                class="ncl-link-button ncl-review-remove"
                onClick={() => onChange(unlinkOpposition(pack, claim.id, id))}
              >
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
