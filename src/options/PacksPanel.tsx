/**
 * The options page's packs, with their data and actions: reads every pack and follows changes
 * made elsewhere (a pack saved from the review page), and turns the reader's choices into the
 * background's pack messages (`packs.setEnabled`, `packs.import`, `packs.remove`). A deleted pack
 * is kept in memory for `UNDO_MS`, so Undo can import it again exactly as it was. What it shows
 * is `PackList`.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Pack } from '../core/pack';
import { browser } from '../shared/browser';
import type { BackgroundRequest, PackImported, Reply } from '../shared/messages';
import { onStorageChanged, readPacks, type PackEntry } from '../shared/storage';
import { downloadPack, packFileName, readPackFile } from './pack-file';
import { PackList, type PackNotice } from './PackList';
import { PACKS_CSS } from './packs-css';

/** How long a deleted pack can be brought back, in ms. */
export const UNDO_MS = 10_000;

/** Sends a pack message to the background; a missing or broken reply becomes an error. */
async function send<T>(request: BackgroundRequest): Promise<Reply<T>> {
  try {
    const reply = (await browser.runtime.sendMessage(request)) as Reply<T> | undefined;
    return reply ?? { ok: false, error: 'The extension did not answer.' };
  } catch (error) {
    return { ok: false, error: `The extension did not answer (${error instanceof Error ? error.message : 'no reply'}).` };
  }
}

/** Splits an error from the background into lines for the page. */
function errorLines(error: string): string[] {
  return error.split('\n').filter((line) => line.trim() !== '');
}

/** The packs section of the options page, with its data. */
export function PacksPanel() {
  const [entries, setEntries] = useState<PackEntry[] | null>(null);
  const [notice, setNotice] = useState<PackNotice>({ kind: 'none' });
  const [deleted, setDeleted] = useState<{ pack: Pack; enabled: boolean } | null>(null);
  const undoTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    const controller = new AbortController();
    const refresh = (): void => void readPacks().then(setEntries);
    refresh();
    onStorageChanged(refresh, controller.signal);
    return () => {
      controller.abort();
      clearTimeout(undoTimer.current);
    };
  }, []);
  if (!entries) return null;

  const toggle = async (id: string, enabled: boolean): Promise<void> => {
    const reply = await send<null>({ type: 'packs.setEnabled', id, enabled });
    setNotice(
      reply.ok
        ? { kind: 'done', message: enabled ? 'Switched on. Open tabs use it now.' : 'Switched off. Open tabs no longer highlight it.' }
        : { kind: 'error', lines: errorLines(reply.error) },
    );
  };
  const importFile = async (file: File): Promise<void> => {
    const read = await readPackFile(file);
    if (!read.ok) return setNotice({ kind: 'error', lines: [read.error] });
    const reply = await send<PackImported>({ type: 'packs.import', json: read.value });
    if (!reply.ok) return setNotice({ kind: 'error', lines: [`“${file.name}” was not imported.`, ...errorLines(reply.error)] });
    setNotice({ kind: 'done', message: `${reply.value.replaced ? 'Replaced' : 'Imported'} “${reply.value.title}”.` });
  };
  const remove = async (entry: PackEntry): Promise<void> => {
    const reply = await send<null>({ type: 'packs.remove', id: entry.pack.id });
    if (!reply.ok) return setNotice({ kind: 'error', lines: errorLines(reply.error) });
    clearTimeout(undoTimer.current);
    setDeleted({ pack: entry.pack, enabled: entry.enabled });
    setNotice({ kind: 'none' });
    undoTimer.current = setTimeout(() => setDeleted(null), UNDO_MS);
  };
  const undo = async (): Promise<void> => {
    if (!deleted) return;
    clearTimeout(undoTimer.current);
    setDeleted(null);
    const reply = await send<PackImported>({ type: 'packs.import', json: JSON.stringify(deleted.pack) });
    if (!reply.ok)
      return setNotice({
        kind: 'error',
        lines: [`“${deleted.pack.article.title}” could not be brought back.`, ...errorLines(reply.error)],
      });
    // Deleting also dropped its switch; a pack that was off comes back off.
    if (!deleted.enabled) await send<null>({ type: 'packs.setEnabled', id: deleted.pack.id, enabled: false });
    setNotice({ kind: 'done', message: `Brought back “${reply.value.title}”.` });
  };
  return (
    <>
      <style>{PACKS_CSS}</style>
      <PackList
        entries={entries}
        undoTitle={deleted?.pack.article.title ?? null}
        notice={notice}
        onToggle={(id, enabled) => void toggle(id, enabled)}
        onImport={(file) => void importFile(file)}
        onExport={(entry) => {
          downloadPack(entry.pack);
          setNotice({ kind: 'done', message: `Exported “${entry.pack.article.title}” as ${packFileName(entry.pack)}.` });
        }}
        onDelete={(entry) => void remove(entry)}
        onUndo={() => void undo()}
      />
    </>
  );
}
