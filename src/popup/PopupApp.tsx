/**
 * The popup's data and actions: reads the packs and settings, finds the tab it describes and asks
 * for its page report, and turns the reader's choices into messages (settings to the background,
 * jumps to the tab). What it shows is `PopupView`.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Pack } from '../core/pack';
import { browser, type Tabs } from '../shared/browser';
import type { Reply } from '../shared/messages';
import { isSiteEnabled, sitesWith, type Settings } from '../shared/settings';
import { onStorageChanged, readPacks, readSettings } from '../shared/storage';
import { PopupView } from './PopupView';
import { findTargetTab, loadTabView } from './tab-state';
import type { TabView } from './tab-view';
import { extractFromTab, openReview } from './use-article';
import type { UseArticleState } from './UseArticle';

/** Sends a settings patch to the background, the one writer of settings. */
async function saveSettings(patch: Partial<Settings>): Promise<Settings | null> {
  const reply = (await browser.runtime.sendMessage({ type: 'settings.update', patch })) as Reply<Settings>;
  return reply.ok ? reply.value : null;
}

/** The whole popup, with its data. */
export function PopupApp() {
  const [pack, setPack] = useState<Pack | null>(null);
  const [packs, setPacks] = useState<Pack[]>([]);
  const [articleUse, setArticleUse] = useState<UseArticleState>({ state: 'idle' });
  const [settings, setSettings] = useState<Settings | null>(null);
  const [target, setTarget] = useState<Tabs.Tab | undefined>(undefined);
  const [tab, setTab] = useState<TabView>({ state: 'loading' });

  useEffect(() => {
    const controller = new AbortController();
    const refresh = async (): Promise<void> => {
      const [entries, current] = await Promise.all([readPacks(), readSettings()]);
      setPack((entries.find((entry) => entry.enabled) ?? entries[0])?.pack ?? null);
      setPacks(entries.filter((entry) => entry.enabled).map((entry) => entry.pack));
      setSettings(current);
    };
    void refresh();
    void findTargetTab(location.search).then(async (found) => {
      setTarget(found);
      setTab(await loadTabView(found));
    });
    // A switch flipped here or in the options restarts the page's scanner; read its new report.
    onStorageChanged(() => {
      void refresh();
      setTimeout(() => void findTargetTab(location.search).then(loadTabView).then(setTab), 400);
    }, controller.signal);
    return () => controller.abort();
  }, []);

  if (!pack || !settings) return <main class="ncl-popup" aria-busy="true" />;
  const hostname = tab.state === 'report' ? tab.hostname : '';
  const siteEnabled = hostname !== '' && isSiteEnabled(settings, hostname);

  const reveal = (index: number): void => {
    if (target?.id === undefined) return;
    void browser.tabs.sendMessage(target.id, { type: 'page.reveal', index }, { frameId: 0 }).catch(() => undefined);
  };
  const grant = (): void => {
    if (tab.state !== 'no-access') return;
    const tabId = tab.tabId;
    // permissions.request must run in the click's own task (a user gesture): no await before it.
    void browser.permissions.request({ origins: [...tab.origins] }).then((granted) => {
      if (granted) void browser.tabs.reload(tabId).then(() => setTimeout(() => window.close(), 100));
    });
  };
  const useArticle = (): void => {
    const tabId = target?.id;
    if (tabId === undefined) return;
    setArticleUse({ state: 'reading' });
    void extractFromTab(tabId)
      .then(async (reply) => {
        if (!reply.ok) return setArticleUse({ state: 'failed', message: reply.error });
        await openReview(reply.value);
        setArticleUse({ state: 'opened' });
      })
      .catch((error: unknown) =>
        setArticleUse({
          state: 'failed',
          message: `The review page could not be opened (${error instanceof Error ? error.message : String(error)}).`,
        }),
      );
  };
  return (
    <PopupView
      pack={pack}
      packs={packs}
      articleUse={articleUse}
      onUseArticle={useArticle}
      settings={settings}
      tab={tab}
      siteEnabled={siteEnabled}
      onSiteToggle={(enabled) =>
        void saveSettings({ sites: sitesWith(settings, hostname, enabled) }).then((next) => next && setSettings(next))
      }
      onPauseToggle={(paused) => void saveSettings({ paused }).then((next) => next && setSettings(next))}
      onReveal={reveal}
      onGrant={grant}
      onOpenOptions={() => void browser.runtime.openOptionsPage()}
    />
  );
}
