// @vitest-environment happy-dom
/**
 * Tests for src/content/highlighter.ts in happy-dom, with the Highlight API (which happy-dom lacks)
 * stood in by a `Highlight` set and a `CSS.highlights` map: ranges go into our named highlights
 * only, ours come back after the page clears the registry or its adopted sheets without touching
 * the page's own, shadow roots holding ranges get our sheet, and `unregister` leaves the page as it
 * was.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HIGHLIGHT_NAMES } from '../../../src/content/highlight-styles';
import { Highlighter } from '../../../src/content/highlighter';
import { installStaticRange } from './page-fakes';

installStaticRange();

/** The Highlight API's shape as the highlighter uses it: a set of ranges with a priority. */
class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
}

let registry: Map<string, FakeHighlight>;

beforeEach(() => {
  registry = new Map();
  vi.stubGlobal('Highlight', FakeHighlight);
  vi.stubGlobal('CSS', { highlights: registry });
  document.body.innerHTML = '<p id="p">Olaf T. Brenner waved.</p>';
  document.adoptedStyleSheets = [];
});

afterEach(() => vi.unstubAllGlobals());

const rangeOver = (start: number, end: number): StaticRange => {
  const text = document.getElementById('p')?.firstChild as Text;
  return new StaticRange({ startContainer: text, startOffset: start, endContainer: text, endOffset: end });
};

describe('Highlighter', () => {
  it('says whether the browser has the Highlight API', () => {
    expect(Highlighter.isSupported()).toBe(true);
    vi.stubGlobal('CSS', {});
    expect(Highlighter.isSupported()).toBe(false);
  });

  it('paints ranges into our named highlights once registered, names above claims', () => {
    const highlighter = new Highlighter(document);
    const name = rangeOver(0, 15);
    highlighter.add('actor', [name]);
    highlighter.add('claim', [rangeOver(0, 22)]);
    expect(registry.size).toBe(0);
    highlighter.ensureRegistered();
    expect(registry.get(HIGHLIGHT_NAMES.actor)?.has(name)).toBe(true);
    expect(highlighter.count('actor')).toBe(1);
    expect(highlighter.count('claim')).toBe(1);
    const actor = registry.get(HIGHLIGHT_NAMES.actor)?.priority ?? 0;
    expect(actor).toBeGreaterThan(registry.get(HIGHLIGHT_NAMES.claim)?.priority ?? 0);
    highlighter.remove('actor', [name]);
    expect(highlighter.count('actor')).toBe(0);
  });

  it('puts ours back after the page clears the registry and its sheets, leaving the page’s own highlight alone', () => {
    const highlighter = new Highlighter(document);
    highlighter.setStyle('default', false);
    highlighter.add('actor', [rangeOver(0, 15)]);
    highlighter.ensureRegistered();
    const ours = document.adoptedStyleSheets[0];
    expect(ours).toBeInstanceOf(CSSStyleSheet);
    const pageOwn = new FakeHighlight();
    registry.clear();
    registry.set('page-search', pageOwn);
    const pageSheet = new CSSStyleSheet();
    document.adoptedStyleSheets = [pageSheet];
    highlighter.ensureRegistered();
    expect(registry.get(HIGHLIGHT_NAMES.actor)?.size).toBe(1);
    expect(registry.get('page-search')).toBe(pageOwn);
    expect(document.adoptedStyleSheets).toEqual([pageSheet, ours]);
  });

  it('gives our sheet to each shadow root that holds a range', () => {
    const host = document.createElement('div');
    document.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    const highlighter = new Highlighter(document);
    highlighter.ensureRegistered([root]);
    expect(root.adoptedStyleSheets).toHaveLength(1);
    highlighter.ensureRegistered([root]);
    expect(root.adoptedStyleSheets).toHaveLength(1);
  });

  it('moves the focus highlight to one range at a time', () => {
    const highlighter = new Highlighter(document);
    highlighter.setFocus(rangeOver(0, 4));
    const second = rangeOver(8, 15);
    highlighter.setFocus(second);
    expect(highlighter.count('focus')).toBe(1);
    highlighter.setFocus(null);
    expect(highlighter.count('focus')).toBe(0);
  });

  it('unregisters as a unit: our highlights and sheet go, the page’s own stay', () => {
    const pageSheet = new CSSStyleSheet();
    document.adoptedStyleSheets = [pageSheet];
    const pageOwn = new FakeHighlight();
    registry.set('page-search', pageOwn);
    const highlighter = new Highlighter(document);
    highlighter.add('actor', [rangeOver(0, 15)]);
    highlighter.ensureRegistered();
    expect(document.adoptedStyleSheets).toHaveLength(2);
    highlighter.unregister();
    expect([...registry.keys()]).toEqual(['page-search']);
    expect(document.adoptedStyleSheets).toEqual([pageSheet]);
    expect(highlighter.count('actor')).toBe(0);
  });
});
