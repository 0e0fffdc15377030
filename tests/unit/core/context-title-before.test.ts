import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { hasTitleBefore } from '../../../src/core/context';
import { HONORIFICS, TITLES } from '../../../src/core/lexicon/names';

/** The pattern `hasTitleBefore` stands for, written out as it was before it had a cheap test in front. */
const reference = new RegExp(
  `(?:^|[^\\p{L}])(?:${TITLES.filter((t) => !HONORIFICS.has(t.toLowerCase().replace(/\.$/, '')))
    .map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|')})\\s+$`,
  'iu',
);

describe('hasTitleBefore', () => {
  it.each([
    ['the talks were led by Prime Minister ', true],
    ['said Maj. Gen. ', true],
    ['a statement from Foreign Minister\u00a0', true],
    ['(Defense Secretary ', true],
    ['PRIME MINISTER ', true],
  ])('finds a title right before the name: %j', (before, expected) => {
    expect(hasTitleBefore(before)).toBe(expected);
    expect(reference.test(before)).toBe(expected);
  });

  it.each(['the ministers met ', 'said Mr. ', 'a former ', 'Prime Minister', 'administer ', 'the sinister ', ''])(
    'finds none where the last word is no title or no space follows: %j',
    (before) => {
      expect(hasTitleBefore(before)).toBe(false);
      expect(reference.test(before)).toBe(false);
    },
  );

  it('answers as the pattern does, on text made of pieces of titles', () => {
    const piece = fc.constantFrom(
      ...TITLES.slice(0, 40),
      ' ',
      '  ',
      '\u00a0',
      '.',
      '-',
      'x',
      'é',
      'ſ',
      '\u212a',
      'minister',
      'GEN',
      'Mr',
      'the',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
        const before = pieces.join('');
        expect(hasTitleBefore(before)).toBe(reference.test(before));
      }),
      { numRuns: 3_000 },
    );
  });
});
