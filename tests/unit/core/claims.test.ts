import { describe, expect, it } from 'vitest';
import { createMatcher, type ClaimMention } from '../../../src/core/matcher';
import fc from 'fast-check';
import { blockChecks, createClaimModel, roughSentences } from '../../../src/core/claims';
import { CONCEPTS } from '../../../src/core/lexicon/concepts';
import { testPack } from './test-pack';

const matcher = createMatcher(testPack);

/** The claim ids stated by one block. */
function claimsIn(text: string): string[] {
  return matcher
    .resolve([matcher.scanBlock(text)])
    .flat()
    .filter((m): m is ClaimMention => m.kind === 'claim')
    .map((m) => m.id);
}

describe('claim matching', () => {
  it.each([
    ['Islamic State no longer endangers Iraq.', 'isis-no-longer-a-threat'],
    ['ISIS is no longer a threat, the prime minister said.', 'isis-no-longer-a-threat'],
    ['Officials say Daesh is no longer a danger to the country.', 'isis-no-longer-a-threat'],
    ['Daesh remains a threat.', 'isis-still-a-threat'],
    ['The Islamic State group still threatens the region.', 'isis-still-a-threat'],
    ['US officials warn that ISIS continues to pose a threat.', 'isis-still-a-threat'],
    ['A raid killed 14 ISIS fighters and left seven US troops wounded.', 'isis-still-a-threat'],
  ])('our paraphrase %j states %s', (sentence, claim) => {
    expect(claimsIn(sentence)).toEqual([claim]);
  });

  it.each([
    ['The goddess Isis is no longer a threat to anyone.'],
    ['ISIS fighters attacked a village.'],
    ['The threat from floods remains high.'],
    ['Some say ISIS is no longer a threat, others that it remains one.'],
    ['If ISIS remains a threat, troops will stay.'],
    ['Daesh. It is still a threat to the old dam, engineers said.'],
  ])('does not state a claim: %j', (sentence) => {
    expect(claimsIn(sentence)).toEqual([]);
  });

  it('spans the whole sentence and explains each cue in the page’s words', () => {
    const text = 'Talks went on. Maj. Gen. Leahy agreed that Daesh remains a threat. Then lunch.';
    const [claim] = matcher
      .resolve([matcher.scanBlock(text)])
      .flat()
      .filter((m): m is ClaimMention => m.kind === 'claim');
    expect(claim?.text).toBe('Maj. Gen. Leahy agreed that Daesh remains a threat.');
    expect(text.slice(claim!.start, claim!.end)).toBe(claim!.text);
    expect(claim?.via).toBe('topic');
    expect(claim?.cues).toEqual([
      { label: 'ISIS', text: 'Daesh', role: 'subject' },
      { label: 'a threat', text: 'threat', role: 'predicate' },
      { label: 'says it goes on', text: 'remains', role: 'stance' },
    ]);
    expect(claim?.explanation).toContain('ISIS is still a threat.');
  });

  it('marks evidence matches as such', () => {
    const [claim] = matcher
      .resolve([matcher.scanBlock('A raid killed 14 militants and wounded seven American troops.')])
      .flat()
      .filter((m): m is ClaimMention => m.kind === 'claim');
    expect(claim?.via).toBe('evidence');
    expect(claim?.cues.map((c) => c.text)).toEqual(['14 militants', 'seven American troops']);
  });

  it('needs the actor mention to count: "IS" alone does not satisfy the ISIS group', () => {
    expect(claimsIn('IS is no longer a threat.')).toEqual([]);
  });
});

describe('roughSentences', () => {
  it('cuts only where every segmenter cuts, never after abbreviations', () => {
    const text = 'Maj. Gen. Kevin C. Leahy spoke. The U.S. Army agreed! why not? Yes.';
    expect(roughSentences(text).map((s) => text.slice(s.start, s.end).trim())).toEqual([
      'Maj. Gen. Kevin C. Leahy spoke.',
      'The U.S. Army agreed! why not?',
      'Yes.',
    ]);
  });
});

describe('claim polarity details', () => {
  it('skips questions', () => {
    expect(claimsIn('Is ISIS still a threat?')).toEqual([]);
  });

  it('lets a contrast clause outweigh the clause it answers', () => {
    // "… but still dangerous" is what the sentence holds; what comes before "but" is conceded.
    expect(claimsIn('ISIS is no longer a threat but still dangerous.')).toEqual(['isis-still-a-threat']);
    expect(claimsIn('ISIS has been weakened, but it remains a threat.')).toEqual(['isis-still-a-threat']);
    expect(claimsIn('ISIS once threatened the region but is no longer a danger.')).toEqual(['isis-no-longer-a-threat']);
  });
});

describe('the predicate gate of the claim scan', () => {
  it('property: lets through every block in which some claim may be stated (a necessary condition, never a rule of its own)', () => {
    const model = createClaimModel(testPack);
    const concepts = [...new Set(CONCEPTS.entries.map((c) => c.id))];
    const groups = model.groups.map((_, g) => g);
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...concepts), { maxLength: 6 }),
        fc.uniqueArray(fc.constantFrom(...groups), { maxLength: 3 }),
        (present, termGroups) => {
          const hits = present.map((concept, i) => ({ concept, start: i * 10, end: i * 10 + 5, wordClass: 'x' as const }));
          const terms = termGroups.length > 0 ? [{ start: 100, end: 105, groups: termGroups }] : [];
          const { gate, anyClaim } = blockChecks(model, terms, hits);
          if (anyClaim) expect(gate).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('stops a block whose only concept word names no claim predicate', () => {
    const model = createClaimModel(testPack);
    const used = new Set(model.claims.flatMap((c) => [...c.concepts, ...c.antonyms]));
    const unrelated = CONCEPTS.entries.find((c) => !used.has(c.id) && !model.groups.some((g) => g.concepts.has(c.id)));
    expect(unrelated).toBeDefined();
    const { gate } = blockChecks(model, [], [{ concept: unrelated!.id, start: 0, end: 4, wordClass: 'x' }]);
    expect(gate).toBe(false);
  });
});
