/**
 * Tests for the background's top-level message listener (src/background/index.ts), loaded with a
 * fake browser: every message is parsed with zod, anything that does not parse gets no reply at
 * all (undefined, so other listeners may answer), content scripts may only report counts and have
 * the page rules injected into their own frame, and writes are accepted only from our own pages. The listener is not async, so it never claims a
 * reply it does not give.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Runtime } from '../../../src/shared/browser';
import { createFakeBrowser, type FakeBrowser } from '../fake-browser';

type Listener = (message: unknown, sender: Runtime.MessageSender) => unknown;

const fake: FakeBrowser = createFakeBrowser();
let onMessage: Listener | null = null;
const badge = vi.fn();
const event = () => ({ addListener: vi.fn() });
const browser = {
  ...fake.browser,
  runtime: { ...fake.browser.runtime, onMessage: { addListener: (listener: Listener) => (onMessage = listener) }, onInstalled: event() },
  tabs: { onRemoved: event(), onUpdated: event(), query: vi.fn(async () => []), sendMessage: vi.fn() },
  action: { setBadgeText: badge, setBadgeBackgroundColor: vi.fn() },
  commands: { onCommand: event() },
  scripting: { executeScript: vi.fn(async () => []) },
};
vi.mock('../../../src/shared/browser', () => ({ browser, BROWSER_FAMILY: 'chrome' }));

const tab = { id: 4, index: 0, highlighted: false, active: true, pinned: false, incognito: false };
const page: Runtime.MessageSender = { id: 'ncl-test', url: 'chrome-extension://ncl-test/options.html', tab };
const content: Runtime.MessageSender = { id: 'ncl-test', url: 'https://news.example/', tab, frameId: 0 };
const stranger: Runtime.MessageSender = { id: 'other-extension', url: 'chrome-extension://other-extension/popup.html' };

beforeAll(async () => {
  await import('../../../src/background/index');
  // Let the start-up migration finish before the tests read storage.
  await new Promise((resolve) => setTimeout(resolve, 20));
});

function send(message: unknown, sender: Runtime.MessageSender): unknown {
  if (!onMessage) throw new Error('the background registered no message listener');
  return onMessage(message, sender);
}

describe('background onMessage', () => {
  it('registers its listener synchronously at start-up and stamps the storage version', () => {
    expect(onMessage).toBeTypeOf('function');
    expect(fake.dump()['ncl.version']).toBe(3);
  });

  it.each([
    ['null', null],
    ['a string', 'settings.update'],
    ['an unknown type', { type: 'settings.reset' }],
    ['a tab request', { type: 'page.report' }],
    ['a count out of range', { type: 'mentions.counted', count: -1 }],
    ['a count that is not a number', { type: 'mentions.counted', count: '5' }],
    ['a patch that is not an object', { type: 'settings.update', patch: 'paused' }],
    ['an import without text', { type: 'packs.import', json: 42 }],
    ['a prototype key', JSON.parse('{"__proto__": {"type": "settings.update"}, "patch": {}}')],
  ])('gives no reply to %s', (_name, message) => {
    expect(send(message, page)).toBeUndefined();
    expect(send(message, content)).toBeUndefined();
  });

  it('refuses every write from a content script or another extension, and changes nothing', async () => {
    const before = fake.dump();
    for (const sender of [content, stranger]) {
      for (const message of [
        { type: 'settings.update', patch: { paused: true } },
        { type: 'packs.import', json: '{}' },
        { type: 'packs.setEnabled', id: 'iraq-sudani-isis-threat', enabled: false },
        { type: 'packs.remove', id: 'x' },
      ]) {
        expect(await send(message, sender)).toEqual({ ok: false, error: expect.stringMatching(/Only the extension’s own pages/) });
      }
    }
    expect(fake.dump()).toEqual(before);
  });

  it('takes counts only from content scripts', async () => {
    expect(send({ type: 'mentions.counted', count: 3 }, page)).toBeUndefined();
    expect(send({ type: 'mentions.counted', count: 3 }, stranger)).toBeUndefined();
    expect(await send({ type: 'mentions.counted', count: 3 }, content)).toEqual({ ok: true, value: null });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(badge).toHaveBeenCalledWith({ tabId: 4, text: '3' });
  });

  it("injects the page rules into the asking content script's own frame only", async () => {
    expect(send({ type: 'content.loadRules' }, page)).toBeUndefined();
    expect(send({ type: 'content.loadRules' }, stranger)).toBeUndefined();
    expect(browser.scripting.executeScript).not.toHaveBeenCalled();
    // A frame id in the message is not the sender's: the target comes from the sender alone.
    expect(await send({ type: 'content.loadRules', frameId: 0, tabId: 99 }, { ...content, frameId: 7 })).toEqual({ ok: true, value: null });
    expect(browser.scripting.executeScript).toHaveBeenCalledWith({ target: { tabId: 4, frameIds: [7] }, files: ['content-rules.js'] });
    browser.scripting.executeScript.mockRejectedValueOnce(new Error('Frame with ID 7 was removed.'));
    expect(await send({ type: 'content.loadRules' }, { ...content, frameId: 7 })).toEqual({
      ok: false,
      error: expect.stringMatching(/could not be loaded/),
    });
  });

  it('accepts writes from our own pages, the options page in a tab included', async () => {
    expect(await send({ type: 'settings.update', patch: { paused: true } }, page)).toMatchObject({ ok: true, value: { paused: true } });
    expect(
      await send(
        { type: 'packs.setEnabled', id: 'iraq-sudani-isis-threat', enabled: false },
        { id: 'ncl-test', url: 'chrome-extension://ncl-test/popup.html' },
      ),
    ).toEqual({ ok: true, value: null });
    expect(fake.dump()['ncl.disabledPacks']).toEqual(['iraq-sudani-isis-threat']);
  });
});
