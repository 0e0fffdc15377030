/**
 * Test helpers that talk to the extension the way its own pages do: through an extension page
 * that sends the typed `page.report` message to a tab, exactly as the popup does.
 */
import type { PageReport, Reply } from '../../../src/shared/messages';
import { type ExtensionBrowser, type TestPage } from './browsers';

/** Opens an extension page that tests use to send messages and read storage. */
export async function openProbe(browser: ExtensionBrowser): Promise<TestPage> {
  return browser.openExtensionPage('popup.html');
}

/** Asks the content script in the tab showing `url` for its page report. */
export async function pageReport(probe: TestPage, url: string): Promise<PageReport> {
  const reply = await probe.evaluate(async (target: string) => {
    const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
    const tabs = await api.tabs.query({});
    const tab = tabs.find((t) => t.url === target);
    if (tab?.id === undefined) return { ok: false, error: `no tab shows ${target}` } as const;
    return (await api.tabs.sendMessage(tab.id, { type: 'page.report' }, { frameId: 0 })) as unknown;
  }, url);
  const typed = reply as Reply<PageReport>;
  if (!typed.ok) throw new Error(`page.report failed: ${typed.error}`);
  return typed.value;
}

/** Waits until the content script in `url`'s tab has finished its first pass, then returns its report. */
export async function completeReport(probe: TestPage, url: string, timeout = 15_000): Promise<PageReport> {
  const deadline = Date.now() + timeout;
  let last: unknown;
  for (;;) {
    try {
      const report = await pageReport(probe, url);
      if (report.complete) return report;
      last = report;
    } catch (error) {
      // The content script may not be injected yet right after navigation.
      last = error;
    }
    if (Date.now() > deadline) throw new Error(`No complete page report for ${url} after ${timeout} ms: ${String(last)}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

/** Writes keys into the extension's storage.local through an extension page. */
export async function setStorage(probe: TestPage, items: Record<string, unknown>): Promise<void> {
  await probe.evaluate(async (values: Record<string, unknown>) => {
    const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
    await api.storage.local.set(values);
  }, items);
}

/** Reads the extension's whole storage.local through an extension page. */
export async function getStorage(probe: TestPage): Promise<Record<string, unknown>> {
  return probe.evaluate(async () => {
    const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
    return (await api.storage.local.get(null)) as Record<string, unknown>;
  });
}

/** The id of the tab whose URL is `url` (or starts with it), looked up from an extension page. */
export async function tabIdOf(probe: TestPage, url: string): Promise<number> {
  const id = await probe.evaluate(async (target: string) => {
    const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
    return (await api.tabs.query({})).find((t) => t.url?.startsWith(target))?.id ?? -1;
  }, url);
  if (id < 0) throw new Error(`no tab shows ${url}`);
  return id;
}
