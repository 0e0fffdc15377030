/**
 * The options page's data: reads the settings, saves each change through the background (the one
 * writer), and follows changes made elsewhere (the popup) while open. What it shows is
 * `OptionsForm`.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from '../shared/browser';
import type { Reply } from '../shared/messages';
import type { Settings } from '../shared/settings';
import { onStorageChanged, readSettings } from '../shared/storage';
import { OptionsForm } from './OptionsForm';
import { PacksPanel } from './PacksPanel';

/** The whole options page, with its data. */
export function OptionsApp() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState('');
  useEffect(() => {
    const controller = new AbortController();
    void readSettings().then(setSettings);
    onStorageChanged(() => void readSettings().then(setSettings), controller.signal);
    return () => controller.abort();
  }, []);
  if (!settings) return <main class="ncl-options" aria-busy="true" />;
  const save = async (patch: Partial<Settings>): Promise<void> => {
    const reply = (await browser.runtime.sendMessage({ type: 'settings.update', patch })) as Reply<Settings>;
    if (reply.ok) {
      setSettings(reply.value);
      setStatus('Saved. Open tabs use the new settings now.');
    } else {
      setStatus(reply.error);
    }
  };
  return (
    <>
      <OptionsForm settings={settings} status={status} onSave={(patch) => void save(patch)} />
      <PacksPanel />
    </>
  );
}
