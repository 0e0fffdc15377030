/**
 * Finding the story on real pages, in both browsers: names split over inline elements, nothing
 * matched across paragraphs or line breaks, open shadow roots, same-origin frames, content that
 * arrives or changes after load, editors left alone, and claim sentences told apart by side.
 */
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { BROWSERS, readHighlights, waitFor } from './support/browsers';
import { completeReport, getStorage, pageReport, setStorage } from './support/extension';
import { testPackInput } from '../unit/core/test-pack';
import { useExtensionSuite } from './support/suite';

const FIXTURES = resolve(import.meta.dirname, '..', 'fixtures', 'matching');

describe.each(BROWSERS)('matching on pages in %s', (name) => {
  const suite = useExtensionSuite(name, FIXTURES);

  it('finds names split over inline elements and in open shadow roots, never across blocks or editors', async () => {
    const page = await suite.browser.newPage();
    const url = suite.server.url('split-and-shadow.html');
    await page.goto(url);
    const editorBefore = await page.evaluate(() => document.getElementById('editor')?.innerHTML);
    const report = await completeReport(suite.probe, url);
    const actors = report.mentions.filter((m) => m.kind === 'actor');

    expect(actors.some((m) => m.id === 'al-sudani' && m.text === 'Mohammed Shia al-Sudani')).toBe(true);
    // "Islamic" and "State" sit in two paragraphs; "Kevin C." and "Leahy" on two lines, so the
    // full name is never one highlight. The bare surname counts, because this page states the
    // article's claims and is about the story.
    expect(actors.filter((m) => m.id === 'kevin-leahy').map((m) => m.text)).toEqual(['Leahy']);
    expect(actors.find((m) => m.id === 'kevin-leahy')?.explanation).toMatch(/this page is about the story/);
    // The shadow root's copy of the ambassador's name is found; the editor's is not.
    expect(actors.filter((m) => m.id === 'alina-romanowski')).toHaveLength(1);

    const painted = await readHighlights(page);
    expect(painted['ncl-actor']).toContain('Mohammed Shia al-Sudani');
    const where = await page.evaluate(() => {
      const ranges = [...(CSS.highlights.get('ncl-actor') ?? [])];
      const editor = document.getElementById('editor') as HTMLElement;
      return {
        inShadow: ranges.some((r) => r.startContainer.getRootNode() instanceof ShadowRoot),
        inEditor: ranges.some((r) => editor.contains(r.startContainer)),
        acrossParagraphs: ranges.some((r) => document.getElementById('paragraphs-a')?.contains(r.startContainer)),
      };
    });
    expect(where).toEqual({ inShadow: true, inEditor: false, acrossParagraphs: false });
    expect(await page.evaluate(() => document.getElementById('editor')?.innerHTML)).toBe(editorBefore);

    const claims = report.mentions.filter((m) => m.kind === 'claim');
    expect(claims).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          id: 'isis-still-a-threat',
          side: 'opposing',
          text: 'Officials in Washington insist that Daesh remains a threat to Iraq.',
        }),
        expect.objectContaining({
          id: 'isis-no-longer-a-threat',
          side: 'claim',
          text: 'The prime minister said the Islamic State group no longer poses a threat to Iraq.',
        }),
      ]),
    );
    // Every claim highlight says why it is there, in the page's own words.
    for (const claim of claims) expect(claim.explanation.length).toBeGreaterThan(20);
    expect(painted['ncl-opposing']).toContain('Officials in Washington insist that Daesh remains a threat to Iraq.');
    expect(painted['ncl-claim']).toContain('The prime minister said the Islamic State group no longer poses a threat to Iraq.');
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it("finds actors a page names only by variants of their aliases, and keeps an imported pack's variants for the next page", async () => {
    // "Iraq’s army" and "US combat troops" are no aliases: the matcher makes them from "Iraqi
    // army" and "US troops", and the page gate, which decides whether a page is scanned at all,
    // must look for them too.
    const page = await suite.browser.newPage();
    const url = suite.server.url('variants.html');
    await page.goto(url);
    const seedReport = await completeReport(suite.probe, url);
    expect(seedReport.mentions.filter((m) => m.kind === 'actor').map((m) => [m.id, m.text])).toEqual([
      ['iraqi-forces', 'Iraq’s army'],
      ['us-military', 'US combat troops'],
    ]);

    // An imported pack has no table until a page compiles it, so the first page with text is
    // scanned whatever it says; its table is kept, and from then on a page that never mentions
    // the pack is not scanned at all while one that names an actor by a variant still is. (The
    // tab is closed first: it would compile the new pack, and keep its table, on its own.)
    expect(page.errors).toEqual([]);
    await page.close();
    const imported = await suite.probe.evaluate(async (json: string) => {
      const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
      return api.runtime.sendMessage({ type: 'packs.import', json });
    }, JSON.stringify(testPackInput));
    expect(imported).toMatchObject({ ok: true });
    await setStorage(suite.probe, { 'ncl.disabledPacks': ['iraq-sudani-isis-threat'] });
    const tab = await suite.browser.newPage();
    const visit = async (file: string, n: number): Promise<Awaited<ReturnType<typeof completeReport>>> => {
      const at = `${suite.server.url(file)}?visit=${n}`;
      await tab.goto(at);
      return completeReport(suite.probe, at);
    };
    // A pass that never started has no start time (stats.startedAt stays 0).
    const walked = (report: Awaited<ReturnType<typeof completeReport>>): boolean => (report.stats?.startedAt ?? 0) > 0;
    expect(walked(await visit('quiet.html', 1))).toBe(true);
    const tables = await waitFor(suite.probe, async () => {
      const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
      const kept = (await api.storage.local.get('ncl.variantTables'))['ncl.variantTables'] as Record<string, unknown> | undefined;
      return kept ? Object.keys(kept) : null;
    });
    expect(tables).toEqual(['test-pack']);
    expect(walked(await visit('quiet.html', 2))).toBe(false);
    const named = await visit('variants.html', 3);
    expect(walked(named)).toBe(true);
    expect(named.mentions.filter((m) => m.kind === 'actor').map((m) => [m.id, m.text])).toEqual([['us-military', 'US combat troops']]);
    const stored = await getStorage(suite.probe);
    expect((stored['ncl.packs'] as { id: string }[]).map((p) => p.id)).toEqual(['test-pack']);
    await suite.probe.evaluate(async () => {
      const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
      await api.runtime.sendMessage({ type: 'packs.remove', id: 'test-pack' });
      await api.storage.local.remove(['ncl.disabledPacks', 'ncl.variantTables']);
    });
    expect(tab.errors).toEqual([]);
    await tab.close();
  });

  it('highlights inside a same-origin frame and follows content that arrives or changes after load', async () => {
    const page = await suite.browser.newPage();
    const url = suite.server.url('frames-and-late.html');
    await page.goto(url);
    const framed = await waitFor(
      page,
      () => {
        const frame = document.getElementById('frame') as HTMLIFrameElement;
        const highlights = (frame.contentWindow as (Window & typeof globalThis) | null)?.CSS.highlights.get('ncl-actor');
        if (!highlights || !frame.contentDocument) return null;
        return [...highlights].map((r) => {
          const range = frame.contentDocument!.createRange();
          range.setStart(r.startContainer, r.startOffset);
          range.setEnd(r.endContainer, r.endOffset);
          return range.toString();
        });
      },
      undefined,
      15_000,
      'highlights in the frame',
    );
    expect((framed ?? []).some((text) => text.endsWith('Kevin C. Leahy'))).toBe(true);
    expect(framed).toContain('ISIS');

    await completeReport(suite.probe, url);
    const deadline = Date.now() + 15_000;
    let texts: string[] = [];
    while (Date.now() < deadline) {
      texts = (await pageReport(suite.probe, url)).mentions.map((m) => m.text);
      if (texts.includes('Alina Romanowski') && texts.includes('Mohammed Shia al-Sudani')) break;
      await new Promise((r) => setTimeout(r, 150));
    }
    expect(texts).toEqual(expect.arrayContaining(['Alina Romanowski', 'Mohammed Shia al-Sudani']));
    const painted = await readHighlights(page);
    expect(painted['ncl-actor']).toEqual(expect.arrayContaining(['Alina Romanowski', 'Mohammed Shia al-Sudani']));
    expect(page.errors).toEqual([]);
    await page.close();
  });
});
