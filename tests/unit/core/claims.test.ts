import { describe, expect, it } from 'vitest';
import { createMatcher, type ClaimMention } from '../../../src/core/matcher';
import { roughSentences } from '../../../src/core/claims';
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
