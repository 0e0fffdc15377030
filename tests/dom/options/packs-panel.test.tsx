// @vitest-environment happy-dom
/**
 * The options page's packs with their data (`PacksPanel`), over an in-memory browser whose
 * `runtime.sendMessage` reaches the background's real pack writers: a refused file's errors are
 * shown, a deleted pack comes back with Undo (still switched off if it was), and the Undo offer
 * goes away after `UNDO_MS`.
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { draftPack } from '../review/draft-pack';
import { createFakeBrowser, type FakeBrowser } from '../../unit/fake-browser';

let fake: FakeBrowser = createFakeBrowser();
vi.mock('../../../src/shared/browser', () => ({
  get browser() {
    return fake.browser;
  },
}));

const { importPack, removePack, setPackEnabled } = await import('../../../src/background/packs');
const { KEYS } = await import('../../../src/shared/storage');
const { PacksPanel, UNDO_MS } = await import('../../../src/options/PacksPanel');

const added = draftPack();

beforeEach(() => {
  fake = createFakeBrowser({ [KEYS.version]: 2, [KEYS.packs]: [added], [KEYS.disabledPacks]: [added.id] });
  // The background's message handler, reduced to the three pack messages the panel sends.
  (fake.browser.runtime as Record<string, unknown>).sendMessage = (message: {
    type: string;
    json?: string;
    id?: string;
    enabled?: boolean;
  }) => {
    if (message.type === 'packs.import') return importPack(message.json ?? '');
    if (message.type === 'packs.setEnabled') return setPackEnabled(message.id ?? '', message.enabled ?? true);
    if (message.type === 'packs.remove') return removePack(message.id ?? '');
    return Promise.resolve(undefined);
  };
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const row = (): HTMLElement | null => document.querySelector(`[data-pack-id="${added.id}"]`);

describe('PacksPanel', () => {
  it('deletes a pack and brings it back with Undo, still switched off', async () => {
    render(<PacksPanel />);
    await waitFor(() => expect(row()).not.toBeNull());
    fireEvent.click(screen.getByRole('button', { name: `Delete “${added.article.title}”` }));
    await waitFor(() => expect(row()).toBeNull());
    expect(fake.dump()[KEYS.packs]).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(screen.getByTestId('pack-notice').textContent).toContain('Brought back'));
    await waitFor(() => expect(row()).not.toBeNull());
    expect((fake.dump()[KEYS.packs] as { id: string }[]).map((p) => p.id)).toEqual([added.id]);
    expect(fake.dump()[KEYS.disabledPacks]).toEqual([added.id]);
    await waitFor(() => expect((screen.getByRole('switch', { name: added.article.title }) as HTMLInputElement).checked).toBe(false));
  });

  it('shows why a file was refused', async () => {
    render(<PacksPanel />);
    await waitFor(() => expect(row()).not.toBeNull());
    const input = screen.getByLabelText('Import a pack (JSON file)') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [new File(['{"schemaVersion": 1, "id": "x"}'], 'broken.json')], configurable: true });
    fireEvent.change(input);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('“broken.json” was not imported.');
    expect(alert.textContent).toContain('This is not a pack this extension can use:');
  });

  it('withdraws the Undo offer after UNDO_MS', async () => {
    vi.useFakeTimers();
    render(<PacksPanel />);
    await vi.advanceTimersByTimeAsync(50);
    expect(row()).not.toBeNull();
    fireEvent.click(screen.getByRole('button', { name: `Delete “${added.article.title}”` }));
    await vi.advanceTimersByTimeAsync(50);
    expect(screen.getByRole('button', { name: 'Undo' }).closest('[role="status"]')?.textContent).toContain(
      `Deleted “${added.article.title}”.`,
    );
    await vi.advanceTimersByTimeAsync(UNDO_MS);
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
    expect(row()).toBeNull();
  });
});
