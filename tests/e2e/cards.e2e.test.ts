/**
 * The hover card, in both browsers: hovering a highlighted name or claim sentence opens the right
 * card (its quote and the claim that contests it); it closes on Escape, when the pointer leaves
 * and when its highlight scrolls away; the keyboard commands' messages step through highlights;
 * and a page with a strict CSP and hostile global CSS still gets a correct card in the top layer.
 *
 * The card's shadow root is closed, so the page cannot read it and neither can a test through the
 * page: its text is read through `card.describe`, sent from an extension page as the popup would.
 */
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { BROWSERS, launch, SCREENSHOT_DIR, waitFor, type TestPage } from './support/browsers';
import { describeCard, hostBox, pointOf, sendToTab, waitForCard, waitForCardPlaced } from './support/cards';
import { completeReport, openProbe, setStorage } from './support/extension';
import { useExtensionSuite } from './support/suite';

const FIXTURES = resolve(import.meta.dirname, '..', 'fixtures');
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The card harness (tests/e2e/support/card-harness.tsx) bundled for the browser. */
async function harnessScript(): Promise<string> {
  const result = await build({
    entryPoints: [resolve(import.meta.dirname, 'support', 'card-harness.tsx')],
    bundle: true,
    write: false,
    format: 'iife',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    target: ['chrome120', 'firefox128'],
    logLevel: 'silent',
  });
  return result.outputFiles[0]?.text ?? '';
}

describe.each(BROWSERS)('hover cards in %s', (name) => {
  const suite = useExtensionSuite(name, FIXTURES);
  let page: TestPage;
  const url = (): string => suite.server.url('cards-article.html');

  beforeAll(async () => {
    page = await suite.browser.newPage();
  });

  // Every case starts from the same state: default settings, the pointer in the corner away from
  // any highlight, and the article freshly loaded at the top, with no card open.
  beforeEach(async () => {
    await setStorage(suite.probe, { 'ncl.settings': {} });
    await page.mouseMove(5, 5);
    await page.goto(url());
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.bringToFront();
    await completeReport(suite.probe, url());
  });

  it('opens the actor card on hover, with the actor’s quote and the claim that contests theirs', async () => {
    await page.mouseMove(5, 5);
    const layout = (): Promise<string> =>
      page.evaluate(() =>
        JSON.stringify([
          document.documentElement.scrollHeight,
          document.documentElement.scrollWidth,
          ...[...document.querySelectorAll('p')].map((p) => p.getBoundingClientRect().top),
        ]),
      );
    const before = await layout();
    const point = await pointOf(page, '#lead', 'al-Sudani');
    await page.mouseMove(point.x, point.y);
    const card = await waitForCard(suite.probe, url(), (c) => c.open, 'the actor card');
    // The card is in the top layer: the page's layout does not move by a pixel.
    expect(await layout()).toBe(before);
    expect(card.kind).toBe('actor');
    expect(card.id).toBe('al-sudani');
    expect(card.text).toContain('Mohammed Shia al-Sudani');
    expect(card.text).toContain('Prime Minister of Iraq');
    // A verbatim quote of his, marked as reported speech, and the opposing claim with who holds it.
    expect(card.text).toContain('ISIS is no longer a threat');
    expect(card.text).toContain('Reported speech');
    expect(card.text).toContain('Contested by United States and US military');
    expect(card.text).toContain('ISIS is still a threat in Iraq.');
    expect(card.text).not.toMatch(/\bfalse\b/i);
    expect(card.focused).toBe(false);
    const box = await hostBox(page);
    expect(box?.open).toBe(true);
    expect(box?.onTop).toBe(true);
    expect(box && box.left >= 0 && box.right <= 1200 && box.top >= 0 && box.bottom <= 800).toBe(true);
    await waitForCardPlaced(page);
    await page.screenshot(join(SCREENSHOT_DIR, `card-actor-light-${name}.png`));
  });

  it('keeps the card open while the pointer moves into it, and closes it when the pointer leaves', async () => {
    const point = await pointOf(page, '#lead', 'al-Sudani');
    await page.mouseMove(point.x, point.y);
    await waitForCard(suite.probe, url(), (c) => c.open, 'the card before moving into it');
    await waitForCardPlaced(page);
    const box = await hostBox(page);
    if (!box) throw new Error('no card host');
    await page.mouseMove(box.left + 40, box.top + 30);
    // Longer than the close grace period (300 ms): the card staying open is the absence of an
    // event, which no condition can wait for.
    await new Promise((r) => setTimeout(r, 700));
    expect((await describeCard(suite.probe, url())).open).toBe(true);
    await page.mouseMove(1150, 780);
    await waitForCard(suite.probe, url(), (c) => !c.open, 'the card to close after the pointer left');
  });

  it('closes on Escape', async () => {
    const point = await pointOf(page, '#leahy', 'Leahy');
    await page.mouseMove(point.x, point.y);
    const card = await waitForCard(suite.probe, url(), (c) => c.open, 'the Leahy card');
    expect(card.id).toBe('kevin-leahy');
    expect(card.text).toContain('The article does not quote');
    await page.press('Escape');
    await waitForCard(suite.probe, url(), (c) => !c.open, 'the card to close on Escape');
  });

  it('opens the claim card on a claim sentence, saying which claim it restates and why it matched', async () => {
    const point = await pointOf(page, '#claim', 'poses a threat');
    await page.mouseMove(point.x, point.y);
    const card = await waitForCard(suite.probe, url(), (c) => c.open && c.kind === 'claim', 'the claim card');
    expect(card.id).toBe('isis-no-longer-a-threat');
    expect(card.text).toContain('This restates al-Sudani’s claim:');
    expect(card.text).toContain('ISIS no longer poses a threat to Iraq.');
    expect(card.text).toContain('Contested by United States and US military');
    expect(card.text).toContain('ISIS is still a threat in Iraq.');
    expect(card.text).toContain('Why this sentence is highlighted');
    // Which words of the page made it this claim, and which set its side.
    expect(card.text).toMatch(/It names ISIS \(“[^”]+”\), speaks of a threat \(“[^”]+”\)/);
    expect(card.text).toContain('says it has ended');
    await waitForCardPlaced(page);
    await page.screenshot(join(SCREENSHOT_DIR, `card-claim-light-${name}.png`));
  });

  it('flips the card above a highlight near the bottom of the window, keeping it on screen', async () => {
    const point = await pointOf(page, '#raid', 'US military');
    expect(point.y).toBeGreaterThan(600);
    await page.mouseMove(point.x, point.y);
    const card = await waitForCard(suite.probe, url(), (c) => c.open, 'the card at the bottom');
    expect(card.id).toBe('us-military');
    const box = await hostBox(page);
    expect(box && box.top >= 0 && box.bottom <= point.y).toBe(true);
  });

  it('closes the card when its highlight scrolls out of view', async () => {
    const point = await pointOf(page, '#lead', 'al-Sudani');
    await page.mouseMove(point.x, point.y);
    await waitForCard(suite.probe, url(), (c) => c.open, 'the card before scrolling');
    await page.evaluate(() => window.scrollTo(0, 2000));
    await waitForCard(suite.probe, url(), (c) => !c.open, 'the card to close after scrolling away');
  });

  it('opens on a tap from a touch screen at once, and closes on a tap elsewhere', async () => {
    // Headless drivers have no touch screen here, so the tap is a touch pointer event at the
    // highlight's point: the same event a finger produces, read by the same listener.
    const tap = (x: number, y: number): Promise<void> =>
      page.evaluate(
        ({ x: px, y: py }: { x: number; y: number }) => {
          const target = document.elementFromPoint(px, py) ?? document.body;
          for (const type of ['pointerdown', 'pointerup']) {
            target.dispatchEvent(
              new PointerEvent(type, { pointerType: 'touch', clientX: px, clientY: py, bubbles: true, composed: true, isPrimary: true }),
            );
          }
        },
        { x, y },
      );
    const point = await pointOf(page, '#leahy', 'Romanowski');
    await tap(point.x, point.y);
    const card = await waitForCard(suite.probe, url(), (c) => c.open, 'the card after a tap', 1_000);
    expect(card.id).toBe('alina-romanowski');
    await tap(1150, 20);
    await waitForCard(suite.probe, url(), (c) => !c.open, 'the card to close after a tap elsewhere', 1_000);
  });

  it('waits for the hover delay from the settings before opening', async () => {
    // Loaded again after the setting is stored, so the page's configuration surely has it.
    await setStorage(suite.probe, { 'ncl.settings': { hoverDelayMs: 1_200 } });
    await page.goto(url());
    await completeReport(suite.probe, url());
    const point = await pointOf(page, '#lead', 'al-Sudani');
    await page.mouseMove(point.x, point.y);
    // Twice the default delay and half the set one: that the card is not open yet is the absence
    // of an event, which no condition can wait for.
    await new Promise((r) => setTimeout(r, 600));
    expect((await describeCard(suite.probe, url())).open).toBe(false);
    await waitForCard(suite.probe, url(), (c) => c.open, 'the card after the longer delay', 3_000);
  });

  it('steps to the next and previous highlight as the keyboard commands do, with focus in the card', async () => {
    const report = await completeReport(suite.probe, url());
    const first = await sendToTab<{ index: number; total: number; text: string }>(suite.probe, url(), {
      type: 'page.step',
      direction: 'next',
    });
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    expect(first.value.total).toBe(report.mentions.length);
    const firstCard = await waitForCard(suite.probe, url(), (c) => c.open, 'the card of the first step');
    expect(firstCard.focused).toBe(true);
    const second = await sendToTab<{ index: number; text: string }>(suite.probe, url(), { type: 'page.step', direction: 'next' });
    expect(second.ok && second.value.index).not.toBe(first.value.index);
    const back = await sendToTab<{ index: number }>(suite.probe, url(), { type: 'page.step', direction: 'previous' });
    expect(back.ok && back.value.index).toBe(first.value.index);
    // Stepping to the last highlight (the raid paragraph, below the fold) scrolls it into view.
    const last = await sendToTab<{ index: number; text: string }>(suite.probe, url(), { type: 'page.step', direction: 'previous' });
    expect(last.ok).toBe(true);
    const focus = await page.evaluate(() => CSS.highlights.get('ncl-focus')?.size ?? 0);
    expect(focus).toBe(1);
    await page.press('Escape');
    await waitForCard(suite.probe, url(), (c) => !c.open, 'the card to close on Escape after a step');
    expect(await page.evaluate(() => CSS.highlights.get('ncl-focus')?.size ?? 0)).toBe(0);
  });

  it('hides and shows the page’s highlights with the toggle command’s message', async () => {
    const hidden = await sendToTab<{ hidden: boolean }>(suite.probe, url(), { type: 'page.toggle' });
    expect(hidden.ok && hidden.value.hidden).toBe(true);
    await waitFor(page, () => (CSS.highlights.get('ncl-actor')?.size ?? 0) === 0, undefined, 5_000, 'highlights to go');
    const shown = await sendToTab<{ hidden: boolean }>(suite.probe, url(), { type: 'page.toggle' });
    expect(shown.ok && shown.value.hidden).toBe(false);
    await waitFor(page, () => (CSS.highlights.get('ncl-actor')?.size ?? 0) > 0, undefined, 5_000, 'highlights to return');
  });

  it('opens a dark card on a dark page', async () => {
    // As of ESR 153, puppeteer cannot emulate prefers-color-scheme over WebDriver BiDi, so Firefox
    // gets a second browser whose content colour scheme is forced dark by preference.
    const dark =
      name === 'firefox' ? await launch(name, { firefoxPrefs: { 'layout.css.prefers-color-scheme.content-override': 0 } }) : suite.browser;
    try {
      const darkProbe = dark === suite.browser ? suite.probe : await openProbe(dark);
      const darkPage = dark === suite.browser ? page : await dark.newPage();
      if (dark === suite.browser) await page.setColorScheme('dark');
      await darkPage.goto(url());
      await darkPage.bringToFront();
      await completeReport(darkProbe, url());
      expect(await darkPage.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
      await darkPage.mouseMove(5, 5);
      const point = await pointOf(darkPage, '#lead', 'al-Sudani');
      await darkPage.mouseMove(point.x, point.y);
      await waitForCard(darkProbe, url(), (c) => c.open, 'the card on the dark page');
      await waitForCardPlaced(darkPage);
      await darkPage.screenshot(join(SCREENSHOT_DIR, `card-actor-dark-${name}.png`));
    } finally {
      if (dark === suite.browser) await page.setColorScheme('light');
      else await dark.close();
    }
  });

  it('passes axe-core, colour contrast included, for each card state in light and dark', async () => {
    // The extension's card is in a closed shadow root that axe cannot enter; the harness renders
    // the same components with the same stylesheet in an open one. Highlighting is paused so the
    // extension does not paint into the harness's card text.
    const script = await harnessScript();
    suite.server.route('/card-harness.js', () => ({ type: 'text/javascript', body: script }));
    suite.server.route('/card-harness.html', () => ({
      type: 'text/html',
      body: '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Card harness</title><meta name="color-scheme" content="light dark"></head><body><main><h1>Card harness</h1></main><script src="/card-harness.js"></script></body></html>',
    }));
    await setStorage(suite.probe, { 'ncl.settings': { paused: true } });
    const harness = await suite.browser.newPage();
    try {
      await harness.goto(suite.server.url('card-harness.html'));
      await harness.evaluate(AXE_SOURCE as never);
      const states: { name: string; mentions: unknown[] }[] = [
        {
          name: 'actor with quotes',
          mentions: [{ kind: 'actor', id: 'al-sudani', text: 'Sudani', explanation: '“Sudani” is a name of Mohammed Shia al-Sudani.' }],
        },
        { name: 'actor without quotes', mentions: [{ kind: 'actor', id: 'kevin-leahy', text: 'Leahy', explanation: 'A name.' }] },
        {
          name: 'claim',
          mentions: [
            {
              kind: 'claim',
              id: 'isis-no-longer-a-threat',
              text: 's',
              explanation: 'e',
              side: 'claim',
              cues: [{ label: 'threat', text: 'threat' }],
            },
          ],
        },
        {
          name: 'opposing claim',
          mentions: [
            {
              kind: 'claim',
              id: 'isis-still-a-threat',
              text: 's',
              explanation: 'e',
              side: 'opposing',
              cues: [{ label: 'still', text: 'still a threat' }],
            },
          ],
        },
        {
          name: 'overlapping highlights',
          mentions: [
            { kind: 'actor', id: 'al-sudani', text: 'Sudani', explanation: 'e' },
            { kind: 'claim', id: 'isis-no-longer-a-threat', text: 's', explanation: 'e', side: 'claim', cues: [] },
          ],
        },
      ];
      const schemes: ('light' | 'dark')[] = name === 'chromium' ? ['light', 'dark'] : ['light'];
      for (const scheme of schemes) {
        if (name === 'chromium') await harness.setColorScheme(scheme);
        for (const state of states) {
          const violations = await harness.evaluate(async (mentions: unknown[]) => {
            (globalThis as unknown as { showCard: (m: unknown[]) => void }).showCard(mentions);
            // Contrast is measured on the card as it rests: after any animation in its (open) shadow
            // root and the next rendering.
            const shadow = document.querySelector('ncl-card')?.shadowRoot;
            await Promise.all((shadow?.getAnimations() ?? []).map((animation) => animation.finished.catch(() => undefined)));
            await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
            type Rule = { id: string; nodes: { target: unknown[] }[] };
            const axe = (globalThis as unknown as { axe: { run: (root: Element) => Promise<{ violations: Rule[]; passes: Rule[] }> } }).axe;
            const result = await axe.run(document.documentElement);
            const found = result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${JSON.stringify(n.target)}`));
            // Guard against a vacuous pass: contrast must really have been measured inside the card.
            const measured =
              result.passes.find((p) => p.id === 'color-contrast')?.nodes.filter((n) => JSON.stringify(n.target).includes('ncl-card'))
                .length ?? 0;
            return measured > 5 ? found : [...found, `color-contrast measured on only ${measured} card nodes`];
          }, state.mentions);
          expect(violations, `${state.name} (${scheme})`).toEqual([]);
        }
      }
      await harness.screenshot(join(SCREENSHOT_DIR, `card-harness-${name}.png`));
    } finally {
      await harness.close();
      await setStorage(suite.probe, { 'ncl.settings': {} });
    }
  });

  it('shows a correct card on a page with a strict CSP and hostile global CSS, above its top overlay', async () => {
    const hostile = suite.server.url('cards-hostile.html');
    const other = await suite.browser.newPage();
    await other.goto(hostile);
    await other.bringToFront();
    const report = await completeReport(suite.probe, hostile);
    expect(report.mentions.some((m) => m.id === 'al-sudani')).toBe(true);
    await other.mouseMove(5, 5);
    const point = await pointOf(other, '#lead', 'al-Sudani');
    await other.mouseMove(point.x, point.y);
    const card = await waitForCard(suite.probe, hostile, (c) => c.open, 'the card on the hostile page');
    expect(card.id).toBe('al-sudani');
    expect(card.text).toContain('ISIS is still a threat in Iraq.');
    const box = await hostBox(other);
    expect(box?.open).toBe(true);
    // On top of the page's own z-index 2147483647 overlay, and laid out (not unset to nothing).
    expect(box?.onTop).toBe(true);
    expect(box && box.bottom - box.top).toBeGreaterThan(100);
    expect(box && box.right - box.left).toBeGreaterThan(300);
    await waitForCardPlaced(other);
    await other.screenshot(join(SCREENSHOT_DIR, `card-hostile-${name}.png`));
    // The browser's own favicon request is refused by the CSP too; nothing of ours may be.
    expect(other.errors.filter((error) => !error.includes('favicon'))).toEqual([]);
    await other.close();
  });
});
