// @vitest-environment happy-dom
/**
 * Tests for src/content/scanner.ts in happy-dom, with the real matcher on a pack of our own and a
 * fake highlight layer: what is painted, in what order, and how the highlights follow the page's
 * changes (re-resolving when the page context changes, the removal sweep, the back-off).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Scanner, type ScannerOptions } from '../../../src/content/scanner';
import { FakeHighlights, installStaticRange, scannerOptions } from './page-fakes';

installStaticRange();

let scanner: Scanner | null = null;
let highlights: FakeHighlights;
let updates = 0;

/** Starts a scanner on the document with the lighthouse pack and waits for its first pass. */
async function scan(options: Partial<ScannerOptions> = {}): Promise<Scanner> {
  highlights = new FakeHighlights();
  updates = 0;
  scanner = new Scanner({ ...scannerOptions(highlights), onUpdate: () => updates++, ...options });
  scanner.start();
  await vi.advanceTimersByTimeAsync(50);
  expect(scanner.isComplete).toBe(true);
  return scanner;
}

/** Lets pending page changes be processed (one batch, at the calm delay). */
async function settle(): Promise<void> {
  await vi.advanceTimersByTimeAsync(200);
}

const reported = (s: Scanner): string[] => s.report().map((m) => `${m.kind}:${m.text}`);

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'performance'] });
  document.body.innerHTML = '';
});

afterEach(() => {
  scanner?.stop();
  scanner = null;
  vi.useRealTimers();
});

describe('Scanner', () => {
  it('paints names and claim sentences, and reports them in reading order with the name first where both start', async () => {
    document.body.innerHTML =
      '<p>Marta Quiroga said the lighthouse was no longer safe.</p><p>Olaf Brenner said the lighthouse was still safe.</p>';
    const s = await scan();
    expect(reported(s)).toEqual([
      'actor:Marta Quiroga',
      'claim:Marta Quiroga said the lighthouse was no longer safe.',
      'actor:Olaf Brenner',
      'claim:Olaf Brenner said the lighthouse was still safe.',
    ]);
    expect(highlights.texts('actor')).toEqual(['Marta Quiroga', 'Olaf Brenner']);
    // The two claims oppose each other: the first side found is painted as the claim, the other as opposing.
    expect([...highlights.texts('claim'), ...highlights.texts('opposing')]).toHaveLength(2);
    expect(highlights.registrations).toBeGreaterThan(0);
  });

  it('leaves claim sentences unpainted when claims are switched off', async () => {
    document.body.innerHTML = '<p>Marta Quiroga said the lighthouse was no longer safe.</p>';
    const s = await scan({ highlightClaims: false });
    expect(reported(s)).toEqual(['actor:Marta Quiroga']);
    expect(highlights.texts('claim')).toEqual([]);
  });

  it('paints a bare surname only once the page names the person in full, also when the full name arrives later', async () => {
    document.body.innerHTML = '<p>Quiroga climbed the stairs at dawn.</p>';
    const s = await scan();
    expect(reported(s)).toEqual([]);
    const added = document.createElement('p');
    added.textContent = 'Marta L. Quiroga has kept the light for twenty years.';
    document.body.append(added);
    await settle();
    expect(reported(s)).toEqual(['actor:Quiroga', 'actor:Marta L. Quiroga']);
    expect(highlights.texts('actor').sort()).toEqual(['Marta L. Quiroga', 'Quiroga']);
  });

  it('paints a name others share once the page turns out to be about the story, and re-paints nothing else', async () => {
    document.body.innerHTML = '<p>Olaf Brenner waved.</p>';
    const s = await scan();
    // First name and surname alone: other people share them, and nothing says the page is about the story.
    expect(reported(s)).toEqual([]);
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'Marta L. Quiroga waved back.' }));
    await settle();
    expect(reported(s)).toEqual(['actor:Olaf Brenner', 'actor:Marta L. Quiroga']);
    expect(s.stories()).toEqual([{ packId: 'lighthouse', onStory: true, reason: expect.stringContaining('Marta Quiroga') }]);
  });

  it('repaints a paragraph whose text the page edits', async () => {
    document.body.innerHTML = '<p id="p">Olaf T. Brenner waved.</p>';
    const s = await scan();
    expect(reported(s)).toEqual(['actor:Olaf T. Brenner']);
    const text = document.getElementById('p')?.firstChild as Text;
    text.data = 'Marta L. Quiroga waved.';
    await settle();
    expect(reported(s)).toEqual(['actor:Marta L. Quiroga']);
    expect(highlights.texts('actor')).toEqual(['Marta L. Quiroga']);
  });

  it('takes the highlights of a removed paragraph away with it', async () => {
    document.body.innerHTML = '<div><p id="gone">Olaf T. Brenner waved.</p><p>Marta L. Quiroga waved back.</p></div>';
    const s = await scan();
    expect(highlights.texts('actor')).toEqual(['Olaf T. Brenner', 'Marta L. Quiroga']);
    document.getElementById('gone')?.remove();
    await settle();
    expect(reported(s)).toEqual(['actor:Marta L. Quiroga']);
    expect(highlights.texts('actor')).toEqual(['Marta L. Quiroga']);
  });

  it('un-paints a bare surname when the paragraph naming the person in full is removed', async () => {
    document.body.innerHTML = '<div><p id="full">Marta L. Quiroga has kept the light.</p><p>Quiroga climbed the stairs.</p></div>';
    const s = await scan();
    expect(reported(s)).toEqual(['actor:Marta L. Quiroga', 'actor:Quiroga']);
    document.getElementById('full')?.remove();
    await settle();
    expect(reported(s)).toEqual([]);
    expect(highlights.texts('actor')).toEqual([]);
  });

  it('backs off under a mutation storm, and comes back to the calm delay once the page is quiet', async () => {
    document.body.innerHTML = '<p>Olaf T. Brenner waved.</p><p id="ticker">0</p>';
    const s = await scan();
    const ticker = document.getElementById('ticker') as HTMLElement;
    const before = s.getStats().batches;
    // Ten seconds of a change every 20 ms: 500 changes.
    for (let i = 1; i <= 500; i++) {
      ticker.textContent = String(i);
      await vi.advanceTimersByTimeAsync(20);
    }
    const duringStorm = s.getStats().batches - before;
    // At the calm delay (60 ms) that would be about 160 batches; doubling up to 2 s leaves a few.
    expect(duringStorm).toBeGreaterThan(0);
    expect(duringStorm).toBeLessThan(15);
    // Quiet for twice the longest delay since the storm's last batch.
    await vi.advanceTimersByTimeAsync(6_000);
    const quiet = s.getStats().batches;
    // Calm again: one change is handled within the calm delay.
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'Marta L. Quiroga arrived.' }));
    await vi.advanceTimersByTimeAsync(100);
    expect(s.getStats().batches).toBe(quiet + 1);
    expect(reported(s)).toContain('actor:Marta L. Quiroga');
  });

  it('finds the mentions under a text node and offset, names first', async () => {
    document.body.innerHTML = '<p id="p">Marta Quiroga said the lighthouse was no longer safe.</p>';
    const s = await scan();
    const text = document.getElementById('p')?.firstChild as Text;
    expect(s.mentionsAt(text, 2).map((m) => m.kind)).toEqual(['actor', expect.stringMatching(/^(claim|opposing)$/)]);
    expect(s.mentionsAt(text, 30).map((m) => m.mention.kind)).toEqual(['claim']);
  });

  it('skips our own UI host', async () => {
    const host = document.createElement('div');
    host.textContent = 'Olaf T. Brenner';
    document.body.innerHTML = '<p>Marta L. Quiroga waved.</p>';
    document.body.append(host);
    const s = await scan({ ownHost: () => host });
    expect(reported(s)).toEqual(['actor:Marta L. Quiroga']);
  });

  it('stops as a unit: highlights gone, later page changes ignored', async () => {
    document.body.innerHTML = '<p>Olaf T. Brenner waved.</p>';
    const s = await scan();
    s.stop();
    expect(highlights.unregistered).toBe(true);
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'Marta L. Quiroga arrived.' }));
    await settle();
    expect(s.report()).toEqual([]);
    expect(highlights.texts('actor')).toEqual([]);
  });

  it('with no pack to look for, only hands the text of changed blocks to onNewText', async () => {
    document.body.innerHTML = '<p>Nothing here.</p>';
    const seen: string[][] = [];
    const s = await scan({ packs: [], onNewText: (texts) => seen.push(texts) });
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'A new paragraph.' }));
    await settle();
    expect(seen).toEqual([['A new paragraph.']]);
    expect(s.report()).toEqual([]);
    expect(updates).toBe(1);
  });
});
