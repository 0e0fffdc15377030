/**
 * Moves between the page's highlights for the keyboard commands (next, previous) and the popup's
 * "On this page" list (reveal by report index): scrolls the highlight into view, marks it with
 * the focus highlight and opens its card.
 */
import type { CardSurface } from './card-controller';
import { liveRange, type PaintedMention } from './painted';

/** Which way a keyboard command moves. */
export type StepDirection = 'next' | 'previous';

/** Where the navigator went: the mention's index in the page report, and how many there are. */
export interface Revealed {
  /** Index in the page report (document order). */
  readonly index: number;
  /** How many mentions the page has. */
  readonly total: number;
  /** The highlighted text, for the caller's confirmation. */
  readonly text: string;
}

/** Steps through the mentions of one document. */
export class MentionNavigator {
  private last: PaintedMention | null = null;

  /** Works on `doc`, opening cards through `card`; `mentions` lists the painted mentions in report (reading) order. */
  constructor(
    private readonly doc: Document,
    private readonly card: CardSurface,
    private readonly mentions: () => PaintedMention[],
  ) {}

  /** Goes to the next or previous mention in reading order, wrapping around; null when there is none. */
  step(direction: StepDirection): Revealed | null {
    // The report is in reading order (see `Scanner.mentions`), so the next one is the next entry.
    const list = this.mentions();
    if (list.length === 0) return null;
    const current = this.card.anchor ?? this.last;
    let at = current ? list.indexOf(current) : -1;
    if (at < 0) {
      // Nothing visited yet: start from what the reader is looking at, not from the top of the page.
      const height = this.doc.defaultView?.innerHeight ?? 0;
      const rects = list.map((m) => liveRange(this.doc, m)?.getBoundingClientRect() ?? null);
      if (direction === 'next') {
        at = rects.findIndex((rect) => rect !== null && rect.bottom > 0);
        if (at < 0) at = 0;
      } else {
        at = findLastIndex(rects, (rect) => rect !== null && rect.top < height);
        if (at < 0) at = list.length - 1;
      }
    } else {
      at = (at + (direction === 'next' ? 1 : -1) + list.length) % list.length;
    }
    const target = list[at];
    return target ? this.revealMention(target, list, true) : null;
  }

  /** Goes to the mention at `index` of the page report; null when the index is out of range. */
  reveal(index: number, takeFocus: boolean): Revealed | null {
    const list = this.mentions();
    const target = list[index];
    return target ? this.revealMention(target, list, takeFocus) : null;
  }

  private revealMention(target: PaintedMention, list: PaintedMention[], takeFocus: boolean): Revealed | null {
    const range = liveRange(this.doc, target);
    if (!range) return null;
    scrollToRange(this.doc, range);
    this.last = target;
    this.card.close();
    this.card.open([target], { takeFocus, markAnchor: true, byHover: false });
    return { index: list.indexOf(target), total: list.length, text: target.mention.text };
  }
}

function findLastIndex<T>(items: T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i] as T)) return i;
  return -1;
}

/**
 * Scrolls so that `range` sits in the upper third of the viewport. Its element is scrolled into
 * view first, which also scrolls any scrolling container it is in; then the window is moved by
 * the range's own position, since a long paragraph can be taller than the viewport.
 */
function scrollToRange(doc: Document, range: Range): void {
  const view = doc.defaultView;
  const element = range.startContainer.parentElement;
  if (!view || !element) return;
  const before = range.getBoundingClientRect();
  if (before.top >= 0 && before.bottom <= view.innerHeight) return;
  element.scrollIntoView({ block: 'nearest', inline: 'nearest', behavior: 'instant' });
  const rect = range.getBoundingClientRect();
  const target = view.innerHeight / 3;
  if (rect.top < 0 || rect.bottom > view.innerHeight) view.scrollBy({ top: rect.top - target, behavior: 'instant' });
}
