/**
 * The options page: the settings every user may want to change, saved through the background.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from '../shared/browser';
import type { Reply } from '../shared/messages';
import type { Settings } from '../shared/settings';
import { readSettings } from '../shared/storage';

/** The whole options page. */
export function OptionsApp() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState('');
  useEffect(() => {
    void readSettings().then(setSettings);
  }, []);
  if (!settings) return <main aria-busy="true" />;
  const save = async (patch: Partial<Settings>): Promise<void> => {
    const reply = (await browser.runtime.sendMessage({ type: 'settings.update', patch })) as Reply<Settings>;
    if (reply.ok) {
      setSettings(reply.value);
      setStatus('Saved.');
    } else {
      setStatus(reply.error);
    }
  };
  return (
    <main class="options">
      <h1>News Context Lens settings</h1>
      <label>
        <input type="checkbox" checked={settings.paused} onChange={(event) => void save({ paused: event.currentTarget.checked })} /> Pause highlighting everywhere
      </label>
      <p role="status">{status}</p>
    </main>
  );
}
