/**
 * Launches Debian's Chromium headless for the eval and bench commands and the e2e suite, with or
 * without the built extension, and reads a tab's page report the way the popup does. The command
 * line switches are listed here once, for all of them.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

/** Where Chromium is: Debian's package, unless `CHROMIUM_PATH` says otherwise. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * The switches every headless run gets: no sandbox (containers run as root), no GPU, and none of
 * the browser's own traffic (updates, sync, QUIC probes), so that nothing leaves the machine and
 * runs compare.
 */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/**
 * Launches Chromium; with `extensionDir`, the unpacked extension is loaded and its origin returned.
 * `extraArgs` are added to the command line (the bench maps made-up host names to 127.0.0.1).
 * @param {string | null} extensionDir
 * @param {readonly string[]} [extraArgs]
 * @returns {Promise<{ context: import('playwright-core').BrowserContext, origin: string }>}
 */
export async function launchChromium(extensionDir, extraArgs = []) {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium is not installed at ${CHROMIUM_PATH}. Install it with: apt-get update && apt-get install -y chromium (or set CHROMIUM_PATH).`,
    );
  }
  if (extensionDir && !existsSync(join(extensionDir, 'manifest.json')))
    throw new Error(`${extensionDir} is missing: run npm run build first.`);
  const args = [
    ...CHROMIUM_FLAGS,
    ...(extensionDir ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : []),
    ...extraArgs,
  ];
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'ncl-run-')), {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport: { width: 1200, height: 800 },
    args,
  });
  let origin = '';
  if (extensionDir) {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    // Node's URL gives non-special schemes an opaque "null" origin, so build it from the host.
    origin = `chrome-extension://${new URL(worker.url()).host}`;
  }
  return { context, origin };
}

/**
 * Opens an extension page used to message tabs (as the popup does).
 * @param {import('playwright-core').BrowserContext} context
 * @param {string} origin
 * @returns {Promise<import('playwright-core').Page>}
 */
export async function openProbe(context, origin) {
  const probe = await context.newPage();
  await probe.goto(`${origin}/popup.html`);
  return probe;
}

/** @typedef {import('../../src/shared/messages').PageReport} PageReport The content script's page report. */

/**
 * Waits for the complete page report of the tab showing `url`. With `reasons`, the report's stats
 * count what the matcher's rules rejected on the page, by rule id.
 * @param {import('playwright-core').Page} probe
 * @param {string} url
 * @param {number} [timeout]
 * @param {boolean} [reasons]
 * @returns {Promise<PageReport>}
 */
export async function completeReport(probe, url, timeout = 60_000, reasons = false) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const reply = await probe.evaluate(
      async ([target, withReasons]) => {
        const tabs = await chrome.tabs.query({});
        const tab = tabs.find((t) => t.url === target);
        if (tab?.id === undefined) return null;
        try {
          return await chrome.tabs.sendMessage(tab.id, { type: 'page.report', reasons: withReasons }, { frameId: 0 });
        } catch {
          return null;
        }
      },
      [url, reasons],
    );
    const report = /** @type {{ ok?: boolean, value?: PageReport } | null} */ (reply);
    if (report?.ok && report.value?.complete) return report.value;
    if (Date.now() > deadline) throw new Error(`No complete page report for ${url} within ${timeout} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Fails the scripts' typecheck when chromium.d.mts, the declarations that the tests (checked
 * without reading JavaScript) see, no longer says what this module exports.
 * @type {typeof import('./chromium.mjs')}
 */
const _declared = { CHROMIUM_PATH, CHROMIUM_FLAGS, launchChromium, openProbe, completeReport };
