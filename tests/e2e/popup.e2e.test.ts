/**
 * The popup and options page, in both browsers: the popup lists the open tab's mentions grouped by
 * actor and claim and jumps to one (scroll and card); it finds the tab it describes when opened as
 * a tab itself; the per-site switch removes highlights and is remembered after a reload; browser
 * pages get a clear "cannot be scanned"; the badge counts the tab's mentions; an options change
 * reaches an open tab without a reload; and, in Firefox, withdrawn site access is explained.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { BROWSERS, SCREENSHOT_DIR, waitFor, type TestPage } from './support/browsers';
import { completeReport, tabIdOf } from './support/extension';
import { useExtensionSuite } from './support/suite';
import { waitForCard } from './support/cards';

const FIXTURES = resolve(import.meta.dirname, '..', 'fixtures');

/** Clicks the element matching `selector` in an extension page. */
function clickIn(page: TestPage, selector: string): Promise<void> {
  return page.evaluate((sel: string) => {
    const element = document.querySelector<HTMLElement>(sel);
    if (!element) throw new Error(`${sel} not found`);
    element.click();
  }, selector);
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Runs axe-core in a real browser page, colour contrast included (happy-dom cannot lay out).
 * The source goes in as a driver-evaluated script, which the page's CSP does not apply to.
 */
async function axeInBrowser(page: TestPage): Promise<string[]> {
  await page.evaluate(AXE_SOURCE as never);
  return page.evaluate(async () => {
    const axe = (
      globalThis as unknown as { axe: { run: (root: Element) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }
    ).axe;
    const result = await axe.run(document.documentElement);
    return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
  });
}

/** Polls an extension page until the popup has read the tab (the loading line is gone). */
function popupState(popup: TestPage): Promise<string> {
  return waitFor(
    popup,
    () => {
      const summary = document.querySelector('[data-testid="page-summary"]');
      return summary?.getAttribute('data-state') ?? '';
    },
    undefined,
    10_000,
    'the popup to read the tab',
  );
}

describe.each(BROWSERS)('popup and options in %s', (name) => {
  const suite = useExtensionSuite(name, FIXTURES);
  let page: TestPage;
  let tabId: number;
  const url = (): string => suite.server.url('cards-article.html');

  beforeAll(async () => {
    page = await suite.browser.newPage();
    await page.goto(url());
    await completeReport(suite.probe, url());
    tabId = await tabIdOf(suite.probe, url());
  });

  it('lists the tab’s mentions grouped by actor and claim, and jumps to one', async () => {
    const report = await completeReport(suite.probe, url());
    const popup = await suite.browser.openExtensionPage(`popup.html?tab=${tabId}`);
    expect(await popupState(popup)).toBe('found');
    const groups = await popup.evaluate(() =>
      [...document.querySelectorAll('[data-group]')].map((b) => ({
        key: b.getAttribute('data-group'),
        count: parseInt(b.querySelector('.ncl-group-count')?.textContent ?? '', 10),
      })),
    );
    const expected = new Map<string, number>();
    for (const m of report.mentions) expected.set(`${m.kind}:${m.id}`, (expected.get(`${m.kind}:${m.id}`) ?? 0) + 1);
    expect(new Map(groups.map((g) => [g.key, g.count]))).toEqual(expected);
    expect(groups.map((g) => g.key)).toEqual(
      expect.arrayContaining(['actor:al-sudani', 'claim:isis-no-longer-a-threat', 'actor:us-military']),
    );
    // Claim pairs side by side, and the article's metadata with "not stated" where the pack has none.
    const pairs = await popup.evaluate(() => [...document.querySelectorAll('[data-pair]')].map((p) => p.getAttribute('data-pair')));
    expect(pairs).toContain('isis-no-longer-a-threat|isis-still-a-threat');
    expect(await popup.evaluate(() => document.body.textContent ?? '')).toContain('Outlet not stated');

    await clickIn(popup, '[data-group="actor:us-military"]');
    const card = await waitForCard(suite.probe, url(), (c) => c.open, 'the revealed card');
    expect(card.id).toBe('us-military');
    const inView = await waitFor(
      page,
      () => {
        const focus = [...(CSS.highlights.get('ncl-focus') ?? [])][0];
        if (!focus) return false;
        const range = document.createRange();
        range.setStart(focus.startContainer, focus.startOffset);
        range.setEnd(focus.endContainer, focus.endOffset);
        const rect = range.getBoundingClientRect();
        return rect.top >= 0 && rect.bottom <= innerHeight && range.toString();
      },
      undefined,
      5_000,
      'the revealed mention in view',
    );
    expect(inView).toBe('US military');
    expect(await axeInBrowser(popup)).toEqual([]);
    await popup.screenshot(join(SCREENSHOT_DIR, `popup-page-${name}.png`));
    await popup.close();
    await page.evaluate(() => window.scrollTo(0, 0));
  });

  it('leaves broad actors unmarked on a page about something else, and says why', async () => {
    const offUrl = suite.server.url('off-story.html');
    const offPage = await suite.browser.newPage();
    await offPage.goto(offUrl);
    const report = await completeReport(suite.probe, offUrl);
    // A city budget story that names ISIS and the US military once each, in passing.
    expect(report.mentions).toEqual([]);
    expect(report.stories).toEqual([expect.objectContaining({ packId: 'iraq-sudani-isis-threat', onStory: false })]);
    const offTab = await tabIdOf(suite.probe, offUrl);
    const popup = await suite.browser.openExtensionPage(`popup.html?tab=${offTab}`);
    expect(await popupState(popup)).toBe('empty');
    const note = await popup.evaluate(() => document.querySelector('[data-testid="off-story"]')?.textContent ?? '');
    expect(note).toContain('does not seem to be about the story');
    expect(note).toContain('ISIS (Islamic State), named once');
    expect(note).toContain('US military, named once');
    expect(await axeInBrowser(popup)).toEqual([]);
    await popup.screenshot(join(SCREENSHOT_DIR, `popup-off-story-${name}.png`));
    await popup.close();
    await offPage.close();
  });

  it('describes the most recently used other tab when opened as a tab itself', async () => {
    await page.bringToFront();
    // The popup falls back to the most recently used tab other than itself: wait until the browser
    // counts the page as that.
    await waitFor(
      suite.probe,
      async (target: string) => {
        const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
        const self = await api.tabs.getCurrent();
        const others = (await api.tabs.query({})).filter((tab) => tab.id !== self?.id);
        others.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
        return others[0]?.url === target;
      },
      url(),
      5_000,
      'the page to be the most recently used tab',
    );
    const popup = await suite.browser.openExtensionPage('popup.html');
    expect(await popupState(popup)).toBe('found');
    expect(await popup.evaluate(() => document.querySelector('[data-testid="site-switch"]')?.parentElement?.textContent ?? '')).toContain(
      '127.0.0.1',
    );
    await popup.close();
  });

  it('shows the tab’s mention count on the toolbar badge', async () => {
    const report = await completeReport(suite.probe, url());
    const text = await waitFor(
      suite.probe,
      async (id: number) => {
        const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
        return api.action.getBadgeText({ tabId: id });
      },
      tabId,
      5_000,
      'the badge',
    );
    expect(text).toBe(String(report.mentions.length));
  });

  it('switches highlighting off for the site, and remembers it after a reload', async () => {
    const popup = await suite.browser.openExtensionPage(`popup.html?tab=${tabId}`);
    await popupState(popup);
    expect(await popup.evaluate(() => (document.querySelector('[data-testid="site-switch"]') as HTMLInputElement).checked)).toBe(true);
    await clickIn(popup, '[data-testid="site-switch"]');
    await waitFor(page, () => (CSS.highlights.get('ncl-actor')?.size ?? 0) === 0, undefined, 5_000, 'highlights to go');
    expect((await completeReport(suite.probe, url())).inactive).toBe('site-disabled');
    await popup.close();

    await page.goto(url());
    const after = await completeReport(suite.probe, url());
    expect(after.inactive).toBe('site-disabled');
    expect(await page.evaluate(() => CSS.highlights.get('ncl-actor')?.size ?? 0)).toBe(0);
    const again = await suite.browser.openExtensionPage(`popup.html?tab=${tabId}`);
    expect(await popupState(again)).toBe('site-disabled');
    expect(await again.evaluate(() => (document.querySelector('[data-testid="site-switch"]') as HTMLInputElement).checked)).toBe(false);
    await clickIn(again, '[data-testid="site-switch"]');
    await waitFor(page, () => (CSS.highlights.get('ncl-actor')?.size ?? 0) > 0, undefined, 5_000, 'highlights to return');
    await again.close();
  });

  it('says plainly when the tab cannot be scanned', async () => {
    const options = await suite.browser.openExtensionPage('options.html');
    const optionsTab = await tabIdOf(suite.probe, `${suite.browser.extensionOrigin}/options.html`);
    const popup = await suite.browser.openExtensionPage(`popup.html?tab=${optionsTab}`);
    expect(await popupState(popup)).toBe('unscannable');
    expect(await popup.evaluate(() => document.querySelector('[data-testid="page-summary"]')?.textContent ?? '')).toContain(
      'This page cannot be scanned.',
    );
    await popup.screenshot(join(SCREENSHOT_DIR, `popup-unscannable-${name}.png`));
    await popup.close();
    await options.close();
  });

  it('applies an options change to the open tab without a reload', async () => {
    const options = await suite.browser.openExtensionPage('options.html');
    await waitFor(options, () => document.querySelectorAll('fieldset').length > 0, undefined, 10_000, 'the options form');
    expect(await page.evaluate(() => CSS.highlights.get('ncl-claim')?.size ?? 0)).toBeGreaterThan(0);
    const claimsBox = 'input[data-testid="highlight-claims"]';
    await clickIn(options, claimsBox);
    await waitFor(
      page,
      () => (CSS.highlights.get('ncl-claim')?.size ?? 0) === 0 && (CSS.highlights.get('ncl-actor')?.size ?? 0) > 0,
      undefined,
      5_000,
      'claim highlights to go',
    );
    await clickIn(options, claimsBox);
    await waitFor(page, () => (CSS.highlights.get('ncl-claim')?.size ?? 0) > 0, undefined, 5_000, 'claim highlights to return');
    expect(await axeInBrowser(options)).toEqual([]);
    await options.screenshot(join(SCREENSHOT_DIR, `options-${name}.png`));
    await options.close();
  });

  it('explains withdrawn site access and offers to grant it (Firefox lets users withdraw it)', async () => {
    const removed = await suite.probe.evaluate(async () => {
      const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
      try {
        return await api.permissions.remove({ origins: ['<all_urls>'] });
      } catch (error) {
        return String(error);
      }
    });
    if (removed !== true) {
      // Chrome refuses to remove host permissions the manifest requires; only Firefox can get here.
      console.log(`[${name}] host access cannot be withdrawn by the extension: ${String(removed)}`);
      return;
    }
    await page.goto(url());
    // Without host access no content script is injected, and no event says that one was not:
    // the wait gives one that would wrongly be injected the time to answer the popup.
    await new Promise((r) => setTimeout(r, 500));
    const popup = await suite.browser.openExtensionPage(`popup.html?tab=${tabId}`);
    expect(await popupState(popup)).toBe('no-access');
    expect(await popup.evaluate(() => document.querySelector('[data-testid="page-summary"] button')?.textContent ?? '')).toBe(
      'Allow access to this site',
    );
    await popup.screenshot(join(SCREENSHOT_DIR, `popup-no-access-${name}.png`));
    await popup.close();
  });
});
