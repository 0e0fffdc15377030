/**
 * The popup's "Use this article" button and what became of the last press: reading the page, no
 * article found, or the review page opened. The work itself is `use-article.ts`.
 */

/** What the last press of "Use this article" led to. */
export type UseArticleState =
  /** Not pressed yet. */
  | { readonly state: 'idle' }
  /** Reading the tab's article. */
  | { readonly state: 'reading' }
  /** The review page is open in a new tab. */
  | { readonly state: 'opened' }
  /** No article could be read; `message` says why. */
  | { readonly state: 'failed'; readonly message: string };

/** Props of `UseArticle`. */
export interface UseArticleProps {
  /** What the last press led to. */
  readonly status: UseArticleState;
  /** False when the tab cannot be read at all (a browser page), which disables the button. */
  readonly available: boolean;
  /** Reads the tab's article and opens the review page. */
  readonly onUse: () => void;
}

/** A button that turns the current tab's article into a draft pack to review. */
export function UseArticle({ status, available, onUse }: UseArticleProps) {
  return (
    // Laid out here rather than in page-css: a two-line block that no other page uses.
    <div class="ncl-use-article" style={{ display: 'grid', gap: '6px', justifyItems: 'start' }}>
      <button
        type="button"
        class="ncl-button ncl-button-quiet"
        data-testid="use-article"
        disabled={!available || status.state === 'reading'}
        onClick={onUse}
      >
        Use this article
      </button>
      <p class="ncl-small ncl-muted" role="status" aria-live="polite" data-testid="use-article-status" data-state={status.state}>
        {status.state === 'reading'
          ? 'Reading the article…'
          : status.state === 'opened'
            ? 'The draft opened in a new tab: review it, then save it.'
            : status.state === 'failed'
              ? status.message
              : 'Make a pack of this page’s article: you review it before anything is used.'}
      </p>
    </div>
  );
}
