/**
 * Paints mentions with the CSS Custom Highlight API: ranges go into named `Highlight` objects in
 * `CSS.highlights`, and our `::highlight()` rules go into an adopted stylesheet. No element of the
 * page is wrapped, split or restyled.
 *
 * Ranges are `StaticRange`s: live `Range`s slow every later edit the page makes (measured: 2,000
 * page edits took 1.1 s with 18,600 live ranges registered instead of 50–150 ms), and the scanner
 * re-collects whatever the page changes anyway.
 */
import { HIGHLIGHT_NAMES, highlightCss, type Palette } from './highlight-styles';

/** The kinds of highlight we paint. */
export type HighlightKind = 'actor' | 'claim' | 'opposing' | 'focus';

/** Actors are painted above claims (a name inside a claim sentence keeps its own look). */
const PRIORITY: Record<HighlightKind, number> = { claim: 1, opposing: 1, actor: 2, focus: 3 };

/** What the scanner and the card paint through; the `Highlighter` in a page, a fake in tests. */
export interface HighlightLayer {
  /** Adds ranges of one kind. */
  add(kind: HighlightKind, ranges: readonly AbstractRange[]): void;
  /** Removes ranges of one kind. */
  remove(kind: HighlightKind, ranges: readonly AbstractRange[]): void;
  /** Replaces the focus highlight (the mention the keyboard or popup moved to); null clears it. */
  setFocus(range: AbstractRange | null): void;
  /** Puts our highlights and styles back in place if the page removed them; `roots` are the shadow roots holding ranges. */
  ensureRegistered(roots?: Iterable<ShadowRoot>): void;
  /** Removes everything painted and registered; the page is as it was before us. */
  unregister(): void;
}

/** Owns our entries in `CSS.highlights` and the stylesheet that paints them. */
export class Highlighter implements HighlightLayer {
  private readonly highlights = new Map<HighlightKind, Highlight>();
  private readonly sheet: CSSStyleSheet | null;
  private fallbackStyle: HTMLStyleElement | null = null;
  private readonly styledRoots = new WeakSet<Document | ShadowRoot>();
  private css = '';

  /** Prepares (but does not yet register) the highlights for `doc`. */
  constructor(private readonly doc: Document) {
    for (const kind of Object.keys(PRIORITY) as HighlightKind[]) {
      const highlight = new Highlight();
      highlight.priority = PRIORITY[kind];
      this.highlights.set(kind, highlight);
    }
    this.sheet = createSheet();
  }

  /** Whether this browser has the Highlight API at all. */
  static isSupported(): boolean {
    return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function' && typeof StaticRange === 'function';
  }

  /** Sets the colours for the page's background and the user's palette. */
  setStyle(palette: Palette, dark: boolean): void {
    const css = highlightCss(palette, dark);
    if (css === this.css) return;
    this.css = css;
    this.sheet?.replaceSync(css);
    if (this.fallbackStyle) this.fallbackStyle.textContent = css;
  }

  /** Adds ranges of one kind. */
  add(kind: HighlightKind, ranges: readonly AbstractRange[]): void {
    const highlight = this.highlights.get(kind);
    if (!highlight) return;
    for (const range of ranges) highlight.add(range);
  }

  /** Removes ranges of one kind. */
  remove(kind: HighlightKind, ranges: readonly AbstractRange[]): void {
    const highlight = this.highlights.get(kind);
    if (!highlight) return;
    for (const range of ranges) highlight.delete(range);
  }

  /** Replaces the focus highlight (the mention the keyboard or popup moved to). */
  setFocus(range: AbstractRange | null): void {
    const focus = this.highlights.get('focus');
    focus?.clear();
    if (range) focus?.add(range);
  }

  /** Number of ranges of one kind currently painted. */
  count(kind: HighlightKind): number {
    return this.highlights.get(kind)?.size ?? 0;
  }

  /**
   * Makes sure our highlights and stylesheet are in place. Pages may call `CSS.highlights.clear()`
   * or reassign `adoptedStyleSheets`; this restores ours without touching theirs.
   */
  ensureRegistered(roots: Iterable<ShadowRoot> = []): void {
    for (const [kind, highlight] of this.highlights) {
      const name = HIGHLIGHT_NAMES[kind];
      if (CSS.highlights.get(name) !== highlight) CSS.highlights.set(name, highlight);
    }
    this.adoptSheet(this.doc);
    // As of 2026-11, Firefox paints a highlight inside a shadow root only when the ::highlight()
    // rule is also inside that root, so each root that holds one of our ranges gets the sheet too.
    for (const root of roots) this.adoptSheet(root);
  }

  /** Removes everything we registered; the page is as it was before us. */
  unregister(): void {
    for (const [kind, highlight] of this.highlights) {
      highlight.clear();
      const name = HIGHLIGHT_NAMES[kind];
      if (CSS.highlights.get(name) === highlight) CSS.highlights.delete(name);
    }
    const sheet = this.sheet;
    if (sheet && this.doc.adoptedStyleSheets.includes(sheet)) {
      this.doc.adoptedStyleSheets = this.doc.adoptedStyleSheets.filter((s) => s !== sheet);
    }
    this.fallbackStyle?.remove();
    this.fallbackStyle = null;
  }

  private adoptSheet(root: Document | ShadowRoot): void {
    const sheet = this.sheet;
    if (sheet) {
      try {
        if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
        this.styledRoots.add(root);
        return;
      } catch {
        // Older Firefox content scripts cannot assign adoptedStyleSheets; fall through.
      }
    }
    if (root === this.doc && !this.fallbackStyle?.isConnected) {
      const style = this.doc.createElement('style');
      style.textContent = this.css;
      (this.doc.head ?? this.doc.documentElement)?.append(style);
      this.fallbackStyle = style;
    }
  }
}

/** A constructable stylesheet, or null where the browser cannot make one for a content script. */
function createSheet(): CSSStyleSheet | null {
  try {
    return new CSSStyleSheet();
  } catch {
    return null;
  }
}

/** Guesses whether the page is dark, from the background its root and body paint. */
export function isDarkPage(doc: Document): boolean {
  const view = doc.defaultView;
  if (!view) return false;
  for (const element of [doc.body, doc.documentElement]) {
    if (!element) continue;
    const rgba = parseColour(view.getComputedStyle(element).backgroundColor);
    if (rgba && rgba[3] > 0.5) return luminance(rgba) < 0.4;
  }
  const scheme = doc.documentElement ? view.getComputedStyle(doc.documentElement).colorScheme : '';
  return scheme.includes('dark') && !scheme.includes('light')
    ? true
    : scheme.includes('dark') && view.matchMedia('(prefers-color-scheme: dark)').matches;
}

function parseColour(value: string): [number, number, number, number] | null {
  const match = /rgba?\(([\d.]+)[, ]+([\d.]+)[, ]+([\d.]+)(?:[,/ ]+([\d.]+%?))?\)/.exec(value);
  if (!match) return null;
  const alphaText = match[4];
  const alpha = alphaText === undefined ? 1 : alphaText.endsWith('%') ? parseFloat(alphaText) / 100 : parseFloat(alphaText);
  return [Number(match[1]), Number(match[2]), Number(match[3]), alpha];
}

function luminance([r, g, b]: [number, number, number, number]): number {
  const channel = (v: number): number => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}
