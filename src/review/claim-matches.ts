/**
 * Which sentences of the article a claim would be found in, with the very matcher the content
 * script runs on pages (core/matcher.ts): each paragraph of the pack's text is a block, scanned and
 * resolved as a page's blocks are. Each claim is matched on its own, with the pack's actors, so
 * that the answer is what this claim's frame finds, not which of two like claims won a sentence.
 * Results are kept per claim object and actor list, so an edit recomputes only the claim it changed.
 */
import { createMatcher } from '../core/matcher';
import type { Claim, Pack } from '../core/pack';

const cache = new WeakMap<Pack['actors'], WeakMap<Claim, readonly string[]>>();

/** The sentences of the pack's own text that state `claim`, as the content script would find them. */
export function sentencesOf(pack: Pack, claim: Claim): readonly string[] {
  let byClaim = cache.get(pack.actors);
  if (!byClaim) {
    byClaim = new WeakMap();
    cache.set(pack.actors, byClaim);
  }
  const known = byClaim.get(claim);
  if (known) return known;
  const out: string[] = [];
  try {
    const matcher = createMatcher({ ...pack, claims: [{ ...claim, opposes: [] }] });
    const blocks = pack.text.split(/\n+/).filter((line) => line.trim() !== '');
    for (const mentions of matcher.resolve(blocks.map((block) => matcher.scanBlock(block)))) {
      for (const m of mentions) if (m.kind === 'claim' && !out.includes(m.text)) out.push(m.text);
    }
  } catch {
    // A draft mid-edit may not compile (an empty term); nothing is shown until it does.
  }
  byClaim.set(claim, out);
  return out;
}
