// @vitest-environment happy-dom
/**
 * The options page's packs (`PackList`, `pack-file`): one test per state a reader can see — the
 * packs with their switches, an imported pack's confirmation, a refused file's errors, and the
 * Undo offer after a delete — each checked with axe-core; and the export is the pack's JSON.
 */
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadEmbeddedPack } from '../../../src/core/embedded-pack';
import { downloadPack, readPackFile } from '../../../src/options/pack-file';
import { PackList, type PackListProps } from '../../../src/options/PackList';
import { MAX_PACK_IMPORT_BYTES } from '../../../src/shared/messages';
import type { PackEntry } from '../../../src/shared/storage';
import { draftPack } from '../review/draft-pack';
import { axeViolations } from '../ui/axe';

afterEach(() => cleanup());

const ENTRIES: PackEntry[] = [
  { pack: loadEmbeddedPack(), builtIn: true, enabled: true },
  { pack: draftPack(), builtIn: false, enabled: false },
];

function show(overrides: Partial<PackListProps> = {}) {
  const props: PackListProps = {
    entries: ENTRIES,
    undoTitle: null,
    notice: { kind: 'none' },
    onToggle: vi.fn(),
    onImport: vi.fn(),
    onExport: vi.fn(),
    onDelete: vi.fn(),
    onUndo: vi.fn(),
    ...overrides,
  };
  return { ...render(<PackList {...props} />), props };
}

const row = (id: string): HTMLElement => document.querySelector(`[data-pack-id="${id}"]`) as HTMLElement;

describe('PackList', () => {
  it('lists every pack with a labelled switch; only added packs can be deleted', async () => {
    const { container, props } = show();
    const added = draftPack();
    const builtIn = loadEmbeddedPack();
    expect((screen.getByRole('switch', { name: builtIn.article.title }) as HTMLInputElement).checked).toBe(true);
    const addedSwitch = screen.getByRole('switch', { name: added.article.title }) as HTMLInputElement;
    expect(addedSwitch.checked).toBe(false);
    fireEvent.click(addedSwitch);
    expect(props.onToggle).toHaveBeenCalledWith(added.id, true);
    expect(row(builtIn.id).textContent).toContain('Built in');
    expect(within(row(builtIn.id)).queryByRole('button', { name: /^Delete/ })).toBeNull();
    fireEvent.click(within(row(added.id)).getByRole('button', { name: `Delete “${added.article.title}”` }));
    expect(props.onDelete).toHaveBeenCalledWith(ENTRIES[1]);
    fireEvent.click(within(row(builtIn.id)).getByRole('button', { name: `Export “${builtIn.article.title}”` }));
    expect(props.onExport).toHaveBeenCalledWith(ENTRIES[0]);
    // The import control is a file picker for JSON, reachable by its label.
    const picker = screen.getByLabelText('Import a pack (JSON file)') as HTMLInputElement;
    expect([picker.type, picker.accept]).toEqual(['file', '.json,application/json']);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('confirms an import', async () => {
    const { container } = show({ notice: { kind: 'done', message: 'Imported “Harbour”.' } });
    expect(screen.getByTestId('pack-notice').textContent).toBe('Imported “Harbour”.');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('shows a refused file’s errors, one per line, as an alert', async () => {
    const { container } = show({
      notice: {
        kind: 'error',
        lines: ['“pack.json” was not imported.', 'This is not a pack this extension can use:', 'actors[0].name: empty'],
      },
    });
    const alert = screen.getByRole('alert');
    expect([...alert.querySelectorAll('p')].map((p) => p.textContent)).toEqual([
      '“pack.json” was not imported.',
      'This is not a pack this extension can use:',
      'actors[0].name: empty',
    ]);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('offers Undo after a delete', async () => {
    const { container, props } = show({
      entries: ENTRIES.slice(0, 1),
      undoTitle: 'Harbour city council votes to close the old ferry pier',
    });
    // Announced to screen readers, with the way back next to it.
    const status = screen.getByRole('button', { name: 'Undo' }).closest('[role="status"]');
    expect(status?.textContent).toContain('Deleted “Harbour city council votes to close the old ferry pier”.');
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(props.onUndo).toHaveBeenCalledOnce();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('hands a chosen file to onImport', () => {
    const { props } = show();
    const file = new File(['{}'], 'pack.json', { type: 'application/json' });
    const input = screen.getByLabelText('Import a pack (JSON file)') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    fireEvent.change(input);
    expect(props.onImport).toHaveBeenCalledWith(file);
  });
});

describe('pack files', () => {
  it('exports a pack as a JSON download named after its id', async () => {
    let blob: Blob | undefined;
    const create = vi.spyOn(URL, 'createObjectURL').mockImplementation((object) => {
      blob = object as Blob;
      return 'blob:test';
    });
    const clicked: string[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    });
    downloadPack(draftPack());
    expect(clicked).toEqual(['harbour-ferry-pier.json']);
    expect(JSON.parse(await (blob as Blob).text())).toEqual(draftPack());
    create.mockRestore();
    click.mockRestore();
  });

  it('refuses a file over the import limit without reading it', async () => {
    const big = new File(['x'], 'big.json');
    Object.defineProperty(big, 'size', { value: MAX_PACK_IMPORT_BYTES + 1 });
    const text = vi.spyOn(big, 'text');
    const result = await readPackFile(big);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.error).toMatch(/“big.json” is 2.0 MB; a pack may be at most 2 MB/);
    expect(text).not.toHaveBeenCalled();
    expect(await readPackFile(new File(['{"a":1}'], 'small.json'))).toEqual({ ok: true, value: '{"a":1}' });
  });
});
