// @vitest-environment happy-dom
/**
 * Tests for src/content/text-blocks.ts on random DOM shapes: the walk never throws, never changes
 * the document, never enters editors, inputs, scripts or closed shadow roots, and every segment's
 * offsets map back to the exact characters of its text nodes (`locate`).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { locate, SegmentCursor, type TextSegment } from '../../src/content/text-blocks';

/** A random tree: elements of the kinds the walk treats differently, with random text leaves. */
interface Shape {
  tag: string;
  attrs: [string, string][];
  children: (Shape | string)[];
  shadow: 'open' | 'closed' | undefined;
}

const TAGS = [
  'div',
  'p',
  'span',
  'b',
  'a',
  'br',
  'li',
  'td',
  'section',
  'textarea',
  'script',
  'style',
  'code',
  'button',
  'svg',
  'template',
  'custom-el',
  'h1',
  'pre',
];
const ATTRS: [string, string][] = [
  ['hidden', ''],
  ['contenteditable', ''],
  ['contenteditable', 'true'],
  ['contenteditable', 'false'],
  ['contenteditable', 'plaintext-only'],
  ['class', 'x'],
  ['dir', 'rtl'],
];
const textLeaf = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.constantFrom('Sudani', 'ISIS', 'السوداني', '', ' ', '\n', 'e\u0301', '😀', '\ud800'),
);

const shape: fc.Arbitrary<Shape> = fc.letrec<{ node: Shape }>((tie) => ({
  node: fc.record({
    tag: fc.constantFrom(...TAGS),
    attrs: fc.array(fc.constantFrom(...ATTRS), { maxLength: 2 }),
    children: fc.array(
      fc.oneof({ maxDepth: 5, depthSize: 'small' }, { arbitrary: textLeaf, weight: 2 }, { arbitrary: tie('node'), weight: 1 }),
      { maxLength: 4 },
    ),
    shadow: fc.constantFrom(undefined, undefined, undefined, 'open' as const, 'closed' as const),
  }),
})).node;

const closedTexts = new WeakSet<Node>();

function build(doc: Document, node: Shape, parent: Node, insideClosed: boolean): void {
  const element = doc.createElement(node.tag);
  for (const [name, value] of node.attrs) element.setAttribute(name, value);
  parent.appendChild(element);
  let target: Node = element;
  let closed = insideClosed;
  if (node.shadow && node.tag === 'custom-el') {
    target = element.attachShadow({ mode: node.shadow });
    closed = closed || node.shadow === 'closed';
  }
  for (const child of node.children) {
    if (typeof child === 'string') {
      const text = doc.createTextNode(child);
      if (closed) closedTexts.add(text);
      target.appendChild(text);
    } else build(doc, child, target, closed);
  }
}

/** Whether `text` sits somewhere the walk must never read. */
function isForbidden(text: Text): boolean {
  if (closedTexts.has(text)) return true;
  for (let el: Element | null = text.parentElement; el; el = el.parentElement ?? (el.getRootNode() as ShadowRoot).host ?? null) {
    if (['textarea', 'script', 'style', 'code', 'svg', 'template'].includes(el.localName)) return true;
    if (el.hasAttribute('hidden')) return true;
    const editable = el.getAttribute('contenteditable');
    if (editable !== null && editable !== 'false') return true;
  }
  return false;
}

function collectAll(root: Node): TextSegment[] {
  const cursor = new SegmentCursor(root, null);
  const out: TextSegment[] = [];
  for (let segment = cursor.next(), guard = 0; segment; segment = cursor.next(), guard++) {
    if (guard > 10_000) throw new Error('the walk does not end');
    out.push(segment);
  }
  return out;
}

describe('SegmentCursor on random DOM shapes', () => {
  it('property: never throws, never changes the DOM, skips what it must, and every offset maps back exactly', () => {
    fc.assert(
      fc.property(fc.array(shape, { minLength: 1, maxLength: 4 }), (shapes) => {
        document.body.replaceChildren();
        for (const s of shapes) build(document, s, document.body, false);
        const before = document.body.innerHTML;
        const segments = collectAll(document.body);
        expect(document.body.innerHTML).toBe(before);
        const seen = new Set<Text>();
        for (const segment of segments) {
          expect(segment.nodes.length).toBe(segment.starts.length);
          expect(segment.text).toBe(segment.nodes.map((n) => n.data).join(''));
          for (const node of segment.nodes) {
            expect(isForbidden(node)).toBe(false);
            expect(seen.has(node)).toBe(false);
            seen.add(node);
          }
          for (let index = 0; index <= segment.text.length; index++) {
            for (const preferEnd of [false, true]) {
              const { node, offset } = locate(segment, index, preferEnd);
              const at = segment.nodes.indexOf(node);
              expect(offset).toBeGreaterThanOrEqual(0);
              expect(offset).toBeLessThanOrEqual(node.data.length);
              expect((segment.starts[at] ?? -1) + offset).toBe(index);
            }
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('walks a 5,000-level deep tree without recursion trouble', () => {
    document.body.replaceChildren();
    let parent: Element = document.body;
    for (let i = 0; i < 5_000; i++) {
      const child = document.createElement(i % 2 ? 'div' : 'span');
      parent.appendChild(child);
      parent = child;
    }
    parent.textContent = 'Deep down, Sudani spoke.';
    const segments = collectAll(document.body);
    expect(segments.map((s) => s.text)).toEqual(['Deep down, Sudani spoke.']);
  });
});

describe('SegmentCursor started inside skipped content', () => {
  it.each([
    ['a contenteditable editor', '<div contenteditable="true"><p id="start">Typed: Mohammed Shia al-Sudani</p></div>'],
    ['the editor itself', '<div id="start" contenteditable="">Typed: Mohammed Shia al-Sudani</div>'],
    ['a hidden section', '<section hidden><div><p id="start">Hidden: Sudani</p></div></section>'],
    ['a template-like skipped parent', '<code><span id="start">Sudani()</span></code>'],
  ])('yields nothing when re-collecting a block inside %s', (_name, html) => {
    document.body.innerHTML = html;
    expect(collectAll(document.getElementById('start') as Element)).toEqual([]);
  });

  it('yields nothing for a block inside an editor in an open shadow root', () => {
    document.body.innerHTML = '<div id="host"></div>';
    const root = (document.getElementById('host') as Element).attachShadow({ mode: 'open' });
    root.innerHTML = '<div contenteditable="true"><p id="start">Sudani</p></div>';
    expect(collectAll(root.getElementById('start') as Element)).toEqual([]);
  });

  it('reads no attribute of an element that has none', () => {
    document.body.innerHTML = '<p class="lede">The <em>harbour</em> bridge <b hidden>closed</b> again.</p>';
    const reads: string[] = [];
    const { hasAttribute, getAttribute, getAttributeNames } = Element.prototype;
    Element.prototype.hasAttribute = function (this: Element, name: string) {
      reads.push(`${this.localName}.${name}`);
      return hasAttribute.call(this, name);
    };
    Element.prototype.getAttributeNames = function (this: Element) {
      reads.push(`${this.localName}.*`);
      return getAttributeNames.call(this);
    };
    Element.prototype.getAttribute = function (this: Element, name: string) {
      reads.push(`${this.localName}.${name}`);
      return getAttribute.call(this, name);
    };
    try {
      const cursor = new SegmentCursor(document.body, null);
      const texts: string[] = [];
      for (let s = cursor.next(); s; s = cursor.next()) texts.push(s.text);
      // A skipped element ends the segment, as before.
      expect(texts).toEqual(['The harbour bridge ', ' again.']);
    } finally {
      Element.prototype.hasAttribute = hasAttribute;
      Element.prototype.getAttribute = getAttribute;
      Element.prototype.getAttributeNames = getAttributeNames;
    }
    expect(reads.filter((r) => r.startsWith('em.'))).toEqual([]);
    // The others are read, in one call for all their attributes.
    expect(reads).toContain('b.*');
    expect(reads.filter((r) => r.startsWith('p.'))).toEqual(['p.*']);
  });

  it('still reads an ordinary block', () => {
    document.body.innerHTML = '<div contenteditable="false"><p id="start">Read: Sudani</p></div>';
    expect(collectAll(document.getElementById('start') as Element).map((s) => s.text)).toEqual(['Read: Sudani']);
  });
});
