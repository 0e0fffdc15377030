/**
 * One quote from the article, verbatim, marked as a direct quote or reported speech. The text is
 * set with `dir="auto"` so a quote in Arabic or Hebrew reads right to left inside an English card.
 */
import type { Quote } from '../core/pack';

/** Props of `QuoteView`. */
export interface QuoteViewProps {
  /** The quote to show. */
  readonly quote: Quote;
  /** The article's language, so screen readers pronounce the quote in it. */
  readonly lang: string;
  /** The speaker's name, when the surrounding text does not already say who speaks. */
  readonly speaker?: string;
}

/** A quote with its kind (direct or reported) and, optionally, its speaker. */
export function QuoteView({ quote, lang, speaker }: QuoteViewProps) {
  const kind = quote.direct ? 'Direct quote' : 'Reported speech';
  return (
    <figure class="ncl-quote" data-quote-id={quote.id}>
      <figcaption class="ncl-quote-kind">
        <span class={quote.direct ? 'ncl-pill ncl-pill-direct' : 'ncl-pill'}>{kind}</span>
        {speaker ? <span class="ncl-quote-speaker">{speaker}</span> : null}
      </figcaption>
      <blockquote class="ncl-quote-text" dir="auto" lang={lang}>
        {quote.direct ? `“${quote.text}”` : quote.text}
      </blockquote>
    </figure>
  );
}
