// @vitest-environment happy-dom
/**
 * Tests for src/content/mention-navigator.ts with a fake card over mentions the real scanner
 * painted: the keyboard commands step through the highlights in reading order (a name before the
 * claim sentence it opens), wrap around, start from what is in view, mark where they went and
 * open its card with focus; the popup's reveal goes to a report index.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CardSurface, OpenOptions } from '../../../src/content/card-controller';
import { MentionNavigator } from '../../../src/content/mention-navigator';
import type { PaintedMention } from '../../../src/content/painted';
import type { Scanner } from '../../../src/content/scanner';
import { installLayout, installStaticRange, scanPage, useFakeClock } from './page-fakes';

installStaticRange();

/** A card that remembers what it was opened on. */
class FakeCard implements CardSurface {
  anchor: PaintedMention | null = null;
  readonly isHoverCard = false;
  lastOptions: OpenOptions | null = null;

  isCard(): boolean {
    return false;
  }

  open(mentions: readonly PaintedMention[], options: OpenOptions): boolean {
    this.anchor = mentions[0] ?? null;
    this.lastOptions = options;
    return true;
  }

  close(): void {
    this.anchor = null;
  }
}

const LINES = [
  'Marta Quiroga said the lighthouse was no longer safe.',
  'At noon Olaf T. Brenner waved.',
  'Olaf T. Brenner said the lighthouse was still safe, and Marta L. Quiroga left.',
];

let scanner: Scanner;
let card: FakeCard;
let navigator: MentionNavigator;
let undoLayout: () => void;

beforeEach(async () => {
  useFakeClock();
  document.body.innerHTML = LINES.map((line, i) => `<p data-line="${i}">${line}</p>`).join('');
  undoLayout = installLayout(document);
  ({ scanner } = await scanPage());
  card = new FakeCard();
  navigator = new MentionNavigator(document, card, () => scanner.mentions());
});

afterEach(() => {
  scanner.stop();
  undoLayout();
  vi.useRealTimers();
});

const label = (m: PaintedMention | null): string => (m ? `${m.kind === 'actor' ? 'actor' : 'claim'}:${m.mention.text}` : 'none');

describe('MentionNavigator', () => {
  it('steps forward in reading order, the name before the claim sentence it opens, and wraps around', () => {
    const visited: string[] = [];
    for (let i = 0; i < 7; i++) {
      navigator.step('next');
      visited.push(label(card.anchor));
    }
    expect(visited).toEqual([
      'actor:Marta Quiroga',
      `claim:${LINES[0]}`,
      'actor:Olaf T. Brenner',
      'actor:Olaf T. Brenner',
      `claim:${LINES[2]}`,
      'actor:Marta L. Quiroga',
      'actor:Marta Quiroga',
    ]);
    expect(card.lastOptions).toMatchObject({ takeFocus: true, markAnchor: true, byHover: false });
  });

  it('steps back the same way', () => {
    navigator.step('next');
    navigator.step('next');
    expect(label(card.anchor)).toBe(`claim:${LINES[0]}`);
    navigator.step('previous');
    expect(label(card.anchor)).toBe('actor:Marta Quiroga');
    const wrapped = navigator.step('previous');
    expect(label(card.anchor)).toBe('actor:Marta L. Quiroga');
    expect(wrapped).toEqual({ index: 5, total: 6, text: 'Marta L. Quiroga' });
  });

  it('starts from the first highlight in view, and previous from the last one in view', () => {
    // Scroll the first line out of view: its rect is above the top of the viewport.
    const first = document.querySelector('[data-line="0"]') as HTMLElement;
    first.setAttribute('data-line', '-5');
    navigator.step('next');
    expect(label(card.anchor)).toBe('actor:Olaf T. Brenner');
    card.close();
    const fresh = new MentionNavigator(document, card, () => scanner.mentions());
    fresh.step('previous');
    expect(label(card.anchor)).toBe('actor:Marta L. Quiroga');
  });

  it('reveals the mention at an index of the page report, for the popup, without taking focus', () => {
    const report = scanner.report();
    const revealed = navigator.reveal(4, false);
    expect(revealed).toEqual({ index: 4, total: report.length, text: report[4]?.text });
    expect(card.anchor?.mention.text).toBe(report[4]?.text);
    expect(card.lastOptions).toMatchObject({ takeFocus: false, markAnchor: true });
    expect(navigator.reveal(99, false)).toBeNull();
  });

  it('goes nowhere on a page without highlights', () => {
    const empty = new MentionNavigator(document, card, () => []);
    expect(empty.step('next')).toBeNull();
    expect(card.anchor).toBeNull();
  });
});
