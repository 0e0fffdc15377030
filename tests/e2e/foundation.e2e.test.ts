/**
 * The foundation, in both browsers: the built extension loads, its content script highlights the
 * story's actors on a page we serve, and the popup shows the article and its actors.
 */
import { describe, expect, it } from 'vitest';
import { join, resolve } from 'node:path';
import { BROWSERS, readHighlights, waitFor } from './support/browsers';
import { completeReport } from './support/extension';
import { useExtensionSuite } from './support/suite';

const FIXTURES = resolve(import.meta.dirname, '..', 'fixtures');

describe.each(BROWSERS)('foundation in %s', (name) => {
  const suite = useExtensionSuite(name, FIXTURES);

  it('highlights the actors named on a page, and not the look-alikes', async () => {
    const page = await suite.browser.newPage();
    const url = suite.server.url('actors.html');
    await page.goto(url);
    const report = await completeReport(suite.probe, url);
    const actorTexts = report.mentions.filter((m) => m.kind === 'actor').map((m) => m.text);
    const found = (pattern: RegExp): boolean => actorTexts.some((text) => pattern.test(text));
    expect(actorTexts).toEqual(expect.arrayContaining(['Iraqi Prime Minister Mohammed Shia al-Sudani', 'Sudani']));
    expect(found(/Kevin C\. Leahy$/)).toBe(true);
    expect(found(/Alina Romanowski$/)).toBe(true);
    expect(found(/Global Coalition against ISIS/)).toBe(true);
    expect(actorTexts).not.toContain('Isis');
    expect(actorTexts).not.toContain('Patrick Leahy');
    expect(actorTexts.filter((text) => text === 'Leahy')).toHaveLength(0);

    const highlights = await waitFor(page, () => (CSS.highlights.get('ncl-actor')?.size ?? 0) > 0, undefined, 10_000, 'actor highlights');
    expect(highlights).toBe(true);
    const painted = await readHighlights(page);
    expect(painted['ncl-actor']).toEqual(expect.arrayContaining(['Iraqi Prime Minister Mohammed Shia al-Sudani', 'Sudani']));
    // The textarea's copy of the name is the user's text: never highlighted, never changed.
    const textarea = await page.evaluate(() => (document.getElementById('editor') as HTMLTextAreaElement).value);
    expect(textarea).toBe('Mohammed Shia al-Sudani in a textarea must stay untouched.');
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('shows the article title and its actors in the popup', async () => {
    const popup = await suite.browser.openExtensionPage('popup.html');
    const title = await waitFor(
      popup,
      () => document.querySelector('[data-testid="article-title"]')?.textContent ?? '',
      undefined,
      10_000,
      'popup title',
    );
    expect(title.length).toBeGreaterThan(10);
    const actors = await popup.evaluate(() =>
      [...document.querySelectorAll('[data-actor-id]')].map((li) => li.getAttribute('data-actor-id')),
    );
    expect(actors).toEqual(
      expect.arrayContaining(['al-sudani', 'kevin-leahy', 'alina-romanowski', 'isis', 'global-coalition', 'us-military', 'iraqi-forces']),
    );
    await popup.screenshot(join(resolve(import.meta.dirname, '..', '..', 'test-results', 'screenshots'), `popup-${name}.png`));
    await popup.close();
  });
});
