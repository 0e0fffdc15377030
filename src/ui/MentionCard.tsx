/**
 * The hover card's frame: a labelled dialog with a close button that shows the actor or claim
 * card for one highlight. Where highlights overlap (a name inside a claim sentence) it offers the
 * other one too, so every highlight under the pointer can be read.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Pack } from '../core/pack';
import { ActorCard } from './ActorCard';
import { ClaimCard } from './ClaimCard';
import { actorById, claimById, type CardMention } from './card-model';

/** Props of `MentionCard`. */
export interface MentionCardProps {
  /** The pack the mentions come from. */
  readonly pack: Pack;
  /** The highlights at the card's anchor, the one to show first at the front. */
  readonly mentions: readonly CardMention[];
  /** Whether the card takes keyboard focus when it opens (keyboard commands, popup jumps). */
  readonly takeFocus: boolean;
  /** Asks the owner to close the card. */
  readonly onClose: () => void;
  /** The pack's article title, given when several packs are on so the card says which one it is from. */
  readonly packLabel?: string | undefined;
}

const TITLE_ID = 'ncl-card-title';

/** Short label for switching between overlapping highlights. */
function tabLabel(pack: Pack, mention: CardMention): string {
  if (mention.kind === 'actor') return actorById(pack, mention.id)?.name ?? mention.text;
  return mention.side === 'opposing' ? 'The opposing claim' : 'The claim';
}

/** The card for the highlights at one place in the page. */
export function MentionCard({ pack, mentions, takeFocus, onClose, packLabel }: MentionCardProps) {
  const [index, setIndex] = useState(0);
  const root = useRef<HTMLElement>(null);
  const key = mentions.map((m) => `${m.kind}:${m.id}:${m.text}`).join('|');
  useEffect(() => setIndex(0), [key]);
  // A layout effect, so focus moves in the same task as the card opens: a screen reader then
  // announces the card's heading right away, and Escape reaches us at once.
  useLayoutEffect(() => {
    if (takeFocus) root.current?.querySelector<HTMLElement>(`#${TITLE_ID}`)?.focus({ preventScroll: true });
  }, [key, takeFocus]);

  const mention = mentions[index] ?? mentions[0];
  if (!mention) return null;
  let body = null;
  if (mention.kind === 'actor') {
    const actor = actorById(pack, mention.id);
    if (actor) body = <ActorCard pack={pack} actor={actor} mention={mention} titleId={TITLE_ID} />;
  } else {
    const claim = claimById(pack, mention.id);
    if (claim) body = <ClaimCard pack={pack} claim={claim} mention={mention} titleId={TITLE_ID} />;
  }
  return (
    <section ref={root} class="ncl-card" role="dialog" aria-modal="false" aria-labelledby={TITLE_ID} data-testid="ncl-card">
      {mentions.length > 1 ? (
        <nav class="ncl-tabs" aria-label="Highlights here">
          {mentions.map((m, i) => (
            <button key={`${m.kind}:${m.id}`} type="button" class="ncl-tab" aria-pressed={i === index} onClick={() => setIndex(i)}>
              {tabLabel(pack, m)}
            </button>
          ))}
        </nav>
      ) : null}
      <div class="ncl-scroll">
        {packLabel ? (
          <p class="ncl-head ncl-lead ncl-card-pack" data-pack-label dir="auto" lang={pack.article.language}>
            From “{packLabel}”
          </p>
        ) : null}
        {body ?? <p class="ncl-muted">This highlight’s details are no longer in the pack.</p>}
      </div>
      {/* Last in the DOM so that tab order and screen readers reach the content first; CSS puts it top right. */}
      <button type="button" class="ncl-close" aria-label="Close card" title="Close (Esc)" onClick={onClose}>
        <span aria-hidden="true">×</span>
      </button>
    </section>
  );
}
