/**
 * Tests for src/background/senders.ts: privilege comes from the sender the browser reports. Only
 * our own pages may write; only our content scripts may report counts; everyone else is refused.
 */
import { describe, expect, it } from 'vitest';
import { isContentScript, isExtensionPage, type Self } from '../../../src/background/senders';
import type { Runtime } from '../../../src/shared/browser';

const self: Self = { id: 'ours', baseUrl: 'chrome-extension://ours/' };
const tab = { id: 7, index: 0, highlighted: false, active: true, pinned: false, incognito: false };

const senders: Record<string, Runtime.MessageSender> = {
  popup: { id: 'ours', url: 'chrome-extension://ours/popup.html' },
  optionsInTab: { id: 'ours', url: 'chrome-extension://ours/options.html', tab, frameId: 0, ...{ origin: 'chrome-extension://ours' } },
  firefoxOptions: { id: 'ours', url: 'moz-extension://ours-uuid/options.html', tab },
  contentScript: { id: 'ours', url: 'https://news.example/story', tab, frameId: 0, ...{ origin: 'https://news.example' } },
  contentScriptInFrame: { id: 'ours', url: 'about:blank', tab, frameId: 3 },
  otherExtension: { id: 'theirs', url: 'chrome-extension://theirs/popup.html' },
  otherExtensionClaimingOurUrl: { id: 'theirs', url: 'chrome-extension://ours/popup.html' },
  lookalikeOrigin: { id: 'ours', url: 'chrome-extension://ours.evil/popup.html', ...{ origin: 'chrome-extension://ours.evil' } },
  originMismatch: { id: 'ours', url: 'chrome-extension://ours/popup.html', ...{ origin: 'https://news.example' } },
  userScript: { id: 'ours', url: 'chrome-extension://ours/popup.html', userScriptWorldId: 'w' },
  noId: { url: 'chrome-extension://ours/popup.html' },
  noUrl: { id: 'ours' },
  empty: {},
};

describe('isExtensionPage', () => {
  it.each(Object.entries(senders))('%s', (name, sender) => {
    const firefoxSelf = name === 'firefoxOptions' ? { id: 'ours', baseUrl: 'moz-extension://ours-uuid/' } : self;
    expect(isExtensionPage(sender, firefoxSelf)).toBe(['popup', 'optionsInTab', 'firefoxOptions'].includes(name));
  });

  it('refuses everything when our base URL is unknown', () => {
    expect(isExtensionPage(senders.popup as Runtime.MessageSender, { id: 'ours', baseUrl: '' })).toBe(false);
  });
});

describe('isContentScript', () => {
  it.each(Object.entries(senders))('%s', (name, sender) => {
    const firefoxSelf = name === 'firefoxOptions' ? { id: 'ours', baseUrl: 'moz-extension://ours-uuid/' } : self;
    expect(isContentScript(sender, firefoxSelf)).toBe(['contentScript', 'contentScriptInFrame'].includes(name));
  });
});
