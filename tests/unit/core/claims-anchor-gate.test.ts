import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mayHoldAnchor } from '../../../src/core/claims';
import { DESCRIPTIONS, descriptionAnchors } from '../../../src/core/lexicon/descriptions';
import { foldText } from '../../../src/core/normalize';
import { lowerSameLength } from '../../../src/core/stance';

describe('mayHoldAnchor (src/core/claims.ts)', () => {
  it('says maybe wherever the lower-cased text holds an anchor word, the test it runs before', () => {
    // Pieces of anchor words, with the characters folding treats apart: capitals, the Kelvin sign
    // (lower-cased to "k"), a dotted capital I, marks, soft hyphens, joiners, apostrophes, dashes.
    const piece = fc.constantFrom(
      'group',
      'GROUP',
      'gro',
      'up',
      'Militants',
      'remains',
      'netwo',
      'r',
      'k',
      '\u212a',
      'İ',
      'ı',
      'e\u0301',
      '\u00ad',
      '\u200d',
      '’',
      "'",
      '-',
      '—',
      ' ',
      '  ',
      '\n',
      'ﬁ',
      'the ',
    );
    const text = fc.array(piece, { maxLength: 14 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (t) => {
        for (const entry of DESCRIPTIONS.entries) {
          const lower = lowerSameLength(t);
          if (descriptionAnchors(entry).some((w) => lower.includes(w))) expect(mayHoldAnchor(entry, foldText(t).text)).toBe(true);
        }
      }),
      { numRuns: 2_000 },
    );
  });

  it('says no for a block that holds no anchor word', () => {
    const entry = DESCRIPTIONS.entries[0]!;
    expect(mayHoldAnchor(entry, foldText('The harbour bridge reopened on Tuesday.').text)).toBe(false);
    expect(mayHoldAnchor(entry, foldText('The GROUP met again.').text)).toBe(true);
  });
});
