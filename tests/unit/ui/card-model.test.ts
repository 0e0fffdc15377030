/**
 * The wording helpers of src/ui/card-model.ts on the embedded pack: who makes a claim, the claim
 * card's lead line, dates and "not stated", matched words and the claim pairs of the popup.
 */
import { describe, expect, it } from 'vitest';
import { loadEmbeddedPack } from '../../../src/core/embedded-pack';
import {
  claimById,
  claimLead,
  claimPairs,
  formatDate,
  joinNames,
  matchedWords,
  shortName,
  sourceLine,
  speakersOf,
  actorById,
} from '../../../src/ui/card-model';

const pack = loadEmbeddedPack();
const claim = (id: string) => {
  const found = claimById(pack, id);
  if (!found) throw new Error(id);
  return found;
};

describe('card-model', () => {
  it('names speakers, or the article itself', () => {
    expect(speakersOf(pack, claim('isis-still-a-threat'))).toBe('United States and US military');
    expect(speakersOf(pack, claim('isis-as-pretext'))).toBe('the article itself');
    expect(joinNames(['A', 'B', 'C'])).toBe('A, B and C');
  });
  it('writes the claim card’s lead line in neutral words', () => {
    expect(claimLead(pack, claim('isis-no-longer-a-threat'), 'claim')).toBe('This restates al-Sudani’s claim:');
    expect(claimLead(pack, claim('isis-still-a-threat'), 'opposing')).toBe('This sides with the opposing claim:');
    expect(claimLead(pack, claim('isis-as-pretext'), 'claim')).toBe('This restates the article’s own claim:');
    expect(claimLead(pack, claim('isis-still-a-threat'), 'claim')).toBe('This restates a claim by United States and US military:');
  });
  it('shortens people to their surname and keeps other names whole', () => {
    expect(shortName(actorById(pack, 'al-sudani')!)).toBe('al-Sudani');
    expect(shortName(actorById(pack, 'isis')!)).toBe('ISIS');
  });
  it('spells out dates and what the pack does not state', () => {
    expect(formatDate('2024-09-10')).toBe('10 September 2024');
    expect(formatDate(undefined)).toBeUndefined();
    expect(sourceLine(pack)).toBe('Outlet not stated · date not stated');
    expect(sourceLine({ ...pack, article: { ...pack.article, outlet: 'The Daily', published: '2024-09-10' } })).toBe(
      'The Daily · 10 September 2024',
    );
  });
  it('lists matched words once each, as the page has them', () => {
    expect(
      matchedWords({
        kind: 'claim',
        id: 'x',
        text: '',
        explanation: '',
        cues: [
          { label: 'a', text: 'ISIS' },
          { label: 'b', text: 'isis' },
          { label: 'c', text: 'threat' },
        ],
      }),
    ).toEqual(['ISIS', 'threat']);
  });
  it('pairs each lead-side claim with every claim that contests it, and keeps uncontested ones apart', () => {
    const { pairs, unpaired } = claimPairs(pack);
    expect(pairs.map((p) => `${p.claim.id}|${p.opposing.id}`)).toEqual([
      'isis-no-longer-a-threat|isis-still-a-threat',
      'us-troops-should-leave|us-reluctant-to-leave',
      'iraqi-forces-can-do-it-alone|isis-still-a-threat',
      'victory-over-isis|isis-still-a-threat',
      'isis-as-pretext|isis-still-a-threat',
    ]);
    expect(unpaired.map((c) => c.id)).toEqual(['coalition-mission-ending']);
  });
});
