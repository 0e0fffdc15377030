/**
 * Stand-ins for the content-script DOM tests: a small pack of our own (a lighthouse story, with
 * names and sentences we wrote), a fake highlight layer that records what would be painted, the
 * `StaticRange` happy-dom lacks, and a fake layout (happy-dom lays nothing out) for hit-testing.
 */
import { createMatcher } from '../../../src/core/matcher';
import { parsePack, type Pack, type PackInput } from '../../../src/core/pack';
import { vi } from 'vitest';
import type { HighlightKind, HighlightLayer } from '../../../src/content/highlighter';
import { Scanner, type ActivePack, type ScannerOptions } from '../../../src/content/scanner';

const TEXT = [
  'Keeper Marta Quiroga said the lighthouse was no longer safe.',
  'Olaf Brenner of the Coastal Board said the lighthouse was still safe.',
].join('\n');

const INPUT: PackInput = {
  schemaVersion: 3,
  id: 'lighthouse',
  article: { title: 'The old lighthouse', summary: 'The keeper says the lighthouse is unsafe; the board says it is safe.', language: 'en' },
  text: TEXT,
  actors: [
    {
      id: 'marta-quiroga',
      name: 'Marta Quiroga',
      kind: 'person',
      role: 'Lighthouse keeper',
      description: 'The keeper of the old lighthouse.',
      aliases: [{ text: 'Marta L. Quiroga' }, { text: 'Marta Quiroga' }, { text: 'Quiroga', standalone: false }],
    },
    {
      id: 'olaf-brenner',
      name: 'Olaf Brenner',
      kind: 'person',
      role: 'Coastal Board chairman',
      description: 'Chairman of the Coastal Board.',
      aliases: [{ text: 'Olaf T. Brenner' }, { text: 'Olaf Brenner' }, { text: 'Brenner', standalone: false }],
    },
  ],
  quotes: [],
  claims: [
    {
      id: 'unsafe',
      statement: 'The lighthouse is no longer safe.',
      speakers: ['marta-quiroga'],
      opposes: ['safe'],
      frame: {
        subject: { label: 'the lighthouse', terms: ['lighthouse'] },
        predicate: { label: 'safe', concepts: ['safe'] },
        stance: 'ended',
      },
    },
    {
      id: 'safe',
      statement: 'The lighthouse is still safe.',
      speakers: ['olaf-brenner'],
      opposes: ['unsafe'],
      frame: {
        subject: { label: 'the lighthouse', terms: ['lighthouse'] },
        predicate: { label: 'safe', concepts: ['safe'] },
        stance: 'continuing',
      },
    },
  ],
};

/** The lighthouse pack, parsed. */
export function lighthousePack(): Pack {
  const parsed = parsePack(INPUT);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.value;
}

/** The lighthouse pack with its matcher, as the content script hands it to the scanner. */
export function lighthouse(): ActivePack {
  const pack = lighthousePack();
  return { pack, matcher: createMatcher(pack) };
}

/** A highlight layer that keeps the ranges it is given, so a test can read what would be painted. */
export class FakeHighlights implements HighlightLayer {
  /** The painted ranges, by kind. */
  readonly ranges = new Map<HighlightKind, Set<AbstractRange>>();
  /** The focus highlight's range. */
  focus: AbstractRange | null = null;
  /** How many times the layer was asked to register. */
  registrations = 0;
  /** Whether `unregister` was called. */
  unregistered = false;

  add(kind: HighlightKind, ranges: readonly AbstractRange[]): void {
    const set = this.ranges.get(kind) ?? new Set();
    for (const range of ranges) set.add(range);
    this.ranges.set(kind, set);
  }

  remove(kind: HighlightKind, ranges: readonly AbstractRange[]): void {
    for (const range of ranges) this.ranges.get(kind)?.delete(range);
  }

  setFocus(range: AbstractRange | null): void {
    this.focus = range;
  }

  ensureRegistered(): void {
    this.registrations++;
  }

  unregister(): void {
    this.unregistered = true;
    this.ranges.clear();
    this.focus = null;
  }

  /** The text under each painted range of `kind`, in the order they were painted. */
  texts(kind: HighlightKind): string[] {
    return [...(this.ranges.get(kind) ?? [])].map(textOf);
  }
}

/** The characters a range covers. */
export function textOf(range: AbstractRange): string {
  const live = document.createRange();
  live.setStart(range.startContainer, range.startOffset);
  live.setEnd(range.endContainer, range.endOffset);
  return live.toString();
}

/** Gives happy-dom the `StaticRange` it lacks: a plain record of the two boundary points. */
export function installStaticRange(): void {
  if (typeof globalThis.StaticRange === 'function') return;
  class FakeStaticRange implements AbstractRange {
    readonly startContainer: Node;
    readonly startOffset: number;
    readonly endContainer: Node;
    readonly endOffset: number;
    constructor(init: StaticRangeInit) {
      this.startContainer = init.startContainer;
      this.startOffset = init.startOffset;
      this.endContainer = init.endContainer;
      this.endOffset = init.endOffset;
    }
    get collapsed(): boolean {
      return this.startContainer === this.endContainer && this.startOffset === this.endOffset;
    }
  }
  globalThis.StaticRange = FakeStaticRange as unknown as typeof StaticRange;
}

/** Width of one character and height of one line in the fake layout. */
export const CHAR_W = 10;
export const LINE_H = 20;

/**
 * A layout for happy-dom, which lays nothing out: every element with `data-line="n"` is one line
 * at y = n × LINE_H, its characters CHAR_W wide from x = 0 (only its first text node counts).
 * `caretPositionFromPoint` snaps to the nearest character of the line, as browsers do, and a
 * range's client rects are the characters it covers. Returns a function that undoes it.
 */
export function installLayout(doc: Document): () => void {
  const lineOf = (node: Node): number | null => {
    const line = node.parentElement?.closest('[data-line]')?.getAttribute('data-line');
    return line === null || line === undefined ? null : Number(line);
  };
  const caret = (x: number, y: number): { offsetNode: Node; offset: number } | null => {
    const line = doc.querySelector(`[data-line="${Math.floor(y / LINE_H)}"]`);
    const text = line?.firstChild;
    if (!text || text.nodeType !== Node.TEXT_NODE) return null;
    return { offsetNode: text, offset: Math.max(0, Math.min((text as Text).length, Math.round(x / CHAR_W))) };
  };
  const rectsOf = (range: Range): DOMRect[] => {
    const line = lineOf(range.startContainer);
    if (line === null || range.startContainer !== range.endContainer) return [];
    return [new DOMRect(range.startOffset * CHAR_W, line * LINE_H, (range.endOffset - range.startOffset) * CHAR_W, LINE_H)];
  };
  // happy-dom has no caretPositionFromPoint; the hit test reads only these two fields.
  const target = doc as unknown as { caretPositionFromPoint?: typeof caret };
  target.caretPositionFromPoint = caret;
  const proto = Range.prototype as unknown as Record<string, unknown>;
  const saved = { getClientRects: proto.getClientRects, getBoundingClientRect: proto.getBoundingClientRect };
  proto.getClientRects = function (this: Range) {
    return rectsOf(this);
  };
  proto.getBoundingClientRect = function (this: Range) {
    return rectsOf(this)[0] ?? new DOMRect(0, 0, 0, 0);
  };
  return () => {
    delete target.caretPositionFromPoint;
    Object.assign(proto, saved);
  };
}

/** The point in the middle of the `index`-th character of line `line` in the fake layout. */
export function pointAt(line: number, index: number): { x: number; y: number } {
  return { x: index * CHAR_W + CHAR_W / 2, y: line * LINE_H + LINE_H / 2 };
}

/** A scanner's options for the document's body: the given packs (the lighthouse pack by default), painted on `highlights`. */
export function scannerOptions(highlights: FakeHighlights, packs: readonly ActivePack[] = [lighthouse()]): ScannerOptions {
  return { doc: document, packs, highlighter: highlights, ownHost: () => null, highlightClaims: true, onUpdate: () => {} };
}

/** Scans the document's current body with the lighthouse pack and a fake layer; fake timers must be on. */
export async function scanPage(): Promise<{ scanner: Scanner; highlights: FakeHighlights }> {
  const highlights = new FakeHighlights();
  const scanner = new Scanner(scannerOptions(highlights));
  scanner.start();
  await vi.advanceTimersByTimeAsync(50);
  if (!scanner.isComplete) throw new Error('the first pass did not finish');
  return { scanner, highlights };
}

/** The fake timers these tests run on: timers and the clock, not microtasks (happy-dom's observers use them). */
export function useFakeClock(): void {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'performance'] });
}
