/**
 * `isSiteEnabled` and `sitesWith` (src/shared/settings.ts): list entries cover subdomains, the more
 * specific entry wins, allow wins a tie, the site mode decides the rest, and the popup's switch
 * always lands on the state it shows.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, isSiteEnabled, Settings, sitesWith } from '../../../src/shared/settings';

const withSites = (allow: string[], block: string[], siteMode: Settings['siteMode'] = 'all-but-blocked'): Settings => ({
  ...DEFAULT_SETTINGS,
  siteMode,
  sites: { allow, block },
});

describe('isSiteEnabled', () => {
  it('runs everywhere by default', () => {
    expect(isSiteEnabled(DEFAULT_SETTINGS, 'news.example.org')).toBe(true);
    expect(DEFAULT_SETTINGS.siteMode).toBe('all-but-blocked');
  });
  it('lets a blocked domain cover its subdomains, but not look-alike domains', () => {
    const s = withSites([], ['example.org']);
    expect(isSiteEnabled(s, 'example.org')).toBe(false);
    expect(isSiteEnabled(s, 'news.example.org')).toBe(false);
    expect(isSiteEnabled(s, 'badexample.org')).toBe(true);
  });
  it('lets the more specific entry win, and allow win a tie', () => {
    expect(isSiteEnabled(withSites(['news.example.org'], ['example.org']), 'news.example.org')).toBe(true);
    expect(isSiteEnabled(withSites(['example.org'], ['news.example.org']), 'news.example.org')).toBe(false);
    expect(isSiteEnabled(withSites(['example.org'], ['example.org']), 'example.org')).toBe(true);
  });
  it('runs only on allowed sites in that mode', () => {
    const s = withSites(['example.org'], [], 'only-allowed');
    expect(isSiteEnabled(s, 'a.example.org')).toBe(true);
    expect(isSiteEnabled(s, 'other.org')).toBe(false);
  });
  it('parses damaged stored values to defaults', () => {
    expect(Settings.parse({ siteMode: 'sometimes', sites: 'x' })).toMatchObject({
      siteMode: 'all-but-blocked',
      sites: { allow: [], block: [] },
    });
  });
});

describe('sitesWith', () => {
  const cases: [Settings, string][] = [
    [DEFAULT_SETTINGS, 'example.org'],
    [withSites([], ['example.org']), 'news.example.org'],
    [withSites(['news.example.org'], ['example.org']), 'news.example.org'],
    [withSites([], [], 'only-allowed'), 'example.org'],
    [withSites(['example.org'], [], 'only-allowed'), 'a.example.org'],
  ];
  it.each(cases)('switches %o on and off for %s', (settings, host) => {
    for (const enabled of [true, false]) {
      const sites = sitesWith(settings, host, enabled);
      expect(isSiteEnabled({ ...settings, sites }, host)).toBe(enabled);
      expect(new Set(sites.allow).size).toBe(sites.allow.length);
      expect(new Set(sites.block).size).toBe(sites.block.length);
    }
  });
  it('adds nothing when the default already gives the wanted state', () => {
    expect(sitesWith(withSites([], ['example.org']), 'example.org', true)).toEqual({ allow: [], block: [] });
  });
});
