/**
 * The matcher's per-block API (pageKeys, pageContext, dependsOnPage, resolveBlock), which the
 * content script uses to re-resolve only the blocks a page change touched, must agree with the
 * whole-page resolve.
 */
import { describe, expect, it } from 'vitest';
import { createMatcher, type BlockScan } from '../../../src/core/matcher';
import { testPack } from './test-pack';

const matcher = createMatcher(testPack);

/** The summed page keys of some blocks, as the content script keeps them. */
function sum(scans: readonly BlockScan[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const scan of scans) for (const [key, n] of matcher.pageKeys(scan)) counts.set(key, (counts.get(key) ?? 0) + n);
  return counts;
}

describe('matcher per-block resolution', () => {
  const blocks = [
    'Leahy spoke to reporters after the meeting.',
    'Nothing about the story here.',
    'Maj. Gen. Kevin C. Leahy leads the coalition against ISIS.',
    'Daesh remains a threat, officials said.',
  ];

  it('gives the same mentions as resolving the whole page at once', () => {
    const scans = blocks.map((text) => matcher.scanBlock(text));
    const page = matcher.pageContext(sum(scans));
    expect(scans.map((scan) => matcher.resolveBlock(scan, page))).toEqual(matcher.resolve(scans));
  });

  it('tells which blocks depend on the rest of the page', () => {
    const [lone, , full] = blocks.map((text) => matcher.scanBlock(text));
    expect(matcher.dependsOnPage(lone!)).toBe(true);
    expect([...matcher.pageKeys(full!).keys()]).toContain('kevin-leahy');
    // Alone, the bare surname is not our actor; once the page names him in full, it is.
    expect(matcher.resolveBlock(lone!, matcher.pageContext(sum([lone!]))).map((m) => m.id)).toEqual([]);
    expect(matcher.resolveBlock(lone!, matcher.pageContext(sum([lone!, full!]))).map((m) => m.id)).toEqual(['kevin-leahy']);
  });

  it('changes the context signature only when a decision changes', () => {
    const scans = blocks.map((text) => matcher.scanBlock(text));
    const a = matcher.pageContext(sum(scans));
    const b = matcher.pageContext(sum([...scans, matcher.scanBlock('More words about the weather, nothing else.')]));
    expect(b.signature).toBe(a.signature);
    const c = matcher.pageContext(sum([matcher.scanBlock('The weather was fine.')]));
    expect(c.signature).not.toBe(a.signature);
  });
});
