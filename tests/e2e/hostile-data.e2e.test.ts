/**
 * Hostile data and privacy, in both browsers, on the built extension:
 * - pack files: malformed, wrong or future versions, oversized, 10,000 aliases, markup and
 *   `javascript:` links, regex metacharacters. Each is refused with a message, or kept as inert
 *   text; nothing runs; what was stored before is read back unchanged;
 * - two extension pages saving at the same moment: both writes are kept;
 * - a page that posts messages and custom events in our messages' shapes: nothing answers, nothing
 *   changes;
 * - privacy: the whole session runs behind a recording proxy (and, in Chromium, the driver's own
 *   request log); the extension makes no request of its own, and writes nothing to the page's
 *   storage;
 * - storage migration: version-1 data, then version-2 data with a format-1 pack, is installed, the
 *   extension is reloaded each time, and every setting and pack is found in the version-3 layout,
 *   the format-1 pack rewritten as format 3 and still highlighting (last, because a reload
 *   orphans content scripts).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_PACK_IMPORT_BYTES, type Reply } from '../../src/shared/messages';
import { legacyPackInput, testPackInput } from '../unit/core/test-pack';
import { BROWSERS, launch, readHighlights, waitFor, type ExtensionBrowser, type TestPage } from './support/browsers';
import { completeReport, getStorage, openProbe, setStorage } from './support/extension';
import { startFixtureServer, type FixtureServer } from './support/server';

const FIXTURES = resolve(import.meta.dirname, '..', 'fixtures');
const EMBEDDED = 'iraq-sudani-isis-threat';
/** The storage keys of src/shared/storage.ts, which cannot be imported here (it loads the polyfill). */
const KEYS = { version: 'ncl.version', settings: 'ncl.settings', packs: 'ncl.packs', disabledPacks: 'ncl.disabledPacks' } as const;
const LEGACY_V1_KEYS = { settings: 'settings', packs: 'packs', packState: 'packState' } as const;
const CANARY_HOST = 'ncl-network-canary.invalid';
const WORKER_CANARY_HOST = 'ncl-worker-canary.invalid';
/**
 * Hosts of the browsers' own services (updates, sign-in, autofill, safe browsing, telemetry),
 * which both browsers contact on their own even with background networking switched off. The
 * extension has no reason to contact any of them, and in Chromium the driver's per-context request
 * log, which holds only what pages, our pages and our worker request, must stay empty as well.
 */
const BROWSER_SERVICES =
  /^(CONNECT |[A-Z]+ https?:\/\/)([a-z0-9-]+\.)*(google\.com|googleapis\.com|gvt1\.com|gstatic\.com|mozilla\.(com|net|org)|firefox\.com|mozaws\.net|services\.mozilla\.com|dummy\.test)(:\d+)?([/?]|$)/;

/** A proxy that answers nothing and records every request the browser sends beyond loopback. */
async function startRecordingProxy(): Promise<{ port: number; log: string[]; close(): Promise<void> }> {
  const log: string[] = [];
  const server: Server = createServer((request, response) => {
    log.push(`${request.method} ${request.url}`);
    response.writeHead(204);
    response.end();
  });
  server.on('connect', (request, socket) => {
    log.push(`CONNECT ${request.url}`);
    socket.destroy();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return { port, log, close: () => new Promise((done) => server.close(() => done())) };
}

/** Sends a message to the background from an extension page, as the options page does. */
function sendToBackground<T>(page: TestPage, message: unknown): Promise<Reply<T>> {
  return page.evaluate(async (payload: unknown) => {
    const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
    return (await api.runtime.sendMessage(payload)) as Reply<T>;
  }, message) as Promise<Reply<T>>;
}

const pack = (changes: Record<string, unknown> = {}): Record<string, unknown> => ({ ...structuredClone(testPackInput), ...changes });
const MARKUP = '<img src=x onerror="globalThis.pwned=1">';

describe.each(BROWSERS)('hostile data and privacy in %s', (name) => {
  let browser: ExtensionBrowser;
  let server: FixtureServer;
  let proxy: Awaited<ReturnType<typeof startRecordingProxy>>;
  let probe: TestPage;
  /** Requests the Chromium driver saw that went neither to the fixture server nor to our own files. */
  const driverRequests: string[] = [];

  beforeAll(async () => {
    server = await startFixtureServer(FIXTURES);
    proxy = await startRecordingProxy();
    browser = await launch(name, {
      // Loopback (the fixture server) is never proxied, in either browser, so everything the proxy
      // sees left for the outside world.
      chromiumArgs: [`--proxy-server=http://127.0.0.1:${proxy.port}`, '--enable-unsafe-extension-debugging'],
      firefoxPrefs: {
        'network.proxy.type': 1,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': proxy.port,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': proxy.port,
      },
    });
    const context = browser.driver.context;
    if (context) {
      const note = (url: string): void => {
        if (!url.startsWith(server.origin) && !url.startsWith(browser.extensionOrigin) && !/^(data|about|blob):/.test(url))
          driverRequests.push(url);
      };
      context.on('request', (request) => note(request.url()));
      for (const worker of context.serviceWorkers()) worker.on('request' as never, (request: { url(): string }) => note(request.url()));
    }
    probe = await openProbe(browser);
    await setStorage(probe, {
      [KEYS.settings]: { paused: false, hoverDelayMs: 900, sites: { block: ['blocked.example'], allow: [] } },
      [KEYS.packs]: [pack({ id: 'kept-pack' })],
      [KEYS.disabledPacks]: ['kept-pack'],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await proxy?.close();
  });

  it('refuses every hostile pack file with a message, and leaves stored data as it was', async () => {
    const aliases = Array.from({ length: 10_000 }, (_, i) => ({ text: `Alias ${i}` }));
    const files: [string, string, RegExp][] = [
      ['malformed JSON', '{"schemaVersion": 1, "id": ', /not valid JSON/],
      ['a future schema version', JSON.stringify(pack({ schemaVersion: 9 })), /newer than this extension reads/],
      ['a wrong schema version', JSON.stringify(pack({ schemaVersion: 0 })), /not supported/],
      ['over the size limit', JSON.stringify({ ...pack(), padding: 'x'.repeat(MAX_PACK_IMPORT_BYTES) }), /at most 2\.0 MB/],
      [
        '10,000 aliases',
        JSON.stringify(
          pack({
            actors: Array.from({ length: 50 }, (_, a) => ({
              id: `actor-${a}`,
              name: `Actor ${a}`,
              kind: 'person',
              role: 'r',
              description: 'd',
              aliases: aliases.slice(a * 200, a * 200 + 200),
            })),
            claims: [],
          }),
        ),
        /aliases in all/,
      ],
      [
        'a javascript: source link',
        JSON.stringify(pack({ article: { ...testPackInput.article, url: 'javascript:alert(1)' } })),
        /http or https/,
      ],
      [
        'a data: source link',
        JSON.stringify(pack({ article: { ...testPackInput.article, url: 'data:text/html,<script>alert(1)</script>' } })),
        /http or https/,
      ],
      ['the built-in pack id', JSON.stringify(pack({ id: EMBEDDED })), /built-in pack/],
      [
        'a format-1 pack with broken cues',
        JSON.stringify({ ...legacyPackInput, claims: [{ id: 'x', statement: 's', cues: { topic: [] } }] }),
        /claims\[0\]\.cues\.topic/,
      ],
    ];
    const before = await getStorage(probe);
    for (const [label, json, message] of files) {
      const reply = await sendToBackground(probe, { type: 'packs.import', json });
      expect(reply.ok, label).toBe(false);
      if (!reply.ok) expect(reply.error, label).toMatch(message);
    }
    expect(await getStorage(probe)).toEqual(before);
  });

  it('keeps markup, script and regex metacharacters in a valid pack as inert text', async () => {
    const hostile = pack({
      id: 'hostile-text',
      article: {
        ...testPackInput.article,
        title: `${MARKUP}<script>globalThis.pwned=1</script> Title`,
        summary: `javascript:alert(1) ${MARKUP}`,
        url: 'https://example.org/a"><img src=x onerror=alert(1)>',
      },
      actors: [
        ...structuredClone(testPackInput.actors),
        {
          id: 'meta',
          name: MARKUP,
          kind: 'person',
          role: '"><svg onload="globalThis.pwned=1">',
          description: '{{constructor.constructor("globalThis.pwned=1")()}}',
          aliases: ['(a+)+$', '.*', '[^]', '\\d{1,}', 'a|b', 'aaaaaaaaaaaaaaaaaaaa!'].map((text) => ({ text })),
        },
      ],
    });
    const imported = await sendToBackground<{ id: string }>(probe, { type: 'packs.import', json: JSON.stringify(hostile) });
    expect(imported).toMatchObject({ ok: true, value: { id: 'hostile-text', replaced: false } });
    expect((await sendToBackground(probe, { type: 'packs.setEnabled', id: EMBEDDED, enabled: false })).ok).toBe(true);

    // The popup shows the first enabled pack: the hostile one. Its markup must be text.
    const popup = await browser.openExtensionPage('popup.html');
    const title = await waitFor(
      popup,
      () => document.querySelector('[data-testid="article-title"]')?.textContent ?? '',
      undefined,
      10_000,
      'popup title',
    );
    expect(title).toContain('<img src=x');
    const popupState = await popup.evaluate(() => ({
      pwned: (globalThis as { pwned?: unknown }).pwned,
      images: document.querySelectorAll('img[src="x"], svg[onload], script:not([src])').length,
      actorNames: document.body.textContent?.includes('<img src=x onerror=') ?? false,
    }));
    expect(popupState).toEqual({ pwned: undefined, images: 0, actorNames: true });

    // The options page lists the packs, this one by its title: as text too.
    const options = await browser.openExtensionPage('options.html');
    await waitFor(
      options,
      () => document.body.textContent?.includes('<script>globalThis.pwned=1</script> Title') ?? false,
      undefined,
      10_000,
      'the hostile title listed on the options page',
    );
    const optionsState = await options.evaluate(() => ({
      pwned: (globalThis as { pwned?: unknown }).pwned,
      images: document.querySelectorAll('img[src="x"], svg[onload], script:not([src])').length,
    }));
    expect(optionsState).toEqual({ pwned: undefined, images: 0 });
    await options.close();

    // On a page, the aliases match literally (or not at all) and the regex-hungry text does not stall anything.
    const page = await browser.newPage();
    const url = server.url('hostile/pack-text.html');
    await page.goto(url);
    const report = await completeReport(probe, url);
    expect(report.packIds).toEqual(['hostile-text']);
    const texts = report.mentions.filter((m) => m.kind === 'actor').map((m) => m.text);
    // Metacharacter aliases match their own characters literally, never as patterns.
    expect(texts).toEqual(['(a+)+$', '.*', '[^]', '\\d{1,}', 'a|b', 'Prime Minister Mohammed Shia al-Sudani']);
    expect(await page.evaluate(() => (globalThis as { pwned?: unknown }).pwned)).toBeUndefined();
    expect(page.errors).toEqual([]);
    expect((await sendToBackground(probe, { type: 'packs.setEnabled', id: EMBEDDED, enabled: true })).ok).toBe(true);
    expect((await sendToBackground(probe, { type: 'packs.remove', id: 'hostile-text' })).ok).toBe(true);
    await popup.close();
    await page.close();
  });

  it('keeps both writes when two extension pages save at the same moment', async () => {
    const other = await browser.openExtensionPage('options.html');
    const [a, b, c, d] = await Promise.all([
      sendToBackground(probe, { type: 'settings.update', patch: { palette: 'colour-blind' } }),
      sendToBackground(other, { type: 'settings.update', patch: { highlightClaims: false } }),
      sendToBackground(probe, { type: 'packs.import', json: JSON.stringify(pack({ id: 'race-one' })) }),
      sendToBackground(other, { type: 'packs.import', json: JSON.stringify(pack({ id: 'race-two' })) }),
    ]);
    expect([a.ok, b.ok, c.ok, d.ok]).toEqual([true, true, true, true]);
    const stored = await getStorage(probe);
    expect(stored[KEYS.settings]).toMatchObject({ palette: 'colour-blind', highlightClaims: false, hoverDelayMs: 900 });
    expect((stored[KEYS.packs] as { id: string }[]).map((p) => p.id)).toEqual(
      expect.arrayContaining(['kept-pack', 'race-one', 'race-two']),
    );
    for (const id of ['race-one', 'race-two']) expect((await sendToBackground(probe, { type: 'packs.remove', id })).ok).toBe(true);
    expect((await sendToBackground(probe, { type: 'settings.update', patch: { palette: 'default', highlightClaims: true } })).ok).toBe(
      true,
    );
    await other.close();
  });

  it('ignores window messages and custom events in the shape of our messages', async () => {
    const before = await getStorage(probe);
    const page = await browser.newPage();
    const url = server.url('hostile/messages.html');
    await page.goto(url);
    const first = await completeReport(probe, url);
    const paintedBefore = await readHighlights(page);
    const result = await page.evaluate(() => (window as unknown as { attack(): { runtimeVisible: boolean } }).attack());
    // Any answer of ours would arrive within this second; that none does is an absence, which no
    // condition can wait for.
    await new Promise((r) => setTimeout(r, 1_000));
    const answers = await page.evaluate(() => (window as unknown as { __answers: unknown[] }).__answers);
    // The only messages are the page's own JSON strings, echoed by the browser to itself.
    expect(answers.every((answer) => (answer as { data: string }).data.startsWith('"{'))).toBe(true);
    // As of 2026-11 neither browser exposes runtime messaging to a page without externally_connectable.
    expect(result.runtimeVisible).toBe(false);
    expect(await readHighlights(page)).toEqual(paintedBefore);
    const after = await completeReport(probe, url);
    expect(after.mentions).toEqual(first.mentions);
    expect(after.inactive).toBeUndefined();
    expect(await getStorage(probe)).toEqual(before);
    const guard = await page.evaluate(() => (window as unknown as { __guard: { foreign: string[]; errors: string[] } }).__guard);
    expect(guard).toMatchObject({ foreign: [], errors: [] });
    await page.close();
  });

  it('makes no network request of its own and writes nothing to the page’s storage', async () => {
    // A browsing session: pages, the popup and the options page, in addition to the tests above.
    for (const path of ['actors.html', 'hostile/rtl.html', 'hostile/private-text.html']) {
      const page = await browser.newPage();
      const url = server.url(path);
      await page.goto(url);
      await completeReport(probe, url);
      const pageStorage = await page.evaluate(async () => ({
        local: localStorage.length,
        session: sessionStorage.length,
        cookie: document.cookie,
        databases: typeof indexedDB.databases === 'function' ? (await indexedDB.databases()).length : 0,
      }));
      expect(pageStorage, path).toEqual({ local: 0, session: 0, cookie: '', databases: 0 });
      await page.close();
    }
    for (const path of ['popup.html', 'options.html']) {
      const page = await browser.openExtensionPage(path);
      // Time for any request the page would make at start-up to reach the proxy: a request that
      // is not made is an absence, which no condition can wait for.
      await new Promise((r) => setTimeout(r, 500));
      await page.close();
    }
    const browserOwn = proxy.log.filter((line) => BROWSER_SERVICES.test(line));
    console.log(
      `${name}: requests by the browser's own services, not attributed to us: ${browserOwn.length} (${[
        ...new Set(
          browserOwn.map(
            (line) =>
              line
                .split(' ')[1]
                ?.replace(/^https?:\/\//, '')
                .split(/[/:?]/)[0],
          ),
        ),
      ].join(', ')})`,
    );
    const seen = proxy.log.filter((line) => !line.includes(CANARY_HOST) && !BROWSER_SERVICES.test(line));
    expect(seen, 'requests that left the machine').toEqual([]);
    expect(driverRequests).toEqual([]);

    // The canary: a request from one of our pages must show up, or the recording proves nothing.
    await probe.evaluate(async (host: string) => {
      await fetch(`http://${host}/probe`).catch(() => undefined);
    }, CANARY_HOST);
    await waitFor(probe, () => true);
    expect(proxy.log.some((line) => line.includes(CANARY_HOST))).toBe(true);
    const context = browser.driver.context;
    if (context) {
      expect(driverRequests.some((url) => url.includes(CANARY_HOST))).toBe(true);
      // And from the service worker: the driver must see a request made there too.
      const worker = context.serviceWorkers().find((w) => w.url().startsWith(browser.extensionOrigin));
      await worker?.evaluate(async (host: string) => {
        await fetch(`http://${host}/probe`).catch(() => undefined);
      }, WORKER_CANARY_HOST);
      // The proxy and the driver record the request as it passes them, a little after the fetch.
      for (const deadline = Date.now() + 5_000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 50))) {
        if (proxy.log.some((line) => line.includes(WORKER_CANARY_HOST)) && driverRequests.some((url) => url.includes(WORKER_CANARY_HOST)))
          break;
      }
      console.log(
        `chromium: worker canary in the proxy log: ${proxy.log.some((line) => line.includes(WORKER_CANARY_HOST))}, in the driver's log: ${driverRequests.some((url) => url.includes(WORKER_CANARY_HOST))}`,
      );
      expect(proxy.log.some((line) => line.includes(WORKER_CANARY_HOST))).toBe(true);
      expect(driverRequests.some((url) => url.includes(WORKER_CANARY_HOST))).toBe(true);
    }
  });

  it('imports a pack file of format 1 (cue lists) as format 3, its claims as frames', async () => {
    const reply = await sendToBackground<{ id: string }>(probe, { type: 'packs.import', json: JSON.stringify(legacyPackInput) });
    expect(reply).toMatchObject({ ok: true, value: { id: 'legacy-pack' } });
    const stored = (await getStorage(probe))[KEYS.packs] as {
      id: string;
      schemaVersion: number;
      claims: { frame: { stance: string } }[];
    }[];
    const legacy = stored.find((p) => p.id === 'legacy-pack');
    expect(legacy?.schemaVersion).toBe(3);
    expect(legacy?.claims.map((c) => c.frame.stance)).toEqual(['ended', 'continuing']);
    expect((await sendToBackground(probe, { type: 'packs.remove', id: 'legacy-pack' })).ok).toBe(true);
  });

  it('migrates version-1 and version-2 storage on update, keeping every setting and pack, format-1 packs as frames that still match', async () => {
    const probeNow = await openProbe(browser);
    await probeNow.evaluate(async () => {
      const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
      await api.storage.local.clear();
    });
    await setStorage(probeNow, {
      [LEGACY_V1_KEYS.settings]: {
        enabled: false,
        blockedSites: ['example.org'],
        showClaims: false,
        colorBlindPalette: true,
        hoverDelay: 750,
      },
      [LEGACY_V1_KEYS.packs]: { 'old-pack': pack({ id: 'old-pack' }), 'other-pack': pack({ id: 'other-pack' }) },
      [LEGACY_V1_KEYS.packState]: { 'old-pack': { enabled: false }, [EMBEDDED]: { enabled: true } },
    });
    let stored = await updateAndReadStorage(probeNow);
    expect(stored[KEYS.settings]).toMatchObject({
      paused: true,
      sites: { block: ['example.org'], allow: [] },
      highlightClaims: false,
      palette: 'colour-blind',
      hoverDelayMs: 750,
    });
    expect((stored[KEYS.packs] as { id: string }[]).map((p) => p.id)).toEqual(['old-pack', 'other-pack']);
    expect(stored[KEYS.disabledPacks]).toEqual(['old-pack']);
    for (const key of Object.values(LEGACY_V1_KEYS)) expect(stored).not.toHaveProperty(key);

    // Version 2: the same keys, with a pack of format 1 stored (claims as cue lists).
    const probeV2 = await openProbe(browser);
    await probeV2.evaluate(async () => {
      const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
      await api.storage.local.clear();
    });
    await setStorage(probeV2, {
      [KEYS.version]: 2,
      [KEYS.settings]: { paused: false, hoverDelayMs: 400 },
      [KEYS.packs]: [structuredClone(legacyPackInput)],
      [KEYS.disabledPacks]: [EMBEDDED],
    });
    stored = await updateAndReadStorage(probeV2);
    expect(stored[KEYS.settings]).toMatchObject({ paused: false, hoverDelayMs: 400 });
    expect(stored[KEYS.disabledPacks]).toEqual([EMBEDDED]);
    const [migrated] = stored[KEYS.packs] as {
      id: string;
      schemaVersion: number;
      claims: { id: string; frame: { stance: string; exclude: string[] } }[];
    }[];
    expect(migrated).toMatchObject({ id: 'legacy-pack', schemaVersion: 3 });
    expect(migrated?.claims.map((c) => [c.id, c.frame.stance])).toEqual([
      ['isis-no-longer-a-threat', 'ended'],
      ['isis-still-a-threat', 'continuing'],
    ]);
    expect(migrated?.claims[1]?.frame.exclude).toEqual(['if ISIS']);
    // The migrated pack still finds its actors and its claims, by meaning ("still endangers").
    const page = await browser.newPage();
    const url = server.url('hostile/legacy-pack.html');
    await page.goto(url);
    const report = await completeReport(await openProbe(browser), url);
    expect(report.packIds).toEqual(['legacy-pack']);
    expect(report.mentions.filter((m) => m.kind === 'claim').map((m) => [m.id, m.packId])).toEqual([
      ['isis-still-a-threat', 'legacy-pack'],
    ]);
    expect(report.mentions.some((m) => m.kind === 'actor' && m.id === 'al-sudani')).toBe(true);
  });

  /**
   * Loads the extension again over itself, which is what an update does: the background starts
   * again and runtime.onInstalled fires with reason "update". Returns storage once it is at the
   * current layout. As of 2026-11, runtime.reload() leaves a command-line-loaded extension blocked
   * in Chromium, so there it is loaded again through the DevTools protocol; Firefox reloads a
   * temporary add-on from its folder.
   */
  async function updateAndReadStorage(probeNow: TestPage): Promise<Record<string, unknown>> {
    const chromiumBrowser = browser.driver.context?.browser();
    if (chromiumBrowser) {
      const cdp = await chromiumBrowser.newBrowserCDPSession();
      await cdp.send('Extensions.loadUnpacked' as never, { path: resolve(import.meta.dirname, '..', '..', 'dist', 'chrome') } as never);
    } else {
      await probeNow
        .evaluate(() => {
          const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
          setTimeout(() => api.runtime.reload(), 50);
        })
        .catch(() => undefined);
    }
    const deadline = Date.now() + 20_000;
    let stored: Record<string, unknown> = {};
    for (;;) {
      await new Promise((r) => setTimeout(r, 500));
      try {
        const page = await openProbe(browser);
        stored = await getStorage(page);
        await page.close();
        if (stored[KEYS.version] === 3) return stored;
      } catch {
        // The extension is still reloading.
      }
      if (Date.now() > deadline) throw new Error(`not migrated: ${JSON.stringify(stored)}`);
    }
  }
});
