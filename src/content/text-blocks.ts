/**
 * Collects the page's visible text as segments: runs of text nodes that read as one piece of prose
 * (one paragraph, one table cell, one line between two `<br>`s). The matcher sees each segment as
 * one string, so a name split over `<b>Mohammed</b> Shia al-Sudani` is found while nothing matches
 * across two paragraphs (the mark.js bug of joining all text of a page).
 *
 * The walk never changes the page; it only reads nodes.
 */

/** One run of text nodes read as one string. */
export interface TextSegment {
  /** The block element the segment belongs to; segments are re-collected per block. */
  readonly block: Element;
  /** The text nodes, in document order. */
  readonly nodes: Text[];
  /** Offset of each node's first character in `text`. */
  readonly starts: number[];
  /** The nodes' data, joined without separators. */
  readonly text: string;
}

/** Elements whose text is not prose the reader sees (or that the user is editing). */
const SKIPPED_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'input',
  'select',
  'option',
  'head',
  'title',
  'iframe',
  'frame',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
  'svg',
  'math',
  'code',
  'kbd',
  'samp',
]);

/** Elements that start a new segment: block-level and table elements, and `<br>` style breaks. */
const BLOCK_TAGS = new Set([
  'html',
  'body',
  'address',
  'article',
  'aside',
  'blockquote',
  'details',
  'dialog',
  'dd',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'ul',
  'tr',
  'td',
  'th',
  'thead',
  'tbody',
  'tfoot',
  'caption',
  'legend',
  'menu',
  'button',
  'label',
  'optgroup',
]);

/**
 * The elements a shadow root can be attached to, besides custom elements (whose names hold a
 * hyphen): the DOM standard's valid shadow host names, which `attachShadow` and declarative
 * shadow roots both require (as of 2026-12 in Chromium and Firefox alike). Any other element's
 * `shadowRoot` is null, so the walk does not ask: each read is a call into the browser, and on the
 * bench's dense page two elements in three are inline ones (`<em>`, `<a>`) that cannot host one.
 */
const SHADOW_HOST_TAGS = new Set([
  'article',
  'aside',
  'blockquote',
  'body',
  'div',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'main',
  'nav',
  'p',
  'section',
  'span',
]);

/** Whether the walk must not enter `element` (not prose, our own UI, or an editor). */
export function isSkipped(element: Element, ownHost: Element | null): boolean {
  // localName, not tagName: XHTML keeps the case as written, HTML upper-cases it.
  return isSkippedAs(element, element.localName, ownHost);
}

/**
 * `isSkipped` for an element whose `localName` the caller has read already. Every read of it is a
 * call into the browser that returns a string; the walk read it up to three times per element
 * (here, for `<br>` and in `isBlock`), on the bench's dense page 60,000 calls for 20,000 elements.
 */
function isSkippedAs(element: Element, localName: string, ownHost: Element | null): boolean {
  if (element === ownHost) return true;
  if (SKIPPED_TAGS.has(localName)) return true;
  // Most elements of running text carry no attribute at all ("em", "b", "span"), and one call that
  // says so replaces the two reads below: each is a call out of the content script's world, and
  // the dense bench page has 26,000 elements.
  if (!element.hasAttributes()) return false;
  // The others carry one or two ("id", "href", "class"): one call lists their names, where asking
  // for "hidden" and then for "contenteditable" took two (13,000 elements of the dense bench
  // page have an attribute). `getAttributeNames` gives qualified names as `hasAttribute` and
  // `getAttribute` compare them, lower-cased in HTML as the parser and `setAttribute` store them.
  const names = element.getAttributeNames();
  if (names.includes('hidden')) return true;
  if (!names.includes('contenteditable')) return false;
  // Editors keep their text to themselves: highlighting what the user types would be noise, and
  // some editors re-render when they see foreign ranges. Any value but "false" makes it editable.
  const editable = element.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

/** Whether `element` starts a new segment. */
export function isBlock(element: Element): boolean {
  return BLOCK_TAGS.has(element.localName);
}

/**
 * Walks a subtree and hands out segments. It is a resumable cursor, so large pages are collected
 * in time slices: `next()` returns the next segment or null when the subtree is done.
 */
export class SegmentCursor {
  private readonly walker: TreeWalker;
  private readonly pendingRoots: ShadowRoot[] = [];
  private currentRoot: Node;
  private nodes: Text[] = [];
  private starts: number[] = [];
  private parts: string[] = [];
  private length = 0;
  private block: Element | null = null;
  private readonly blockCache = new Map<Element, Element>();
  private readonly skipAll: boolean;

  /**
   * Starts a walk over `root`. Blocks listed in `cleanBlocks` are skipped with their subtree
   * (their segments are still valid), which keeps re-collecting one changed block cheap.
   */
  constructor(
    root: Node,
    private readonly ownHost: Element | null,
    private readonly cleanBlocks: { has(block: Element): boolean } | null = null,
  ) {
    this.currentRoot = root;
    this.walker = this.createWalker(root);
    // The walk checks each element it enters, but never the root or what lies above it: a block
    // re-collected after a change (a paragraph the user typed into an editor) must first prove
    // that no ancestor is skipped, or the user's own text would be read and painted.
    this.skipAll = isWithinSkipped(root, ownHost);
  }

  /** The next segment in document order, or null when the walk is over. */
  next(): TextSegment | null {
    if (this.skipAll) return null;
    for (;;) {
      const node = this.walker.nextNode();
      if (node === null) {
        const flushed = this.flush();
        if (flushed) return flushed;
        const shadow = this.pendingRoots.shift();
        if (!shadow) return null;
        this.currentRoot = shadow;
        this.walker.currentNode = shadow;
        continue;
      }
      if (node.nodeType === 3) {
        const text = node as Text;
        const data = text.data;
        if (data.length === 0) continue;
        const block = this.blockOf(text.parentElement);
        if (block !== this.block) {
          const flushed = this.flush();
          this.block = block;
          this.push(text, data);
          if (flushed) return flushed;
        } else {
          this.push(text, data);
        }
        continue;
      }
      const element = node as Element;
      const localName = element.localName;
      if (isSkippedAs(element, localName, this.ownHost) || (element !== this.currentRoot && this.cleanBlocks?.has(element))) {
        this.skipChildren(element);
        const flushed = this.flush();
        this.block = null;
        if (flushed) return flushed;
        continue;
      }
      // Open shadow roots are walked after their host's light tree; closed ones stay private.
      if (SHADOW_HOST_TAGS.has(localName) || localName.includes('-')) {
        const shadow = element.shadowRoot;
        if (shadow) this.pendingRoots.push(shadow);
      }
      if (localName === 'br' || BLOCK_TAGS.has(localName)) {
        const flushed = this.flush();
        this.block = null;
        if (flushed) return flushed;
      }
    }
  }

  private createWalker(root: Node): TreeWalker {
    const doc = root.ownerDocument ?? (root as Document);
    return doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  }

  /** Moves the walker past `element`'s subtree, so the next `nextNode()` is what follows it. */
  private skipChildren(element: Element): void {
    const last = lastDescendant(element);
    if (last !== element) this.walker.currentNode = last;
  }

  private blockOf(parent: Element | null): Element {
    if (parent === null) return this.currentRoot as Element;
    const cached = this.blockCache.get(parent);
    if (cached) return cached;
    let element: Element | null = parent;
    while (element && !isBlock(element) && element !== this.currentRoot) {
      element = element.parentElement;
    }
    const block = element ?? parent;
    this.blockCache.set(parent, block);
    return block;
  }

  private push(text: Text, data: string): void {
    this.nodes.push(text);
    this.starts.push(this.length);
    this.parts.push(data);
    this.length += data.length;
  }

  private flush(): TextSegment | null {
    if (this.nodes.length === 0 || this.block === null) {
      this.reset();
      return null;
    }
    const text = this.parts.length === 1 ? (this.parts[0] ?? '') : this.parts.join('');
    const segment: TextSegment = { block: this.block, nodes: this.nodes, starts: this.starts, text };
    this.reset();
    // Whitespace-only runs (indentation between tags) can hold no mention.
    return /\S/.test(text) ? segment : null;
  }

  private reset(): void {
    this.nodes = [];
    this.starts = [];
    this.parts = [];
    this.length = 0;
  }
}

/** Whether `node` or any ancestor (across shadow roots) is an element the walk must not enter. */
export function isWithinSkipped(node: Node, ownHost: Element | null): boolean {
  for (let current: Node | null = node; current;) {
    if (current.nodeType === 1 && isSkipped(current as Element, ownHost)) return true;
    current = current.parentNode ?? (current instanceof ShadowRoot ? current.host : null);
  }
  return false;
}

/** The last node of `element`'s subtree in document order (itself when it has no children). */
function lastDescendant(element: Node): Node {
  let node = element;
  while (node.lastChild) node = node.lastChild;
  return node;
}

/** Finds the text node and offset of `index` in a segment; `preferEnd` resolves node boundaries for range ends. */
export function locate(segment: TextSegment, index: number, preferEnd: boolean): { node: Text; offset: number } {
  const { starts, nodes } = segment;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const start = starts[mid] ?? 0;
    if (start < index || (!preferEnd && start === index)) lo = mid;
    else hi = mid - 1;
  }
  const node = nodes[lo] as Text;
  return { node, offset: index - (starts[lo] ?? 0) };
}

/** Segments longer than this are cut into pieces, so that scanning one never becomes a long task. */
export const MAX_SEGMENT_LENGTH = 20_000;

/**
 * Cuts a very long segment (a 1 MB text node, a flattened table) into pieces of at most
 * `max` characters, each ending after a sentence end, a line break or at least a space, so that
 * the scanner can yield between pieces. A name is cut only when no space at all falls in the last
 * fifth of a piece, which prose never does.
 */
export function splitLongSegment(segment: TextSegment, max = MAX_SEGMENT_LENGTH): TextSegment[] {
  const { text } = segment;
  if (text.length <= max) return [segment];
  const pieces: TextSegment[] = [];
  let from = 0;
  while (from < text.length) {
    let to = Math.min(from + max, text.length);
    if (to < text.length) {
      const tail = text.slice(from + Math.floor(max * 0.8), to);
      const cut = Math.max(tail.lastIndexOf('. '), tail.lastIndexOf('\n'));
      const space = tail.lastIndexOf(' ');
      const at = cut >= 0 ? cut + 1 : space;
      if (at >= 0) to = from + Math.floor(max * 0.8) + at + 1;
    }
    pieces.push(sliceSegment(segment, from, to));
    from = to;
  }
  return pieces;
}

/** The part [from, to) of a segment, with node offsets rebased so `locate` keeps working. */
function sliceSegment(segment: TextSegment, from: number, to: number): TextSegment {
  const nodes: Text[] = [];
  const starts: number[] = [];
  segment.nodes.forEach((node, i) => {
    const start = segment.starts[i] ?? 0;
    // A node's end comes from the next start, not from `node.data`: in a Firefox content script
    // every read of `data` copies the string across the page's wrapper, and reading a 1 MB node
    // once per piece took 600 ms (ESR 153).
    const end = segment.starts[i + 1] ?? segment.text.length;
    if (start < to && end > from) {
      nodes.push(node);
      starts.push(start - from);
    }
  });
  return { block: segment.block, nodes, starts, text: segment.text.slice(from, to) };
}
