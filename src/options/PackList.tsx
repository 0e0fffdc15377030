/**
 * The options page's packs, as the reader sees them, from plain data: one row per pack with its
 * switch, Export and (for added packs) Delete; a file picker to import a pack; the Undo offer after
 * a delete; and the outcome of the last action. `PacksPanel` supplies the data and the actions.
 */
import type { PackEntry } from '../shared/storage';
import { sourceLine } from '../ui/card-model';

/** The outcome of the last pack action. */
export type PackNotice =
  /** Nothing to say. */
  | { readonly kind: 'none' }
  /** Something worked ("Imported …"). */
  | { readonly kind: 'done'; readonly message: string }
  /** Something was refused; `lines` say why. */
  | { readonly kind: 'error'; readonly lines: readonly string[] };

/** Props of `PackList`. */
export interface PackListProps {
  /** Every pack, the built-in one first. */
  readonly entries: readonly PackEntry[];
  /** The title of the pack just deleted, while it can still be brought back. */
  readonly undoTitle: string | null;
  /** The outcome of the last action. */
  readonly notice: PackNotice;
  /** Switches a pack on or off. */
  readonly onToggle: (id: string, enabled: boolean) => void;
  /** Imports the chosen file. */
  readonly onImport: (file: File) => void;
  /** Downloads a pack as a JSON file. */
  readonly onExport: (entry: PackEntry) => void;
  /** Deletes an added pack (it can be undone for a few seconds). */
  readonly onDelete: (entry: PackEntry) => void;
  /** Brings back the pack just deleted. */
  readonly onUndo: () => void;
}

/** The packs section of the options page. */
export function PackList({ entries, undoTitle, notice, onToggle, onImport, onExport, onDelete, onUndo }: PackListProps) {
  const on = entries.filter((entry) => entry.enabled).length;
  return (
    <section class="ncl-fieldset ncl-packs" aria-labelledby="ncl-packs-heading">
      <h2 id="ncl-packs-heading" class="ncl-packs-heading">
        Packs
      </h2>
      <p class="ncl-hint">
        Each pack is one article: its actors and claims are highlighted on the pages you read while its switch is on.
        {on > 1 ? ' With several on, each highlight says which article it comes from.' : ''} Make a pack from any article with “Use this
        article” in the toolbar popup.
      </p>
      <ul class="ncl-pack-list" data-testid="pack-list">
        {entries.map((entry) => {
          const { pack } = entry;
          const switchId = `ncl-pack-${pack.id}-switch`;
          return (
            <li key={pack.id} class="ncl-pack" data-pack-id={pack.id}>
              <div class="ncl-pack-text">
                <label for={switchId} class="ncl-pack-title" dir="auto" lang={pack.article.language}>
                  {pack.article.title}
                </label>
                <p class="ncl-small ncl-muted">
                  {entry.builtIn ? 'Built in · ' : ''}
                  {sourceLine(pack)} · {pack.actors.length} {pack.actors.length === 1 ? 'actor' : 'actors'}, {pack.claims.length}{' '}
                  {pack.claims.length === 1 ? 'claim' : 'claims'}
                </p>
              </div>
              <div class="ncl-pack-actions">
                <span class="ncl-switch">
                  <input
                    id={switchId}
                    type="checkbox"
                    role="switch"
                    checked={entry.enabled}
                    onChange={(event) => onToggle(pack.id, event.currentTarget.checked)}
                  />
                </span>
                <button type="button" class="ncl-button ncl-button-quiet" onClick={() => onExport(entry)}>
                  Export<span class="ncl-visually-hidden"> “{pack.article.title}”</span>
                </button>
                {entry.builtIn ? null : (
                  <button type="button" class="ncl-button ncl-button-quiet" onClick={() => onDelete(entry)}>
                    Delete<span class="ncl-visually-hidden"> “{pack.article.title}”</span>
                  </button>
                )}
              </div>
            </li>
          );
        })}
      </ul>
      {undoTitle !== null ? (
        <p class="ncl-notice ncl-pack-undo" role="status">
          <span>Deleted “{undoTitle}”.</span>
          <button type="button" class="ncl-button" data-testid="undo-delete" onClick={onUndo}>
            Undo
          </button>
        </p>
      ) : null}
      <div class="ncl-pack-import">
        <label for="ncl-pack-file">Import a pack (JSON file)</label>
        <input
          id="ncl-pack-file"
          type="file"
          accept=".json,application/json"
          data-testid="pack-file"
          onChange={(event) => {
            const input = event.currentTarget;
            const file = input.files?.[0];
            if (file) onImport(file);
            // Cleared, so that choosing the same file again (after fixing it) imports it again.
            input.value = '';
          }}
        />
      </div>
      {notice.kind === 'error' ? (
        <div class="ncl-pack-error" role="alert" data-testid="pack-notice" data-kind="error">
          {notice.lines.map((line, i) => (
            <p key={i}>{line}</p>
          ))}
        </div>
      ) : (
        <p class="ncl-status" role="status" data-testid="pack-notice" data-kind={notice.kind}>
          {notice.kind === 'done' ? notice.message : ''}
        </p>
      )}
    </section>
  );
}
