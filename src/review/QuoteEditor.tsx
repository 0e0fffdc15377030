/**
 * One quote of the draft on the review page: its words (which must stay words of the article),
 * whether they were in quotation marks, who said them, and a way to delete it.
 */
import type { Pack, Quote } from '../core/pack';
import { deleteQuote, editQuote } from './draft-edits';

/** Props of `QuoteEditor`. */
export interface QuoteEditorProps {
  /** The whole draft, for the speakers and for edits. */
  readonly pack: Pack;
  /** The quote this editor shows. */
  readonly quote: Quote;
  /** Its place in the list, from 1, for its label. */
  readonly number: number;
  /** Replaces the draft with an edited one. */
  readonly onChange: (pack: Pack) => void;
}

/** The editor of one quote. */
export function QuoteEditor({ pack, quote, number, onChange }: QuoteEditorProps) {
  const base = `ncl-quote-${quote.id}`;
  return (
    <li class="ncl-review-item" data-quote-id={quote.id}>
      <h3 class="ncl-review-item-title">
        Quote {number}{' '}
        <span class={`ncl-pill${quote.direct ? ' ncl-pill-direct' : ''}`}>{quote.direct ? 'In quotation marks' : 'Reported speech'}</span>
      </h3>
      <div class="ncl-review-grid">
        <label for={`${base}-speaker`}>Said by</label>
        <select
          id={`${base}-speaker`}
          class="ncl-input"
          value={quote.speaker ?? ''}
          onChange={(event) => event.currentTarget.value && onChange(editQuote(pack, quote.id, { speaker: event.currentTarget.value }))}
        >
          {/* The builder keeps a quotation whose speaker it could not find; the reviewer picks one. */}
          {quote.speaker === undefined ? (
            <option value="">{quote.source ? `Not in the pack: “${quote.source}” — choose` : 'Nobody found — choose'}</option>
          ) : null}
          {pack.actors.map((actor) => (
            <option key={actor.id} value={actor.id}>
              {actor.name}
            </option>
          ))}
        </select>
        <label for={`${base}-text`}>Words</label>
        <textarea
          id={`${base}-text`}
          class="ncl-input ncl-review-text"
          rows={2}
          dir="auto"
          aria-describedby={`${base}-hint`}
          value={quote.text}
          onInput={(event) => onChange(editQuote(pack, quote.id, { text: event.currentTarget.value }))}
        />
      </div>
      <p id={`${base}-hint`} class="ncl-hint">
        From the sentence: <q dir="auto">{quote.sentence}</q> The words must stay exactly as the article has them; shorten them, do not
        rewrite them.
      </p>
      <button type="button" class="ncl-button ncl-button-quiet ncl-review-delete" onClick={() => onChange(deleteQuote(pack, quote.id))}>
        Delete quote {number}
      </button>
    </li>
  );
}
