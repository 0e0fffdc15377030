/**
 * Launches Debian's Chromium headless for the eval and bench commands, with or without the built
 * extension, and reads a tab's page report the way the popup does.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const EXECUTABLE = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = [
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
 */
export async function launchChromium(extensionDir, extraArgs = []) {
  if (!existsSync(EXECUTABLE)) {
    throw new Error(
      `Chromium is not installed at ${EXECUTABLE}. Install it with: apt-get update && apt-get install -y chromium (or set CHROMIUM_PATH).`,
    );
  }
  if (extensionDir && !existsSync(join(extensionDir, 'manifest.json')))
    throw new Error(`${extensionDir} is missing: run npm run build first.`);
  const args = [
    ...FLAGS,
    ...(extensionDir ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : []),
    ...extraArgs,
  ];
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'ncl-run-')), {
    executablePath: EXECUTABLE,
    headless: true,
    viewport: { width: 1200, height: 800 },
    args,
  });
  let origin = null;
  if (extensionDir) {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    origin = `chrome-extension://${new URL(worker.url()).host}`;
  }
  return { context, origin };
}

/** Opens an extension page used to message tabs (as the popup does). */
export async function openProbe(context, origin) {
  const probe = await context.newPage();
  await probe.goto(`${origin}/popup.html`);
  return probe;
}

/**
 * Waits for the complete page report of the tab showing `url`. With `reasons`, the report's stats
 * count what the matcher's rules rejected on the page, by rule id.
 */
export async function completeReport(probe, url, timeout = 60_000, reasons = false) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const reply = await probe.evaluate(
      async ([target, withReasons]) => {
        const tabs = await chrome.tabs.query({});
        const tab = tabs.find((t) => t.url === target);
        if (!tab) return null;
        try {
          return await chrome.tabs.sendMessage(tab.id, { type: 'page.report', reasons: withReasons }, { frameId: 0 });
        } catch {
          return null;
        }
      },
      [url, reasons],
    );
    if (reply?.ok && reply.value.complete) return reply.value;
    if (Date.now() > deadline) throw new Error(`No complete page report for ${url} within ${timeout} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
