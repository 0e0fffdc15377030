/**
 * What `npm run lexicon:forms` runs (scripts/lexicon-forms.mjs): every word-list pattern the
 * matcher and the builder ask for, with its forms generated without the precomputed table. The
 * modules that use patterns are imported only once the recorder is listening, since several
 * expand their lists when they load. The test of the table (tests/unit/core/lexicon/forms.test.ts)
 * runs it too.
 */
import { generateForms, recordPatterns } from './templates';

/** Sentences that take the matcher through every lazily built list (stance, speech, descriptions). */
const WARM_UP = [
  'The prime minister said on Monday that the militants no longer pose a threat, and that foreign troops should leave.',
  'Officials warned the group remains capable of attacks; they rejected the claim that it was defeated.',
  'If the troops leave, the jihadist group could return, a spokesman told reporters.',
];

/** The forms of every pattern asked for while a matcher and the builder run, by pattern, joined by line breaks. */
export async function collectForms(): Promise<Record<string, string>> {
  const patterns = new Set<string>();
  recordPatterns((pattern) => patterns.add(pattern));
  try {
    const { createMatcher } = await import('../matcher');
    const { loadEmbeddedPack } = await import('../embedded-pack');
    const { CONCEPTS_BY_ID, conceptForms, findConcepts } = await import('./concepts');
    const { createClaimModel, matchText } = await import('../claims');
    const { buildPack } = await import('../builder');
    const matcher = createMatcher(loadEmbeddedPack());
    for (const text of WARM_UP) matcher.scanBlock(text);
    conceptForms(CONCEPTS_BY_ID.keys());
    for (const text of WARM_UP) findConcepts(text);
    // A pack of every concept, as the builder may draft.
    const everyConcept = createClaimModel({
      claims: [...CONCEPTS_BY_ID.keys()].map((id) => ({
        id,
        statement: id,
        speakers: [],
        quotes: [],
        sentences: [],
        evidence: [],
        opposes: [],
        linkedBecause: [],
        frame: {
          subject: { label: 'subject', actors: [], terms: ['the group'], concepts: [] },
          predicate: { label: id, concepts: [id], terms: [] },
          stance: 'asserted',
          evidence: [],
          exclude: [],
        },
      })),
    });
    for (const text of WARM_UP) matchText(everyConcept, text);
    buildPack({ text: WARM_UP.join('\n') });
  } finally {
    recordPatterns(null);
  }
  const out: Record<string, string> = {};
  // No form holds a line break: patterns are phrases of words.
  for (const pattern of [...patterns].sort()) out[pattern] = generateForms(pattern).join('\n');
  return out;
}
