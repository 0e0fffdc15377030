// @vitest-environment happy-dom
/**
 * The popup (`PopupView`): one test per state a reader can see — reading, mentions found, nothing
 * found, a page that cannot be scanned, withdrawn site access, highlighting off or paused — each
 * checked with axe-core.
 */
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadEmbeddedPack } from '../../../src/core/embedded-pack';
import type { MentionReport, PageReport } from '../../../src/shared/messages';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/shared/settings';
import { PopupView, type PopupViewProps } from '../../../src/popup/PopupView';
import type { TabView } from '../../../src/popup/tab-view';
import { axeViolations } from '../ui/axe';

const pack = loadEmbeddedPack();

const mention = (kind: 'actor' | 'claim', id: string, text: string, side?: 'claim' | 'opposing'): MentionReport => ({
  kind,
  id,
  text,
  explanation: 'why',
  packId: pack.id,
  ...(side ? { side } : {}),
});

function report(mentions: MentionReport[], extra: Partial<PageReport> = {}): TabView {
  return {
    state: 'report',
    tabId: 7,
    hostname: 'news.example.org',
    report: { packId: pack.id, packIds: [pack.id], url: 'https://news.example.org/a', mentions, complete: true, ...extra },
  };
}

function show(tab: TabView, overrides: Partial<PopupViewProps> & { settings?: Settings } = {}) {
  const props: PopupViewProps = {
    pack,
    settings: DEFAULT_SETTINGS,
    tab,
    siteEnabled: true,
    onSiteToggle: vi.fn(),
    onPauseToggle: vi.fn(),
    onReveal: vi.fn(),
    onGrant: vi.fn(),
    onOpenOptions: vi.fn(),
    ...overrides,
  };
  return { ...render(<PopupView {...props} />), props };
}

const summary = (): HTMLElement => screen.getByTestId('page-summary');

afterEach(() => cleanup());

describe('PopupView', () => {
  it('shows the article, its claim pairs and its actors while the page is being read', async () => {
    const { container } = show({ state: 'loading' });
    expect(summary().textContent).toBe('Reading the page…');
    expect(screen.getByTestId('article-title').textContent).toBe(pack.article.title);
    expect(container.textContent).toContain('Outlet not stated · date not stated');
    expect(container.textContent).toContain(pack.article.summary);
    const pairs = [...container.querySelectorAll('[data-pair]')].map((p) => p.getAttribute('data-pair'));
    expect(pairs).toContain('isis-no-longer-a-threat|isis-still-a-threat');
    expect(pairs).toContain('us-troops-should-leave|us-reluctant-to-leave');
    expect(container.textContent).toContain('Uncontested claim');
    expect([...container.querySelectorAll('[data-actor-id]')].map((li) => li.getAttribute('data-actor-id'))).toContain('al-sudani');
    expect(container.textContent).not.toMatch(/\bfalse\b/i);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('lists what was found, grouped with counts, and walks through a group’s mentions on each press', async () => {
    const mentions = [
      mention('actor', 'al-sudani', 'Mohammed Shia al-Sudani'),
      mention('claim', 'isis-no-longer-a-threat', 'Sudani said that ISIS no longer poses a threat to Iraq.', 'claim'),
      mention('actor', 'al-sudani', 'Sudani'),
      mention('claim', 'isis-still-a-threat', 'ISIS is still a threat.', 'opposing'),
    ];
    const { container, props } = show(report(mentions));
    expect(summary().textContent).toContain('2 names and 2 claim sentences highlighted');
    const groups = [...container.querySelectorAll<HTMLButtonElement>('[data-group]')];
    expect(groups.map((g) => [g.getAttribute('data-group'), parseInt(g.querySelector('.ncl-group-count')?.textContent ?? '', 10)])).toEqual(
      [
        ['actor:al-sudani', 2],
        ['claim:isis-no-longer-a-threat', 1],
        ['claim:isis-still-a-threat', 1],
      ],
    );
    expect(groups[2]?.textContent).toContain('Opposing');
    fireEvent.click(groups[0] as HTMLButtonElement);
    fireEvent.click(groups[0] as HTMLButtonElement);
    fireEvent.click(groups[0] as HTMLButtonElement);
    expect(vi.mocked(props.onReveal).mock.calls).toEqual([[0], [2], [0]]);
    expect(screen.getByRole('status').textContent).toBe('Showing Mohammed Shia al-Sudani, 1 of 2, on the page.');
    expect(container.textContent).toContain('2 on this page');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('says so when nothing from the story is on the page', async () => {
    const { container } = show(report([]));
    expect(summary().getAttribute('data-state')).toBe('empty');
    expect(summary().textContent).toContain('Nothing from this story was found on this page.');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('says why a page was judged off the story, and which names it therefore leaves unmarked', async () => {
    const reason =
      'The page does not seem to be about the story: it names none of its people or bodies and states none of its claims, so it leaves unmarked ISIS (Islamic State), named once, as names that appear in news of every kind.';
    const { container } = show(report([], { stories: [{ packId: pack.id, onStory: false, reason }] }));
    expect(screen.getByTestId('off-story').textContent).toBe(reason);
    expect(await axeViolations(container)).toEqual([]);
    cleanup();
    // A page about the story says nothing of the kind.
    show(
      report([mention('actor', 'al-sudani', 'al-Sudani')], {
        stories: [{ packId: pack.id, onStory: true, reason: 'The page names Mohammed Shia al-Sudani.' }],
      }),
    );
    expect(screen.queryByTestId('off-story')).toBeNull();
  });

  it('says plainly that a browser page cannot be scanned', async () => {
    const { container } = show({ state: 'unscannable', reason: 'browser-page' }, { siteEnabled: false });
    expect(summary().textContent).toContain('This page cannot be scanned.');
    expect(summary().textContent).toContain('Browser pages');
    expect((screen.getByTestId('site-switch') as HTMLInputElement).disabled).toBe(true);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('asks for a reload when the page was open before the extension', async () => {
    const { container } = show({ state: 'unscannable', reason: 'not-loaded' }, { siteEnabled: false });
    expect(summary().textContent).toContain('reload it');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('explains withdrawn site access and offers to grant it', async () => {
    const { container, props } = show({ state: 'no-access', tabId: 7, origins: ['https://news.example.org/*'] }, { siteEnabled: false });
    expect(summary().textContent).toContain('has no access to this site');
    fireEvent.click(screen.getByRole('button', { name: 'Allow access to this site' }));
    expect(props.onGrant).toHaveBeenCalledOnce();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('shows the site switch off when highlighting is off on the site, and switches it back on', async () => {
    const settings: Settings = { ...DEFAULT_SETTINGS, sites: { allow: [], block: ['news.example.org'] } };
    const { container, props } = show(report([], { inactive: 'site-disabled' }), { settings, siteEnabled: false });
    expect(summary().textContent).toBe('Highlighting is off on this site.');
    const site = screen.getByRole('switch', { name: 'Highlight on news.example.org' }) as HTMLInputElement;
    expect(site.checked).toBe(false);
    fireEvent.click(site);
    expect(props.onSiteToggle).toHaveBeenCalledWith(true);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('shows highlighting paused everywhere, with the pause switch on', async () => {
    const settings: Settings = { ...DEFAULT_SETTINGS, paused: true };
    const { container, props } = show(report([], { inactive: 'paused' }), { settings });
    expect(summary().textContent).toBe('Highlighting is paused everywhere.');
    const pause = screen.getByRole('switch', { name: 'Pause everywhere' }) as HTMLInputElement;
    expect(pause.checked).toBe(true);
    fireEvent.click(pause);
    expect(props.onPauseToggle).toHaveBeenCalledWith(false);
    expect(await axeViolations(container)).toEqual([]);
  });
});
