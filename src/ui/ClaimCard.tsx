/**
 * The card for a highlighted sentence: which claim of the article it restates (or which opposing
 * claim it sides with), who makes that claim and in what words, the claims that contest it with
 * their evidence, and the words of the sentence that made it match.
 */
import type { Claim, Pack } from '../core/pack';
import { ArticleSource } from './ArticleSource';
import { ContestedBy } from './ContestedBy';
import { QuoteView } from './QuoteView';
import { actorById, attributionLine, claimLead, claimReason, quotesOf, speakersOf, type CardMention } from './card-model';

/** Props of `ClaimCard`. */
export interface ClaimCardProps {
  /** The pack the claim belongs to. */
  readonly pack: Pack;
  /** The claim the sentence states. */
  readonly claim: Claim;
  /** The highlighted sentence, with its side and matched cue words. */
  readonly mention: CardMention;
  /** The id given to the card's heading, which labels the dialog. */
  readonly titleId: string;
}

/** What a highlighted sentence claims and who says otherwise. */
export function ClaimCard({ pack, claim, mention, titleId }: ClaimCardProps) {
  const quote = quotesOf(pack, claim)[0];
  const reason = claimReason(mention);
  const attributed = attributionLine(mention);
  const cues = mention.cues ?? [];
  const opposing = mention.side === 'opposing';
  return (
    <article class="ncl-card-body" data-card-kind="claim" data-claim-id={claim.id}>
      <header class="ncl-head">
        <p class={opposing ? 'ncl-eyebrow ncl-eyebrow-opposing' : 'ncl-eyebrow ncl-eyebrow-claim'}>
          {opposing ? 'Opposing claim' : 'Claim'}
        </p>
        <p class="ncl-lead">{claimLead(pack, claim, mention.side)}</p>
        <h2 id={titleId} class="ncl-title ncl-title-claim" tabIndex={-1} dir="auto">
          {claim.statement}
        </h2>
        <p class="ncl-role">
          Made by {speakersOf(pack, claim)}
          {claim.when ? ` · ${claim.when}` : ''}
        </p>
      </header>

      {quote ? (
        <section class="ncl-section" aria-label="Supporting quote">
          <h3 class="ncl-label">In their words</h3>
          <QuoteView
            quote={quote}
            lang={pack.article.language}
            speaker={quote.speaker ? (actorById(pack, quote.speaker)?.name ?? quote.speaker) : quote.source}
          />
        </section>
      ) : null}

      {claim.evidence.length > 0 ? (
        <details class="ncl-evidence ncl-own-evidence">
          <summary>Evidence they give ({claim.evidence.length})</summary>
          <ul>
            {claim.evidence.map((line, i) => (
              <li key={i} dir="auto">
                {line}
              </li>
            ))}
          </ul>
        </details>
      ) : null}

      <section class="ncl-section" aria-label="Contested by">
        <h3 class="ncl-label">Who says otherwise</h3>
        <ContestedBy pack={pack} claim={claim} evidenceOpen={true} />
      </section>

      <section class="ncl-section ncl-why" aria-label="Why highlighted">
        <h3 class="ncl-label">Why this sentence is highlighted</h3>
        {reason ? (
          <>
            <p data-testid="claim-reason" dir="auto">
              {reason}
            </p>
            <ul class="ncl-chips" data-testid="matched-words" aria-label="The words of the page that matched">
              {cues.map((cue, i) => (
                <li key={i} class="ncl-chip" dir="auto">
                  <span class="ncl-chip-role">{cue.label}</span> {cue.text}
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p>{mention.explanation}</p>
        )}
        {attributed ? (
          <p class="ncl-muted ncl-small" data-testid="claim-attribution" dir="auto">
            {attributed}
          </p>
        ) : null}
      </section>
      <ArticleSource pack={pack} />
    </article>
  );
}
