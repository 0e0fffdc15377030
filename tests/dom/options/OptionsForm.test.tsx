// @vitest-environment happy-dom
/**
 * The options page (`OptionsForm`): every control saves its own field, site entries are reduced
 * to host names, and the page passes axe-core.
 */
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OptionsForm } from '../../../src/options/OptionsForm';
import { toHostname } from '../../../src/options/SiteList';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/shared/settings';
import { axeViolations } from '../ui/axe';

afterEach(() => cleanup());

describe('OptionsForm', () => {
  it('shows every setting and saves each change as a patch', async () => {
    const onSave = vi.fn();
    const settings: Settings = { ...DEFAULT_SETTINGS, sites: { allow: [], block: ['example.org'] } };
    const { container } = render(<OptionsForm settings={settings} onSave={onSave} status="" />);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Armed groups' }));
    expect(onSave).toHaveBeenLastCalledWith({ actorKinds: ['person', 'organization', 'country', 'government', 'military'] });
    fireEvent.click(screen.getByRole('radio', { name: /Colour-blind safe/ }));
    expect(onSave).toHaveBeenLastCalledWith({ palette: 'colour-blind' });
    fireEvent.click(screen.getByRole('radio', { name: 'Only on the allowed sites' }));
    expect(onSave).toHaveBeenLastCalledWith({ siteMode: 'only-allowed' });
    fireEvent.click(screen.getByRole('button', { name: 'Remove example.org' }));
    expect(onSave).toHaveBeenLastCalledWith({ sites: { allow: [], block: [] } });
    const input = screen.getByRole('textbox', { name: 'Add a site to “Allowed sites”' });
    fireEvent.input(input, { target: { value: 'https://www.News.example.com/path?q=1' } });
    fireEvent.submit(input.closest('form') as HTMLFormElement);
    expect(onSave).toHaveBeenLastCalledWith({ sites: { allow: ['news.example.com'], block: ['example.org'] } });
    fireEvent.change(screen.getByRole('slider'), { target: { value: '500' } });
    expect(onSave).toHaveBeenLastCalledWith({ hoverDelayMs: 500 });
    expect(await axeViolations(container)).toEqual([]);
  });

  it('refuses an entry that is not a site', () => {
    expect(toHostname('not a site')).toBeNull();
    expect(toHostname('localhost')).toBe('localhost');
    expect(toHostname('EXAMPLE.org')).toBe('example.org');
  });
});
