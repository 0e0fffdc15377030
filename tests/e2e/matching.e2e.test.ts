/**
 * Finding the story on real pages, in both browsers: names split over inline elements, nothing
 * matched across paragraphs or line breaks, open shadow roots, same-origin frames, content that
 * arrives or changes after load, editors left alone, and claim sentences told apart by side.
 */
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { BROWSERS, readHighlights, waitFor } from './support/browsers';
import { completeReport, pageReport } from './support/extension';
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
