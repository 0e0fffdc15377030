/**
 * The popup: the article the active pack describes (title, source, summary, actors) and what the
 * content script found on the current tab.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Pack } from '../core/pack';
import { browser } from '../shared/browser';
import { PageReport, type Reply } from '../shared/messages';
import { readPacks } from '../shared/storage';

type TabState = { state: 'loading' } | { state: 'report'; report: PageReport } | { state: 'unavailable' };

/** Asks the active tab's content script for its page report. */
async function fetchReport(): Promise<TabState> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return { state: 'unavailable' };
  try {
    const reply = (await browser.tabs.sendMessage(tab.id, { type: 'page.report' }, { frameId: 0 })) as Reply<unknown>;
    if (!reply?.ok) return { state: 'unavailable' };
    const parsed = PageReport.safeParse(reply.value);
    return parsed.success ? { state: 'report', report: parsed.data } : { state: 'unavailable' };
  } catch {
    return { state: 'unavailable' };
  }
}

/** The whole popup. */
export function PopupApp() {
  const [pack, setPack] = useState<Pack | null>(null);
  const [tab, setTab] = useState<TabState>({ state: 'loading' });
  useEffect(() => {
    void readPacks().then((entries) => setPack((entries.find((entry) => entry.enabled) ?? entries[0])?.pack ?? null));
    void fetchReport().then(setTab);
  }, []);
  if (!pack) return <main class="popup" aria-busy="true" />;
  const counts = new Map<string, number>();
  if (tab.state === 'report') for (const mention of tab.report.mentions) counts.set(mention.id, (counts.get(mention.id) ?? 0) + 1);
  return (
    <main class="popup">
      <header>
        <h1 data-testid="article-title">{pack.article.title}</h1>
        <p class="source">{pack.article.outlet ?? 'Outlet not stated'} · {pack.article.published ?? 'date not stated'}</p>
        <p>{pack.article.summary}</p>
      </header>
      <section aria-labelledby="actors-heading">
        <h2 id="actors-heading">Actors</h2>
        <ul data-testid="actor-list">
          {pack.actors.filter((actor) => actor.highlight).map((actor) => (
            <li key={actor.id} data-actor-id={actor.id}>
              <strong>{actor.name}</strong> <span class="role">{actor.role}</span>
              {counts.get(actor.id) ? <span class="count"> · {counts.get(actor.id)} on this page</span> : null}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="page-heading">
        <h2 id="page-heading">On this page</h2>
        <p data-testid="page-summary">
          {tab.state === 'loading' ? 'Reading the page…' : tab.state === 'unavailable' ? 'This page cannot be scanned.' : tab.report.mentions.length === 0 ? 'Nothing from this story was found on this page.' : `${tab.report.mentions.length} mentions found.`}
        </p>
      </section>
    </main>
  );
}
