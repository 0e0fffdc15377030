/**
 * The card for a highlighted name: who the actor is, what they said in the article (verbatim,
 * direct or reported), the claims they make with the claims that contest them, and why this
 * name was highlighted.
 */
import { useState } from 'preact/hooks';
import type { Actor, Pack } from '../core/pack';
import { ArticleSource } from './ArticleSource';
import { ContestedBy } from './ContestedBy';
import { QuoteView } from './QuoteView';
import { ACTOR_KIND_LABELS, claimsBy, quotesBy, type CardMention } from './card-model';

/** Quotes shown before the "show all" button: enough to hear the actor, short enough to scan. */
const FIRST_QUOTES = 2;

/** Props of `ActorCard`. */
export interface ActorCardProps {
  /** The pack the actor belongs to. */
  readonly pack: Pack;
  /** The actor the highlight names. */
  readonly actor: Actor;
  /** The highlight itself, for the "why highlighted" line. */
  readonly mention: CardMention;
  /** The id given to the card's heading, which labels the dialog. */
  readonly titleId: string;
}

/** Everything the article says about one actor. */
export function ActorCard({ pack, actor, mention, titleId }: ActorCardProps) {
  const [allQuotes, setAllQuotes] = useState(false);
  const quotes = quotesBy(pack, actor.id);
  const claims = claimsBy(pack, actor.id);
  const shown = allQuotes ? quotes : quotes.slice(0, FIRST_QUOTES);
  return (
    <article class="ncl-card-body" data-card-kind="actor" data-actor-id={actor.id}>
      <header class="ncl-head">
        <p class="ncl-eyebrow ncl-eyebrow-actor">{ACTOR_KIND_LABELS[actor.kind].one}</p>
        <h2 id={titleId} class="ncl-title" tabIndex={-1}>
          {actor.name}
        </h2>
        <p class="ncl-role">{actor.role}</p>
      </header>
      <p class="ncl-description">{actor.description}</p>

      <section class="ncl-section" aria-label="What they said">
        <h3 class="ncl-label">What they said in the article</h3>
        {quotes.length === 0 ? (
          <p class="ncl-muted" data-testid="no-quotes">
            The article does not quote {actor.name}.
          </p>
        ) : (
          <>
            {shown.map((quote) => (
              <QuoteView key={quote.id} quote={quote} lang={pack.article.language} />
            ))}
            {quotes.length > FIRST_QUOTES ? (
              <button type="button" class="ncl-link-button" aria-expanded={allQuotes} onClick={() => setAllQuotes(!allQuotes)}>
                {allQuotes ? 'Show fewer quotes' : `Show all ${quotes.length} quotes`}
              </button>
            ) : null}
          </>
        )}
      </section>

      {claims.length > 0 ? (
        <section class="ncl-section" aria-label="Their claims">
          <h3 class="ncl-label">Their claims</h3>
          <ul class="ncl-claims">
            {claims.map((claim) => (
              <li key={claim.id} class="ncl-claim" data-claim-id={claim.id}>
                <p class="ncl-statement" dir="auto">
                  {claim.statement}
                  {claim.when ? <span class="ncl-muted"> ({claim.when})</span> : null}
                </p>
                <ContestedBy pack={pack} claim={claim} evidenceOpen={false} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section class="ncl-section ncl-why" aria-label="Why highlighted">
        <h3 class="ncl-label">Why this is highlighted</h3>
        <p>{mention.explanation}</p>
      </section>
      <ArticleSource pack={pack} />
    </article>
  );
}
