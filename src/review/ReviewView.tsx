/**
 * The review page as the reader sees it, from plain data: the draft pack drafted from an article
 * (its title, actors, quotes and claims, each editable), the builder's notes on what it was unsure
 * of, and the Save button with its outcome. Nothing is used until saved. `ReviewApp` supplies the
 * data and the actions; tests render this directly.
 */
import type { Pack } from '../core/pack';
import { sourceLine } from '../ui/card-model';
import { ActorEditor } from './ActorEditor';
import type { BuilderProgress } from './builder-protocol';
import { sentencesOf } from './claim-matches';
import { ClaimEditor } from './ClaimEditor';
import { editTitle } from './draft-edits';
import { progressLine } from './draft-progress';
import { QuoteEditor } from './QuoteEditor';

/** What became of the last press of Save. */
export type SaveState =
  /** Not saved yet (or edited since). */
  | { readonly state: 'idle' }
  /** The background is checking and storing it. */
  | { readonly state: 'saving' }
  /** Stored: its actors are highlighted on pages opened from now on. */
  | { readonly state: 'saved'; readonly title: string; readonly replaced: boolean }
  /** Refused, with the reasons in readable lines. */
  | { readonly state: 'refused'; readonly errors: readonly string[] };

/** What the review page shows. */
export type ReviewState =
  /** Reading the article and drafting the pack; `progress` is the builder's pass now running, once it has reported one. */
  | { readonly state: 'drafting'; readonly progress?: BuilderProgress }
  /** The page was opened without an article to review (or it was already reviewed in another tab). */
  | { readonly state: 'missing' }
  /** The builder could not draft a pack; `message` says why. */
  | { readonly state: 'failed'; readonly message: string }
  /** The draft, ready to review. */
  | {
      readonly state: 'ready';
      /** The draft as edited so far. */
      readonly draft: Pack;
      /** The builder's notes on what it was unsure of. */
      readonly warnings: readonly string[];
      /** The title of a saved pack the draft would replace (same id), if any. */
      readonly replaces?: string;
      /** The outcome of the last save. */
      readonly save: SaveState;
    };

/** Props of `ReviewView`. */
export interface ReviewViewProps {
  /** What to show. */
  readonly review: ReviewState;
  /** Replaces the draft with an edited one. */
  readonly onChange: (pack: Pack) => void;
  /** Saves the draft as a pack. */
  readonly onSave: () => void;
  /** Opens the options page, where packs are switched on and off. */
  readonly onOpenOptions: () => void;
}

/** The save bar: the button and what came of it. */
function SaveBar({ save, onSave, onOpenOptions }: { save: SaveState; onSave: () => void; onOpenOptions: () => void }) {
  return (
    <div class="ncl-review-savebar">
      <button type="button" class="ncl-button" data-testid="save-pack" disabled={save.state === 'saving'} onClick={onSave}>
        {save.state === 'saving' ? 'Saving…' : 'Save pack'}
      </button>
      <div class="ncl-review-save-status" data-testid="save-status" data-state={save.state}>
        {save.state === 'saved' ? (
          <p role="status">
            Saved “{save.title}”{save.replaced ? ', replacing the earlier version' : ''}. Its actors are highlighted on pages you open from
            now on.{' '}
            <button type="button" class="ncl-link-button" onClick={onOpenOptions}>
              Manage packs
            </button>
          </p>
        ) : save.state === 'refused' ? (
          <div role="alert">
            <p>
              <strong>The pack was not saved.</strong> Fix these and save again:
            </p>
            <ul class="ncl-review-errors">
              {save.errors.map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ul>
          </div>
        ) : (
          <p class="ncl-muted ncl-small" role="status">
            Nothing is used until you save.
          </p>
        )}
      </div>
    </div>
  );
}

/** What the builder is doing, in words and as a bar; the bar has no value until the first pass reports. */
function DraftProgress({ progress }: { progress: BuilderProgress | undefined }) {
  return (
    <>
      <p id="ncl-draft-progress" data-testid="draft-progress" data-pass={progress?.pass}>
        {progressLine(progress)}
      </p>
      {/* Without a value the bar is indeterminate; a value of undefined would show as 0. */}
      <progress
        class="ncl-review-progress"
        aria-labelledby="ncl-draft-progress"
        {...(progress ? { max: progress.total, value: progress.done } : {})}
      />
      <p class="ncl-small ncl-muted">This runs on your device, in the background; nothing is sent anywhere.</p>
    </>
  );
}

/** The whole review page. */
export function ReviewView({ review, onChange, onSave, onOpenOptions }: ReviewViewProps) {
  if (review.state !== 'ready') {
    // No aria-busy while drafting: VoiceOver holds back a busy region's live updates until it is
    // done, which would silence the progress the status below announces.
    return (
      <main class="ncl-review">
        <h1>Review the draft pack</h1>
        <div
          class="ncl-notice"
          data-testid="review-state"
          data-state={review.state}
          role={review.state === 'drafting' ? 'status' : 'alert'}
        >
          {review.state === 'drafting' ? (
            <DraftProgress progress={review.progress} />
          ) : review.state === 'missing' ? (
            <>
              <p>
                <strong>There is no article to review here.</strong>
              </p>
              <p class="ncl-small">Open a news article, then press “Use this article” in the extension’s toolbar popup.</p>
            </>
          ) : (
            <>
              <p>
                <strong>No pack could be drafted from this article.</strong>
              </p>
              <p class="ncl-small">{review.message}</p>
            </>
          )}
        </div>
      </main>
    );
  }
  const { draft, warnings, replaces, save } = review;
  return (
    <ReadyView
      draft={draft}
      warnings={warnings}
      replaces={replaces}
      save={save}
      onChange={onChange}
      onSave={onSave}
      onOpenOptions={onOpenOptions}
    />
  );
}

/** The page with a draft to review. */
function ReadyView({
  draft,
  warnings,
  replaces,
  save,
  onChange,
  onSave,
  onOpenOptions,
}: Omit<Extract<ReviewState, { state: 'ready' }>, 'state'> & Omit<ReviewViewProps, 'review'>) {
  return (
    <main class="ncl-review" data-testid="review-state" data-state="ready">
      <header class="ncl-review-header">
        <h1>Review the draft pack</h1>
        <p class="ncl-muted">
          Drafted on your device from the article. Check who is who, what each said and which claims contest each other, then save. Nothing
          is used until you save.
        </p>
        <div class="ncl-review-grid">
          <label for="ncl-pack-title">Title</label>
          <input
            id="ncl-pack-title"
            class="ncl-input"
            value={draft.article.title}
            dir="auto"
            lang={draft.article.language}
            onInput={(event) => onChange(editTitle(draft, event.currentTarget.value))}
          />
        </div>
        <p class="ncl-small ncl-muted">{sourceLine(draft)}</p>
        {replaces && save.state !== 'saved' ? (
          <p class="ncl-notice ncl-small" data-testid="replaces">
            You saved a pack from this article before (“{replaces}”): saving replaces it.
          </p>
        ) : null}
        {warnings.length > 0 ? (
          <details class="ncl-review-warnings">
            <summary>
              {warnings.length} {warnings.length === 1 ? 'thing' : 'things'} to check
            </summary>
            <ul>
              {warnings.map((warning, i) => (
                <li key={i}>{warning}</li>
              ))}
            </ul>
          </details>
        ) : null}
      </header>

      <section aria-labelledby="ncl-review-actors">
        <h2 id="ncl-review-actors" class="ncl-h2">
          Actors ({draft.actors.length})
        </h2>
        <p class="ncl-hint">
          “Exact case” is for acronyms, so that ISIS is not Isis. “Needs context” is for short forms such as a surname: they count only on
          pages that also name the actor in full.
        </p>
        <ul class="ncl-review-list" data-testid="review-actors">
          {draft.actors.map((actor) => (
            <ActorEditor key={actor.id} pack={draft} actor={actor} onChange={onChange} />
          ))}
        </ul>
      </section>

      <section aria-labelledby="ncl-review-quotes">
        <h2 id="ncl-review-quotes" class="ncl-h2">
          Quotes ({draft.quotes.length})
        </h2>
        {draft.quotes.length === 0 ? <p class="ncl-muted">No quotes were found.</p> : null}
        <ul class="ncl-review-list" data-testid="review-quotes">
          {draft.quotes.map((quote, i) => (
            <QuoteEditor key={quote.id} pack={draft} quote={quote} number={i + 1} onChange={onChange} />
          ))}
        </ul>
      </section>

      <section aria-labelledby="ncl-review-claims">
        <h2 id="ncl-review-claims" class="ncl-h2">
          Claims ({draft.claims.length})
        </h2>
        {draft.claims.length === 0 ? <p class="ncl-muted">No claims were found.</p> : null}
        <ul class="ncl-review-list" data-testid="review-claims">
          {draft.claims.map((claim, i) => (
            <ClaimEditor key={claim.id} pack={draft} claim={claim} number={i + 1} matches={sentencesOf(draft, claim)} onChange={onChange} />
          ))}
        </ul>
      </section>

      <SaveBar save={save} onSave={onSave} onOpenOptions={onOpenOptions} />
    </main>
  );
}
