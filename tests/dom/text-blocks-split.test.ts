// @vitest-environment happy-dom
/**
 * Tests for `splitLongSegment` in src/content/text-blocks.ts: a huge segment (a 1 MB text node)
 * is cut into pieces the scanner can yield between, cut at sentence ends or spaces, and every
 * piece still maps its offsets back to the exact characters of the page.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { locate, MAX_SEGMENT_LENGTH, splitLongSegment, type TextSegment } from '../../src/content/text-blocks';

/** A segment over `parts`, one text node each, inside a fresh paragraph. */
function segmentOf(parts: string[]): TextSegment {
  const p = document.createElement('p');
  const nodes = parts.map((part) => p.appendChild(document.createTextNode(part)));
  const starts: number[] = [];
  let at = 0;
  for (const part of parts) {
    starts.push(at);
    at += part.length;
  }
  return { block: p, nodes, starts, text: parts.join('') };
}

/** The characters `locate` points at for [start, end) of a piece, read from the nodes. */
function readBack(piece: TextSegment, start: number, end: number): string {
  const a = locate(piece, start, false);
  const b = locate(piece, end, true);
  const range = document.createRange();
  range.setStart(a.node, a.offset);
  range.setEnd(b.node, b.offset);
  return range.toString();
}

describe('splitLongSegment', () => {
  it('leaves an ordinary segment whole', () => {
    const segment = segmentOf(['A short paragraph.']);
    expect(splitLongSegment(segment)).toEqual([segment]);
  });

  it('cuts one huge text node at sentence ends, each piece within the limit', () => {
    const sentence = 'Officials met in Baghdad on Tuesday to discuss the talks. ';
    const segment = segmentOf([sentence.repeat(Math.ceil((MAX_SEGMENT_LENGTH * 3) / sentence.length))]);
    const pieces = splitLongSegment(segment);
    expect(pieces.length).toBeGreaterThanOrEqual(3);
    expect(pieces.map((piece) => piece.text).join('')).toBe(segment.text);
    for (const piece of pieces) {
      expect(piece.text.length).toBeLessThanOrEqual(MAX_SEGMENT_LENGTH);
      expect(piece.text.endsWith('. ') || piece === pieces.at(-1)).toBe(true);
      expect(readBack(piece, 0, piece.text.length)).toBe(piece.text);
    }
  });

  it('maps every offset of every piece back to the page, whatever the node boundaries', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ minLength: 1, maxLength: 40 }), { minLength: 1, maxLength: 30 }),
        fc.integer({ min: 20, max: 200 }),
        (parts, max) => {
          const segment = segmentOf(parts);
          const pieces = splitLongSegment(segment, max);
          expect(pieces.map((piece) => piece.text).join('')).toBe(segment.text);
          for (const piece of pieces) {
            expect(piece.text.length).toBeLessThanOrEqual(max);
            const mid = piece.text.length >> 1;
            expect(readBack(piece, 0, mid)).toBe(piece.text.slice(0, mid));
            expect(readBack(piece, mid, piece.text.length)).toBe(piece.text.slice(mid));
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
