/**
 * Launches the built extension in real browsers and gives tests one small API over both drivers:
 * Debian's Chromium through playwright-core, and Firefox ESR through puppeteer-core (WebDriver
 * BiDi). Nothing here downloads a browser; a missing one fails with the command that installs it.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { type BrowserContext, type Page as PwPage } from 'playwright-core';
import puppeteer, { type Browser as PpBrowser, type Page as PpPage } from 'puppeteer-core';
import { CHROMIUM_PATH, launchChromium as launchChromiumContext } from '../../../scripts/lib/chromium.mjs';
import { GECKO_ID } from '../../../scripts/lib/gecko.mjs';

/** The browsers the e2e suite runs in. */
export type BrowserName = 'chromium' | 'firefox';
/** Both browsers, in the order the suite runs them. */
export const BROWSERS: BrowserName[] = ['chromium', 'firefox'];

const EXECUTABLES: Record<BrowserName, { path: string; pkg: string }> = {
  chromium: { path: CHROMIUM_PATH, pkg: 'chromium' },
  firefox: { path: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', pkg: 'firefox-esr' },
};

/** A fixed moz-extension:// UUID so that tests know the extension's pages' URLs. */
const FIREFOX_UUID = '5c1e7d2a-3b4f-4c6d-9e8f-0a1b2c3d4e5f';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');

/** A page in either browser. */
export interface TestPage {
  /** Navigates and waits for the load event. */
  goto(url: string): Promise<void>;
  /** Runs `fn` in the page (in the page's own world, as the page's scripts would). */
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Moves the mouse to viewport coordinates. */
  mouseMove(x: number, y: number): Promise<void>;
  /** Clicks at viewport coordinates. */
  click(x: number, y: number): Promise<void>;
  /** Presses a key or chord such as `Escape` or `Alt+Shift+N`. */
  press(key: string): Promise<void>;
  /** Brings the tab to the front (matters for "active tab" queries). */
  bringToFront(): Promise<void>;
  /** Saves a PNG of the viewport. */
  screenshot(path: string): Promise<void>;
  /** Emulates the system colour scheme. */
  setColorScheme(scheme: 'light' | 'dark'): Promise<void>;
  /** Console messages the page logged (errors and warnings included). */
  readonly console: string[];
  /** Uncaught errors in the page. */
  readonly errors: string[];
  /** Closes the tab. */
  close(): Promise<void>;
}

/** A browser with the built extension installed. */
export interface ExtensionBrowser {
  /** Which browser this is. */
  readonly name: BrowserName;
  /** The origin of the extension's pages (`chrome-extension://ID`, `moz-extension://UUID`). */
  readonly extensionOrigin: string;
  /** Opens a blank tab. */
  newPage(): Promise<TestPage>;
  /** Opens one of the extension's pages, such as `popup.html`. */
  openExtensionPage(path: string): Promise<TestPage>;
  /** Closes the browser. */
  close(): Promise<void>;
  /** The driver underneath, for the few tests that need more than this API (network recording). */
  readonly driver: { readonly context?: BrowserContext; readonly browser?: PpBrowser };
}

/** Extra launch settings, for tests that route the browser through a recording proxy. */
export interface LaunchOptions {
  /** Extra command-line switches for Chromium. */
  readonly chromiumArgs?: readonly string[];
  /** Extra preferences for Firefox. */
  readonly firefoxPrefs?: Readonly<Record<string, unknown>>;
}

/** Fails with an install hint when the browser is not on this machine. */
export function requireBrowser(name: BrowserName): string {
  const { path, pkg } = EXECUTABLES[name];
  if (!existsSync(path)) {
    throw new Error(
      `${name} is not installed at ${path}. Install it with: apt-get update && apt-get install -y ${pkg} (or set ${name === 'chromium' ? 'CHROMIUM_PATH' : 'FIREFOX_PATH'}).`,
    );
  }
  return path;
}

/** Fails with a hint when the extension has not been built. */
function requireBuild(name: BrowserName): string {
  const dir = join(ROOT, 'dist', name === 'chromium' ? 'chrome' : 'firefox');
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`${dir} is missing: run npm run build first.`);
  return dir;
}

/** Launches `name` with the extension loaded. */
export async function launch(name: BrowserName, options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  return name === 'chromium' ? launchChromium(options) : launchFirefox(options);
}

async function launchChromium(options: LaunchOptions): Promise<ExtensionBrowser> {
  requireBrowser('chromium');
  const dir = requireBuild('chromium');
  // The same launch as the eval and bench commands: switches, profile, viewport (scripts/lib/chromium.mjs).
  const { context, origin: extensionOrigin } = await launchChromiumContext(dir, options.chromiumArgs ?? []);
  for (const page of context.pages()) await page.close();
  const wrap = (page: PwPage): TestPage => {
    const consoleLines: string[] = [];
    const errors: string[] = [];
    page.on('console', (message) => consoleLines.push(`${message.type()}: ${message.text()}`));
    page.on('pageerror', (error) => errors.push(String(error)));
    return {
      goto: async (url) => {
        await page.goto(url, { waitUntil: 'load' });
      },
      evaluate: (fn, arg) => page.evaluate(fn as never, arg as never) as never,
      mouseMove: (x, y) => page.mouse.move(x, y),
      click: (x, y) => page.mouse.click(x, y),
      press: (key) => page.keyboard.press(key),
      bringToFront: () => page.bringToFront(),
      screenshot: async (path) => {
        mkdirSync(dirname(path), { recursive: true });
        await page.screenshot({ path });
      },
      setColorScheme: (scheme) => page.emulateMedia({ colorScheme: scheme }),
      console: consoleLines,
      errors,
      close: () => page.close(),
    };
  };
  return {
    name: 'chromium',
    extensionOrigin,
    newPage: async () => wrap(await context.newPage()),
    openExtensionPage: async (path) => {
      const page = await context.newPage();
      await page.goto(`${extensionOrigin}/${path}`, { waitUntil: 'load' });
      return wrap(page);
    },
    close: () => context.close(),
    driver: { context },
  };
}

async function launchFirefox(options: LaunchOptions): Promise<ExtensionBrowser> {
  const executablePath = requireBrowser('firefox');
  const dir = requireBuild('firefox');
  const browser: PpBrowser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    // WebDriver BiDi refuses to navigate to moz-extension:// pages without this flag (ESR 153).
    args: ['--remote-allow-system-access', '--width=1200', '--height=800'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      'datareporting.policy.dataSubmissionEnabled': false,
      'browser.shell.checkDefaultBrowser': false,
      ...options.firefoxPrefs,
    },
  });
  await browser.installExtension(dir);
  const extensionOrigin = `moz-extension://${FIREFOX_UUID}`;
  const wrap = async (page: PpPage): Promise<TestPage> => {
    await page.setViewport({ width: 1200, height: 800 });
    const consoleLines: string[] = [];
    const errors: string[] = [];
    page.on('console', (message) => consoleLines.push(`${message.type()}: ${message.text()}`));
    page.on('pageerror', (error) => errors.push(String(error)));
    return {
      goto: async (url) => {
        await page.goto(url, { waitUntil: 'load' });
      },
      evaluate: (fn, arg) => page.evaluate(fn as never, arg as never) as never,
      mouseMove: (x, y) => page.mouse.move(x, y),
      click: (x, y) => page.mouse.click(x, y),
      press: async (key) => {
        const parts = key.split('+');
        const main = parts.pop() as string;
        for (const modifier of parts) await page.keyboard.down(modifier as never);
        await page.keyboard.press(main as never);
        for (const modifier of parts.reverse()) await page.keyboard.up(modifier as never);
      },
      bringToFront: () => page.bringToFront(),
      screenshot: async (path) => {
        mkdirSync(dirname(path), { recursive: true });
        await page.screenshot({ path: path as `${string}.png` });
      },
      setColorScheme: (scheme) => page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]),
      console: consoleLines,
      errors,
      close: () => page.close(),
    };
  };
  return {
    name: 'firefox',
    extensionOrigin,
    newPage: async () => wrap(await browser.newPage()),
    openExtensionPage: async (path) => {
      const page = await browser.newPage();
      // As of ESR 153 the BiDi load event for moz-extension:// pages may never arrive; the page
      // loads all the same, so navigation is given a short timeout and readiness is polled.
      await page.goto(`${extensionOrigin}/${path}`, { waitUntil: 'load', timeout: 3_000 }).catch(() => undefined);
      await page.waitForFunction(() => document.readyState === 'complete', { timeout: 10_000 });
      return wrap(page);
    },
    close: () => browser.close(),
    driver: { browser },
  };
}

/** Polls `fn` in the page until it returns a truthy value, or fails after `timeout` ms. */
export async function waitFor<R, A = undefined>(
  page: TestPage,
  fn: (arg: A) => R | Promise<R>,
  arg?: A,
  timeout = 10_000,
  what = 'condition',
): Promise<R> {
  const deadline = Date.now() + timeout;
  let last: R | undefined;
  for (;;) {
    last = await page.evaluate(fn, arg);
    if (last) return last;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeout} ms waiting for ${what}; last value: ${JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Reads every highlight registered on the page: name → the highlighted texts. Runs in the page. */
export function readHighlights(page: TestPage): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    for (const [name, highlight] of CSS.highlights) {
      out[name] = [...highlight].map((r) => {
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        return range.toString();
      });
    }
    return out;
  });
}

/** Where e2e screenshots go; CI keeps them as artefacts and README.md links one. */
export const SCREENSHOT_DIR = join(ROOT, 'test-results', 'screenshots');
