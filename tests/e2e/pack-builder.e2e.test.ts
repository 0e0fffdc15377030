/**
 * Making a pack from an article, in both browsers, end to end on the built extension: the popup's
 * "Use this article" reads a fixture article (injecting extract.js into that tab only), the review
 * page drafts the pack on the device, in its builder worker, showing each of the builder's passes
 * as it starts, the reader edits it and saves it, and another page that
 * names the article's people is then highlighted with the new pack. A page with no article gets a
 * clear message. The options page lists the packs, switches one off, exports it, and deletes it
 * with undo.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { PASSES } from '../../src/core/builder/build-pack';
import { progressLine } from '../../src/review/draft-progress';
import { BROWSERS, SCREENSHOT_DIR, waitFor, type ExtensionBrowser, type TestPage } from './support/browsers';
import { waitForCardPlaced } from './support/cards';
import { completeReport, getStorage, tabIdOf } from './support/extension';
import { type ExtensionSuite, useExtensionSuite } from './support/suite';

const FIXTURES = resolve(import.meta.dirname, '..', 'fixtures');
const ROOT = resolve(import.meta.dirname, '..', '..');
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Clicks the element matching `selector` (optionally the one whose text contains `text`). */
function clickIn(page: Pick<TestPage, 'evaluate'>, selector: string, text = ''): Promise<void> {
  return page.evaluate(
    ([sel, words]: [string, string]) => {
      const element = [...document.querySelectorAll<HTMLElement>(sel)].find((el) => (el.textContent ?? '').includes(words));
      if (!element) throw new Error(`${sel} "${words}" not found`);
      element.click();
    },
    [selector, text] as [string, string],
  );
}

/**
 * The review tab the popup opened. The extension creates it, not the test, so it is found among
 * the driver's pages and given the two calls the test needs.
 */
async function findReviewPage(browser: ExtensionBrowser): Promise<Pick<TestPage, 'evaluate' | 'screenshot' | 'close' | 'setColorScheme'>> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    if (browser.driver.context) {
      const page = browser.driver.context.pages().find((p) => p.url().includes('/review.html'));
      if (page) {
        return {
          evaluate: (fn, arg) => page.evaluate(fn as never, arg as never) as never,
          screenshot: async (path) => void (await page.screenshot({ path })),
          setColorScheme: (scheme) => page.emulateMedia({ colorScheme: scheme }),
          close: () => page.close(),
        };
      }
    } else if (browser.driver.browser) {
      // As of ESR 153, puppeteer reports moz-extension:// tabs opened by the extension as
      // about:blank, so each tab is asked for its own address.
      let page;
      for (const candidate of await browser.driver.browser.pages()) {
        const href = await candidate.evaluate(() => location.href).catch(() => '');
        if (href.includes('/review.html')) page = candidate;
      }
      if (page) {
        await page.setViewport({ width: 1200, height: 800 });
        return {
          evaluate: (fn, arg) => page.evaluate(fn as never, arg as never) as never,
          screenshot: async (path) => void (await page.screenshot({ path: path as `${string}.png` })),
          setColorScheme: () => Promise.reject(new Error('As of ESR 153, BiDi cannot emulate a colour scheme in Firefox.')),
          close: () => page.close(),
        };
      }
    }
    if (Date.now() > deadline) throw new Error('the review page did not open');
    await new Promise((r) => setTimeout(r, 150));
  }
}

/** Runs axe-core in a real browser page, colour contrast included (happy-dom cannot lay out). */
async function axeInBrowser(page: Pick<TestPage, 'evaluate'>): Promise<string[]> {
  await page.evaluate(AXE_SOURCE as never);
  return page.evaluate(async () => {
    const axe = (
      globalThis as unknown as { axe: { run: (root: Element) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }
    ).axe;
    const result = await axe.run(document.documentElement);
    return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
  });
}

/** Polls a page until `fn` returns something truthy. */
async function until<R, A>(page: Pick<TestPage, 'evaluate'>, fn: (arg: A) => R, arg: A, what: string, timeout = 20_000): Promise<R> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await page.evaluate(fn, arg);
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}; last value: ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

/**
 * Replaces the page's `Worker` with one that holds every reply of the real worker until the test
 * releases it, and records the address each worker was started from. Runs in the page.
 */
function holdWorkerReplies(): void {
  const Real = window.Worker;
  const held: unknown[] = [];
  const urls: string[] = [];
  const handlers: Array<() => ((event: { data: unknown }) => void) | null> = [];
  class HeldWorker extends Real {
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      urls.push(String(url));
      // The real replies go to the queue; the page's handler is kept apart until they are released.
      super.onmessage = (event: MessageEvent) => held.push(event.data);
      let handler: ((event: { data: unknown }) => void) | null = null;
      Object.defineProperty(this, 'onmessage', { configurable: true, get: () => handler, set: (fn) => (handler = fn) });
      handlers.push(() => handler);
    }
  }
  window.Worker = HeldWorker;
  (window as unknown as { nclHeld: unknown }).nclHeld = {
    urls,
    held,
    release(count: number) {
      for (let i = 0; i < count && held.length > 0; i++) handlers.at(-1)?.()?.({ data: held.shift() });
    },
    deliver(data: unknown) {
      handlers.at(-1)?.()?.({ data });
    },
  };
}

/** What `holdWorkerReplies` leaves on the page. */
interface HeldReplies {
  urls: string[];
  held: { type: string; pass?: string }[];
  release(count: number): void;
  deliver(data: unknown): void;
}

/**
 * Opens the review page with the worker's replies held: the page opens before its article is
 * handed over (and says there is none), the test holds the worker's replies, hands the article
 * over, and runs the page's own script again, which drafts the article now waiting for it.
 * Resolves once every reply of the worker is held, its draft included.
 */
async function openHeldReview(suite: ExtensionSuite, id: string, article: typeof STEPPED_ARTICLE): Promise<TestPage> {
  const review = await suite.browser.openExtensionPage(`review.html?draft=${id}`);
  await waitFor(review, () => document.querySelector('[data-testid="review-state"]')?.getAttribute('data-state') === 'missing');
  await review.evaluate(holdWorkerReplies);
  await suite.probe.evaluate(
    async ([key, value]: [string, typeof STEPPED_ARTICLE]) => {
      const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
      await api.storage.session.set({ [key]: value });
    },
    [`ncl-draft-${id}`, article] as [string, typeof STEPPED_ARTICLE],
  );
  await review.evaluate(() => {
    const app = document.getElementById('app') as HTMLElement;
    app.replaceWith(app.cloneNode(false));
    const script = document.createElement('script');
    script.src = 'review.js';
    document.body.append(script);
  });
  await waitFor(
    review,
    () => (window as unknown as { nclHeld: HeldReplies }).nclHeld.held.some((reply) => reply.type === 'drafted'),
    undefined,
    20_000,
    "the worker's draft",
  );
  return review;
}

/** An article of our own, handed to the review page the way the popup hands one over. */
const STEPPED_ARTICLE = {
  title: 'Library to stay open on Sundays after petition',
  text: [
    'Library to stay open on Sundays after petition',
    'The Westmere town library will stay open on Sundays, the town board decided on Wednesday, after 2,000 residents signed a petition.',
    'Board chair Lena Osei said the library was no longer a luxury for the town. "People come here to study, to find work and to keep warm," Osei said.',
    'The treasurer, Piet Maas, said the board could not afford the extra hours. "We are paying for this with the roads budget," Maas told the meeting.',
  ].join('\n'),
};

describe.each(BROWSERS)('making a pack from an article in %s', (name) => {
  const suite = useExtensionSuite(name, FIXTURES);
  let packId = '';

  it('drafts in the review page’s worker, showing each of the builder’s passes as it starts', async () => {
    // The review page's bundle holds no builder (the build fails if it does): any draft it shows
    // came from the worker.
    const metafile = JSON.parse(
      readFileSync(join(ROOT, 'dist', `metafile-${name === 'chromium' ? 'chrome' : 'firefox'}.json`), 'utf8'),
    ) as {
      outputs: Record<string, { inputs: Record<string, unknown> }>;
    };
    const bundle = (file: string) =>
      Object.keys(Object.entries(metafile.outputs).find(([path]) => path.endsWith(`/${file}`))?.[1].inputs ?? {});
    expect(bundle('review.js').filter((input) => /compromise|core\/builder/.test(input))).toEqual([]);
    expect(bundle('builder-worker.js').some((input) => /node_modules\/compromise\//.test(input))).toBe(true);

    const review = await openHeldReview(suite, 'e2e-held', STEPPED_ARTICLE);
    const held = () => review.evaluate(() => (window as unknown as { nclHeld: HeldReplies }).nclHeld.held.map((reply) => reply.type));
    expect(await review.evaluate(() => (window as unknown as { nclHeld: HeldReplies }).nclHeld.urls)).toEqual([
      `${suite.browser.extensionOrigin}/builder-worker.js`,
    ]);
    expect(await held()).toEqual([...PASSES.map(() => 'passStarted'), 'drafted']);
    expect(await review.evaluate(() => document.querySelector('[data-testid="draft-progress"]')?.textContent)).toBe(
      progressLine(undefined),
    );

    // Released one at a time, each pass shows as it starts, in words and on the bar.
    for (const [done, [pass]] of PASSES.entries()) {
      await review.evaluate(() => (window as unknown as { nclHeld: HeldReplies }).nclHeld.release(1));
      const expected = progressLine({ pass, done, total: PASSES.length });
      const shown = await waitFor(
        review,
        (line: string) => {
          const text = document.querySelector('[role="status"] [data-testid="draft-progress"]')?.textContent;
          const bar = document.querySelector<HTMLProgressElement>('progress[aria-labelledby="ncl-draft-progress"]');
          return text === line ? { value: bar?.value, max: bar?.max } : null;
        },
        expected,
        10_000,
        expected,
      );
      expect(shown).toEqual({ value: done, max: PASSES.length });
      if (pass === 'quotes') {
        await review.screenshot(join(SCREENSHOT_DIR, `review-drafting-${name}.png`));
        expect(await axeInBrowser(review)).toEqual([]);
      }
    }
    await review.evaluate(() => (window as unknown as { nclHeld: HeldReplies }).nclHeld.release(1));
    await waitFor(
      review,
      () => document.querySelector('[data-testid="review-state"]')?.getAttribute('data-state') === 'ready',
      undefined,
      10_000,
      'the draft',
    );
    const actors = await review.evaluate(() =>
      [...document.querySelectorAll('[data-actor-id]')].map((el) => el.getAttribute('data-actor-id')),
    );
    expect(actors).toEqual(expect.arrayContaining(['lena-osei', 'piet-maas']));
    expect(review.errors).toEqual([]);
    await review.close();
  });

  it('says the draft failed, and why, when the worker’s reply cannot be read or its draft is no pack', async () => {
    const unreadable = await openHeldReview(suite, 'e2e-unreadable', STEPPED_ARTICLE);
    await unreadable.evaluate(() => (window as unknown as { nclHeld: HeldReplies }).nclHeld.deliver({ type: 'drafted', warnings: 'none' }));
    const unread = await waitFor(
      unreadable,
      () => {
        const el = document.querySelector('[data-testid="review-state"][data-state="failed"][role="alert"]');
        return el?.textContent ?? '';
      },
      undefined,
      10_000,
      'the failure',
    );
    expect(unread).toContain('No pack could be drafted from this article.');
    expect(unread).toContain('The pack builder sent a reply the page could not read.');
    await unreadable.screenshot(join(SCREENSHOT_DIR, `review-failed-${name}.png`));
    expect(await axeInBrowser(unreadable)).toEqual([]);
    await unreadable.close();

    const notAPack = await openHeldReview(suite, 'e2e-not-a-pack', STEPPED_ARTICLE);
    await notAPack.evaluate(() =>
      (window as unknown as { nclHeld: HeldReplies }).nclHeld.deliver({ type: 'drafted', pack: { id: '<b>x</b>' }, warnings: [] }),
    );
    const invalid = await waitFor(
      notAPack,
      () => document.querySelector('[data-testid="review-state"][data-state="failed"]')?.textContent ?? '',
      undefined,
      10_000,
      'the failure',
    );
    expect(invalid).toContain('The draft did not validate:');
    expect(await notAPack.evaluate(() => document.querySelector('main b') === null)).toBe(true);
    await notAPack.close();
  });

  it('says so when the page has no article', async () => {
    const url = suite.server.url('builder/no-article.html');
    const page = await suite.browser.newPage();
    await page.goto(url);
    await completeReport(suite.probe, url);
    const popup = await suite.browser.openExtensionPage(`popup.html?tab=${await tabIdOf(suite.probe, url)}`);
    await waitFor(
      popup,
      () => document.querySelector<HTMLButtonElement>('[data-testid="use-article"]')?.disabled === false,
      undefined,
      10_000,
      'the button',
    );
    await clickIn(popup, '[data-testid="use-article"]');
    const status = await waitFor(
      popup,
      () => {
        const el = document.querySelector('[data-testid="use-article-status"]');
        return el?.getAttribute('data-state') === 'failed' ? el.textContent : '';
      },
      undefined,
      15_000,
      'the failure message',
    );
    expect(status).toMatch(/No article was found on this page/);
    await popup.screenshot(join(SCREENSHOT_DIR, `popup-no-article-${name}.png`));
    await popup.close();
    await page.close();
  });

  it('drafts a pack from the article, lets the reader edit it, saves it, and highlights its actors on another page', async () => {
    const url = suite.server.url('builder/article.html');
    const page = await suite.browser.newPage();
    await page.goto(url);
    await completeReport(suite.probe, url);
    const before = await completeReport(suite.probe, url);
    expect(before.mentions).toEqual([]);

    const popup = await suite.browser.openExtensionPage(`popup.html?tab=${await tabIdOf(suite.probe, url)}`);
    await waitFor(
      popup,
      () => document.querySelector<HTMLButtonElement>('[data-testid="use-article"]')?.disabled === false,
      undefined,
      10_000,
      'the button',
    );
    await clickIn(popup, '[data-testid="use-article"]');
    const review = await findReviewPage(suite.browser);
    await until(
      review,
      () => document.querySelector('[data-testid="review-state"]')?.getAttribute('data-state') === 'ready',
      undefined,
      'the draft',
    );
    expect(await popup.evaluate(() => document.querySelector('[data-testid="use-article-status"]')?.getAttribute('data-state'))).toBe(
      'opened',
    );
    // The page's broken image failed once, when the page loaded; reading the article did not load it again.
    expect(await page.evaluate(() => (window as unknown as { nclImageErrors?: number }).nclImageErrors)).toBe(1);

    // The one-time hand-over key is gone once the review page has read it.
    const session = await suite.probe.evaluate(async () => {
      const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
      return Object.keys(await api.storage.session.get(null));
    });
    expect(session.filter((key) => key.startsWith('ncl-draft-'))).toEqual([]);

    const draft = await review.evaluate(() => ({
      title: (document.getElementById('ncl-pack-title') as HTMLInputElement).value,
      actors: [...document.querySelectorAll('[data-actor-id]')].map((el) => el.getAttribute('data-actor-id')),
      quotes: document.querySelectorAll('[data-quote-id]').length,
      claims: [...document.querySelectorAll('[data-claim-id]')].map((el) => ({
        id: el.getAttribute('data-claim-id'),
        text: (el.querySelector('textarea') as HTMLTextAreaElement).value,
      })),
    }));
    expect(draft.title).toBe('Harbour city council votes to close the old ferry pier');
    expect(draft.actors).toEqual(expect.arrayContaining(['ingrid-halvorsen', 'tomas-eklund', 'marta-lindqvist', 'northcape-city-council']));
    expect(draft.quotes).toBeGreaterThanOrEqual(6);
    const unsafe = draft.claims.find((c) => /no longer safe/.test(c.text))?.id;
    const survey = draft.claims.find((c) => /minor damage/.test(c.text))?.id;
    expect(unsafe && survey).toBeTruthy();

    // Edits: link the mayor's claim with the union's, add a name form, delete the first quote.
    await review.evaluate(
      ([claim, other]: [string, string]) => {
        const select = document.getElementById(`ncl-claim-${claim}-link`) as HTMLSelectElement;
        select.value = other;
        select.dispatchEvent(new Event('change', { bubbles: true }));
      },
      [unsafe as string, survey as string] as [string, string],
    );
    await clickIn(review, `[data-claim-id="${unsafe}"] button`, 'Link');
    await until(
      review,
      (id: string) => document.querySelector(`[data-claim-id="${id}"] [data-opposes]`) !== null,
      unsafe as string,
      'the link',
    );
    // What the claim says, in words, with the article's sentences it is found in; changing the
    // side shows, live, the other sentences the content script's matcher would then find.
    const frameOf = (id: string) =>
      review.evaluate((claim: string) => {
        const el = document.querySelector(`[data-claim-id="${claim}"]`) as HTMLElement;
        return {
          phrase: el.querySelector('[data-testid="frame-phrase"]')?.textContent ?? '',
          matches: el.querySelector('[data-testid="claim-matches"]')?.textContent ?? '',
        };
      }, id);
    const chooseSide = (id: string, stance: string) =>
      review.evaluate(
        ([claim, value]: [string, string]) => {
          const select = document.getElementById(`ncl-claim-${claim}-stance`) as HTMLSelectElement;
          select.value = value;
          select.dispatchEvent(new Event('change', { bubbles: true }));
        },
        [id, stance] as [string, string],
      );
    const asDrafted = await frameOf(unsafe as string);
    expect(asDrafted.phrase).toContain('says the pier is no longer safe');
    expect(asDrafted.matches).toContain('no longer safe for passengers');
    await chooseSide(unsafe as string, 'continuing');
    await until(
      review,
      (id: string) =>
        /is still safe/.test(document.querySelector(`[data-claim-id="${id}"] [data-testid="frame-phrase"]`)?.textContent ?? ''),
      unsafe as string,
      'the new side',
    );
    const turned = await frameOf(unsafe as string);
    expect(turned.matches).toContain('still safe');
    expect(turned.matches).not.toContain('no longer safe for passengers');
    await review.evaluate((id: string) => document.querySelector(`[data-claim-id="${id}"]`)?.scrollIntoView(), unsafe as string);
    await review.screenshot(join(SCREENSHOT_DIR, `review-claim-frame-${name}.png`));
    await chooseSide(unsafe as string, 'ended');
    await until(
      review,
      (id: string) =>
        /no longer safe/.test(document.querySelector(`[data-claim-id="${id}"] [data-testid="frame-phrase"]`)?.textContent ?? ''),
      unsafe as string,
      'the side back',
    );

    // An actor the reader does not want: deleted, and gone from the saved pack.
    const people = ['ingrid-halvorsen', 'tomas-eklund', 'marta-lindqvist', 'northcape-city-council'];
    const unwanted = draft.actors.find((id) => id !== null && !people.includes(id));
    expect(unwanted).toBeTruthy();
    await clickIn(review, `[data-actor-id="${unwanted}"] button`, 'Delete');
    await until(
      review,
      (id: string) => document.querySelector(`[data-actor-id="${id}"]`) === null,
      unwanted as string,
      'the deleted actor',
    );

    await review.evaluate(() => {
      const input = document.getElementById('ncl-actor-tomas-eklund-alias') as HTMLInputElement;
      input.value = 'the union chairman';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await clickIn(review, '[data-actor-id="tomas-eklund"] button[type="submit"]', 'Add name form');
    await until(
      review,
      () => document.querySelector('[data-actor-id="tomas-eklund"] [data-alias="the union chairman"]') !== null,
      undefined,
      'the new alias',
    );
    await clickIn(review, '[data-quote-id] button', 'Delete quote 1');
    await until(review, (n: number) => document.querySelectorAll('[data-quote-id]').length === n - 1, draft.quotes, 'the deleted quote');

    // Nothing is used before Save.
    expect(((await getStorage(suite.probe))['ncl.packs'] as unknown[] | undefined) ?? []).toHaveLength(0);
    await clickIn(review, '[data-testid="save-pack"]');
    const saved = await until(
      review,
      () =>
        document.querySelector('[data-testid="save-status"]')?.getAttribute('data-state') === 'saved'
          ? document.querySelector('[data-testid="save-status"]')?.textContent
          : '',
      undefined,
      'the save',
    );
    expect(saved).toMatch(/Saved “Harbour city council votes to close the old ferry pier”/);
    await review.evaluate(() => window.scrollTo(0, 0));
    await review.screenshot(join(SCREENSHOT_DIR, `review-${name}.png`));

    expect(await axeInBrowser(review)).toEqual([]);
    // The theme follows the system: dark too, with the same contrast checks. As of ESR 153,
    // puppeteer's BiDi driver cannot emulate a colour scheme in Firefox, so dark is Chromium's.
    if (name === 'chromium') {
      await review.setColorScheme('dark');
      await review.screenshot(join(SCREENSHOT_DIR, `review-dark-${name}.png`));
      expect(await axeInBrowser(review)).toEqual([]);
      await review.setColorScheme('light');
    }

    const stored = (await getStorage(suite.probe))['ncl.packs'] as {
      id: string;
      quotes: unknown[];
      actors: { id: string; aliases: { text: string }[] }[];
      claims: { id: string; opposes: string[] }[];
    }[];
    expect(stored).toHaveLength(1);
    const pack = stored[0]!;
    packId = pack.id;
    expect(pack.quotes).toHaveLength(draft.quotes - 1);
    expect(pack.actors.find((a) => a.id === 'tomas-eklund')?.aliases.map((a) => a.text)).toContain('the union chairman');
    expect(pack.actors.map((a) => a.id)).not.toContain(unwanted);
    expect(pack.claims.find((c) => c.id === unsafe)?.opposes).toContain(survey);
    expect(pack.claims.find((c) => c.id === survey)?.opposes).toContain(unsafe);

    // Another page that names the article's people is now highlighted with the new pack.
    const elsewhere = suite.server.url('builder/elsewhere.html');
    const other = await suite.browser.newPage();
    await other.goto(elsewhere);
    await completeReport(suite.probe, elsewhere);
    const expected = ['ingrid-halvorsen', 'tomas-eklund', 'marta-lindqvist', 'northcape-city-council'];
    let ids: string[] = [];
    for (const deadline = Date.now() + 10_000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 200))) {
      const report = await completeReport(suite.probe, elsewhere);
      expect(report.packIds).toContain(packId);
      ids = [...new Set(report.mentions.filter((m) => m.kind === 'actor' && m.packId === packId).map((m) => m.id))];
      if (expected.every((id) => ids.includes(id))) break;
    }
    expect(ids).toEqual(expect.arrayContaining(expected));
    const painted = await waitFor(other, () => CSS.highlights.get('ncl-actor')?.size ?? 0, undefined, 10_000, 'actor highlights');
    expect(painted).toBeGreaterThanOrEqual(4);
    expect(other.errors).toEqual([]);

    // With two packs on, the popup says which article each entry comes from.
    const popupOther = await suite.browser.openExtensionPage(`popup.html?tab=${await tabIdOf(suite.probe, elsewhere)}`);
    const labels = await waitFor(
      popupOther,
      () => {
        const found = [...document.querySelectorAll('[data-pack-label]')].map((el) => el.textContent ?? '');
        return found.length > 0 ? found : null;
      },
      undefined,
      10_000,
      'pack labels',
    );
    expect(labels?.length).toBeGreaterThanOrEqual(4);
    expect(labels?.[0]).toContain('from Harbour city council votes to close the old ferry pier');
    await popupOther.close();
    // And so does the card.
    const card = await suite.probe.evaluate(
      async (id: number) => {
        const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
        await api.tabs.sendMessage(id, { type: 'page.reveal', index: 0 }, { frameId: 0 });
        return (await api.tabs.sendMessage(id, { type: 'card.describe' }, { frameId: 0 })) as {
          ok: boolean;
          value: { open: boolean; text?: string };
        };
      },
      await tabIdOf(suite.probe, elsewhere),
    );
    expect(card.value.open).toBe(true);
    expect(card.value.text).toContain('From “Harbour city council votes to close the old ferry pier”');
    await waitForCardPlaced(other);
    await other.screenshot(join(SCREENSHOT_DIR, `card-two-packs-${name}.png`));
    await review.close();
    await popup.close();
    await other.close();
    await page.close();
  });

  it('lists the packs in the options, switches one off, exports it, and deletes it with undo', async () => {
    expect(packId).not.toBe('');
    const options = await suite.browser.openExtensionPage('options.html');
    await waitFor(options, (id: string) => document.querySelector(`[data-pack-id="${id}"]`) !== null, packId, 10_000, 'the pack list');
    const titles = await options.evaluate(() =>
      [...document.querySelectorAll('[data-pack-id] .ncl-pack-title')].map((el) => el.textContent),
    );
    expect(titles).toHaveLength(2);

    // Export: the file handed to the download is the pack's JSON.
    const exported = await options.evaluate(async (id: string) => {
      let blob: Blob | null = null;
      const original = URL.createObjectURL.bind(URL);
      URL.createObjectURL = (object: Blob | MediaSource) => {
        blob = object as Blob;
        return original(object);
      };
      const button = [...document.querySelectorAll<HTMLButtonElement>(`[data-pack-id="${id}"] button`)].find((b) =>
        b.textContent?.startsWith('Export'),
      );
      button?.click();
      URL.createObjectURL = original;
      return blob ? JSON.parse(await (blob as Blob).text()).id : null;
    }, packId);
    expect(exported).toBe(packId);

    // Switch it off: a page opened now is not highlighted with it.
    await clickIn(options, `[data-pack-id="${packId}"] input[role="switch"]`);
    await waitFor(
      suite.probe,
      async (id: string) => {
        const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
        const stored = await api.storage.local.get('ncl.disabledPacks');
        return ((stored['ncl.disabledPacks'] as string[] | undefined) ?? []).includes(id);
      },
      packId,
      10_000,
      'the switch',
    );
    const elsewhere = suite.server.url('builder/elsewhere.html');
    const other = await suite.browser.newPage();
    await other.goto(elsewhere);
    const off = await completeReport(suite.probe, elsewhere);
    expect(off.mentions.filter((m) => m.packId === packId)).toEqual([]);
    await other.close();

    // Delete, then undo: the pack comes back, still switched off.
    await clickIn(options, `[data-pack-id="${packId}"] button`, 'Delete');
    await waitFor(options, (id: string) => document.querySelector(`[data-pack-id="${id}"]`) === null, packId, 10_000, 'the deletion');
    expect(((await getStorage(suite.probe))['ncl.packs'] as unknown[]).length).toBe(0);
    await clickIn(options, '[data-testid="undo-delete"]');
    await waitFor(options, (id: string) => document.querySelector(`[data-pack-id="${id}"]`) !== null, packId, 10_000, 'the undo');
    const after = await getStorage(suite.probe);
    expect((after['ncl.packs'] as { id: string }[]).map((p) => p.id)).toEqual([packId]);
    expect(after['ncl.disabledPacks']).toContain(packId);
    expect(await axeInBrowser(options)).toEqual([]);
    await options.evaluate(() => document.querySelector('.ncl-packs')?.scrollIntoView({ block: 'start' }));
    await options.screenshot(join(SCREENSHOT_DIR, `options-packs-${name}.png`));
    await options.close();
  });
});
