/**
 * The popup as the reader sees it, from plain data: switches, what was found on the page (or why
 * nothing can be), the article, its claims paired with the claims that contest them, and its
 * actors. `PopupApp` supplies the data and the actions; tests render this directly.
 */
import type { Pack } from '../core/pack';
import type { Settings } from '../shared/settings';
import { ClaimPair } from '../ui/ClaimPair';
import { ClaimSideView } from '../ui/ClaimSideView';
import { claimPairs, sourceLine } from '../ui/card-model';
import { PageMentions } from './PageMentions';
import type { TabView } from './tab-view';
import { UseArticle, type UseArticleState } from './UseArticle';

/** Props of `PopupView`. */
export interface PopupViewProps {
  /** The pack the popup describes (the first one switched on). */
  readonly pack: Pack;
  /** The current settings, for the switches. */
  readonly settings: Settings;
  /** The state of the tab the popup describes. */
  readonly tab: TabView;
  /** Whether highlighting is on for the tab's site. */
  readonly siteEnabled: boolean;
  /** Switches highlighting on this site on or off. */
  readonly onSiteToggle: (enabled: boolean) => void;
  /** Pauses or resumes highlighting everywhere. */
  readonly onPauseToggle: (paused: boolean) => void;
  /** Scrolls the page to the mention at this report index and opens its card. */
  readonly onReveal: (index: number) => void;
  /** Asks the browser for access to the tab's site. */
  readonly onGrant: () => void;
  /** Opens the options page. */
  readonly onOpenOptions: () => void;
  /** Every pack switched on, so that mentions can be labelled by pack when there are several. */
  readonly packs?: readonly Pack[];
  /** What the last press of "Use this article" led to; the button shows only with `onUseArticle`. */
  readonly articleUse?: UseArticleState;
  /** Reads the tab's article and opens the review page with a draft pack. */
  readonly onUseArticle?: () => void;
}

/** The "On this page" section's body for each tab state. */
function PageSection({ pack, packs, tab, onReveal, onGrant }: Pick<PopupViewProps, 'pack' | 'packs' | 'tab' | 'onReveal' | 'onGrant'>) {
  if (tab.state === 'loading')
    return (
      <p class="ncl-muted" data-testid="page-summary">
        Reading the page…
      </p>
    );
  if (tab.state === 'unscannable') {
    return (
      <div class="ncl-notice" data-testid="page-summary" data-state="unscannable">
        <p>
          <strong>This page cannot be scanned.</strong>
        </p>
        <p class="ncl-small">
          {tab.reason === 'browser-page'
            ? 'Browser pages, settings and the add-on stores are closed to every extension.'
            : 'The page was open before the extension was installed or updated: reload it to look for the story.'}
        </p>
      </div>
    );
  }
  if (tab.state === 'no-access') {
    return (
      <div class="ncl-notice" data-testid="page-summary" data-state="no-access">
        <p>
          <strong>News Context Lens has no access to this site.</strong>
        </p>
        <p class="ncl-small">
          Site access was turned off in the browser’s extension settings, so this page cannot be read. The text would stay in your browser.
        </p>
        <button type="button" class="ncl-button" onClick={onGrant}>
          Allow access to this site
        </button>
      </div>
    );
  }
  const { report } = tab;
  if (report.inactive) {
    const why: Record<NonNullable<typeof report.inactive>, string> = {
      'site-disabled': 'Highlighting is off on this site.',
      paused: 'Highlighting is paused everywhere.',
      'no-packs': 'No story is switched on. Choose one in the options.',
      'page-hidden': 'Highlights are hidden on this page (keyboard command). Reload the page or use the command again to show them.',
    };
    return (
      <p class="ncl-notice" data-testid="page-summary" data-state={report.inactive}>
        {why[report.inactive]}
      </p>
    );
  }
  // Why the page was judged off the story, when it was: broad actors named on it are not highlighted.
  const offStory = report.complete ? (report.stories ?? []).filter((story) => !story.onStory) : [];
  const offStoryNote =
    offStory.length > 0 ? (
      <p class="ncl-small ncl-muted" data-testid="off-story" dir="auto">
        {offStory.map((story) => story.reason).join(' ')}
      </p>
    ) : null;
  if (report.mentions.length === 0) {
    return (
      <div class="ncl-notice" data-testid="page-summary" data-state="empty">
        <p>
          <strong>Nothing from this story was found on this page.</strong>
        </p>
        <p class="ncl-small">{report.complete ? 'No actor or claim of the article is mentioned here.' : 'The page is still being read…'}</p>
        {offStoryNote}
      </div>
    );
  }
  const actors = report.mentions.filter((m) => m.kind === 'actor').length;
  const claims = report.mentions.length - actors;
  return (
    <>
      <p class="ncl-small ncl-muted" data-testid="page-summary" data-state="found">
        {actors} {actors === 1 ? 'name' : 'names'} and {claims} {claims === 1 ? 'claim sentence' : 'claim sentences'} highlighted. Choose
        one to jump to it.
      </p>
      {offStoryNote}
      <PageMentions
        pack={report.packId === pack.id ? pack : undefined}
        packs={report.packIds.length > 1 ? packs : undefined}
        mentions={report.mentions}
        onReveal={onReveal}
      />
    </>
  );
}

/** The whole popup. */
export function PopupView(props: PopupViewProps) {
  const { pack, settings, tab, siteEnabled, onSiteToggle, onPauseToggle, onOpenOptions, articleUse, onUseArticle } = props;
  const { pairs, unpaired } = claimPairs(pack);
  const counts = new Map<string, number>();
  if (tab.state === 'report') for (const mention of tab.report.mentions) counts.set(mention.id, (counts.get(mention.id) ?? 0) + 1);
  const hostname = tab.state === 'report' ? tab.hostname : '';
  return (
    <main class="ncl-popup">
      <div class="ncl-appbar">
        <h1 class="ncl-appname">News Context Lens</h1>
        <button type="button" class="ncl-link-button" onClick={onOpenOptions}>
          Options
        </button>
      </div>

      <div class="ncl-switches">
        <label class="ncl-switch">
          <span>{hostname ? `Highlight on ${hostname}` : 'Highlight on this site'}</span>
          <input
            type="checkbox"
            role="switch"
            data-testid="site-switch"
            checked={siteEnabled}
            disabled={!hostname || settings.paused}
            onChange={(event) => onSiteToggle(event.currentTarget.checked)}
          />
        </label>
        <label class="ncl-switch">
          <span>Pause everywhere</span>
          <input
            type="checkbox"
            role="switch"
            data-testid="pause-switch"
            checked={settings.paused}
            onChange={(event) => onPauseToggle(event.currentTarget.checked)}
          />
        </label>
      </div>

      {onUseArticle ? (
        <UseArticle
          status={articleUse ?? { state: 'idle' }}
          available={tab.state === 'report' || (tab.state === 'unscannable' && tab.reason === 'not-loaded')}
          onUse={onUseArticle}
        />
      ) : null}

      <section aria-labelledby="ncl-page-heading">
        <h2 id="ncl-page-heading" class="ncl-h2">
          On this page
        </h2>
        <PageSection {...props} />
      </section>

      <section aria-labelledby="ncl-article-heading">
        <h2 id="ncl-article-heading" class="ncl-h2">
          The article
        </h2>
        <h3 class="ncl-article-title" data-testid="article-title" dir="auto" lang={pack.article.language}>
          {pack.article.title}
        </h3>
        <p class="ncl-small ncl-muted">
          {sourceLine(pack)}
          {pack.article.titleIsEditorial ? ' · headline written for this summary' : ''}
        </p>
        <p class="ncl-summary" dir="auto" lang={pack.article.language}>
          {pack.article.summary}
        </p>
      </section>

      {pairs.length + unpaired.length > 0 ? (
        <section aria-labelledby="ncl-claims-heading">
          <h2 id="ncl-claims-heading" class="ncl-h2">
            Claims and who contests them
          </h2>
          <ul class="ncl-pairs" data-testid="claim-pairs">
            {pairs.map((pairing) => (
              <ClaimPair key={`${pairing.claim.id}|${pairing.opposing.id}`} pack={pack} pairing={pairing} />
            ))}
            {unpaired.map((claim) => (
              <li key={claim.id} class="ncl-pair ncl-pair-single">
                <ClaimSideView pack={pack} claim={claim} label="Uncontested claim" />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="ncl-actors-heading">
        <h2 id="ncl-actors-heading" class="ncl-h2">
          Actors
        </h2>
        <ul class="ncl-actors" data-testid="actor-list">
          {pack.actors
            .filter((actor) => actor.highlight)
            .map((actor) => (
              <li key={actor.id} class="ncl-actor-row" data-actor-id={actor.id}>
                <strong>{actor.name}</strong> <span class="ncl-role">— {actor.role}</span>
                {counts.get(actor.id) ? <span class="ncl-muted ncl-small"> · {counts.get(actor.id)} on this page</span> : null}
              </li>
            ))}
        </ul>
      </section>
    </main>
  );
}
