/**
 * Painted mentions: what the scanner painted and where, with the two orders the content script
 * reads them in. The scanner makes them; the hover hit-test, the card and the keyboard navigator
 * read them. Both orders put a name before a claim: a name painted inside a claim sentence is
 * drawn above it (see highlighter.ts), so it is what the reader sees first there.
 */
import type { ClaimSide } from '../core/claim-sides';
import type { Mention } from '../core/matcher';
import type { HighlightKind } from './highlighter';
import type { TextSegment } from './text-blocks';

/** One painted mention: what it is, where it is, and how it is painted. */
export interface PaintedMention {
  /** The pack it belongs to. */
  readonly packId: string;
  /** The matcher's mention, offsets relative to the segment. */
  readonly mention: Mention;
  /** The highlight it is painted with. */
  readonly kind: HighlightKind;
  /** For claims, which side of the article's oppositions it is on. */
  readonly side?: ClaimSide;
  /** The painted range. */
  readonly range: StaticRange;
  /** The segment it lies in. */
  readonly segment: TextSegment;
}

/** Names rank before claims wherever two mentions meet. */
const kindRank = (painted: PaintedMention): number => (painted.kind === 'actor' ? 0 : 1);

/** Orders mentions that cover one point (under the pointer): names first, then claims. */
export function actorsFirst(a: PaintedMention, b: PaintedMention): number {
  return kindRank(a) - kindRank(b);
}

/**
 * Orders the mentions of one segment as they are read: by where they start, and at one position
 * the name before the claim (a sentence that opens with a name).
 */
export function inReadingOrder(a: PaintedMention, b: PaintedMention): number {
  return a.mention.start - b.mention.start || actorsFirst(a, b);
}

/** A live `Range` over a painted mention's static range, for measuring; null if the page changed under it. */
export function liveRange(doc: Document, painted: PaintedMention): Range | null {
  const { range } = painted;
  if (!range.startContainer.isConnected || !range.endContainer.isConnected) return null;
  try {
    const live = doc.createRange();
    live.setStart(range.startContainer, range.startOffset);
    live.setEnd(range.endContainer, range.endOffset);
    return live;
  } catch {
    // The text shrank since the range was painted; the scanner will repaint it.
    return null;
  }
}
