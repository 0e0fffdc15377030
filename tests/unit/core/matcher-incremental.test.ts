/**
 * The matcher's per-block API (namedActors, dependsOnPage, resolveBlock), which the content script
 * uses to re-resolve only the blocks a page change touched, must agree with the whole-page resolve.
 */
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../../src/core/matcher';
import { testPack } from './test-pack';

const matcher = createMatcher(testPack);

describe('matcher per-block resolution', () => {
  const blocks = [
    'Leahy spoke to reporters after the meeting.',
    'Nothing about the story here.',
    'Maj. Gen. Kevin C. Leahy leads the coalition against ISIS.',
    'Daesh remains a threat, officials said.',
  ];

  it('gives the same mentions as resolving the whole page at once', () => {
    const scans = blocks.map((text) => matcher.scanBlock(text));
    const named = new Set(scans.flatMap((scan) => matcher.namedActors(scan)));
    expect(scans.map((scan) => matcher.resolveBlock(scan, named))).toEqual(matcher.resolve(scans));
  });

  it('tells which blocks depend on the rest of the page', () => {
    const [lone, , full] = blocks.map((text) => matcher.scanBlock(text));
    expect(matcher.dependsOnPage(lone!)).toBe(true);
    expect(matcher.namedActors(full!)).toContain('kevin-leahy');
    // Alone, the bare surname is not our actor; once the page names him in full, it is.
    expect(matcher.resolveBlock(lone!, new Set()).map((m) => m.id)).toEqual([]);
    expect(matcher.resolveBlock(lone!, new Set(['kevin-leahy'])).map((m) => m.id)).toEqual(['kevin-leahy']);
  });
});
