/**
 * Stand-ins for the content-script DOM tests: a small pack of our own (a lighthouse story, with
 * names and sentences we wrote), a fake highlight layer that records what would be painted, and
 * the `StaticRange` happy-dom lacks.
 */
import { createMatcher } from '../../../src/core/matcher';
import { parsePack, type Pack, type PackInput } from '../../../src/core/pack';
import type { HighlightKind, HighlightLayer } from '../../../src/content/highlighter';
import type { ActivePack } from '../../../src/content/scanner';

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
