import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DESCRIPTIONS, descriptionRe, mayHoldDescription } from '../../../../src/core/lexicon/descriptions';

/** Whether the entry's pattern finds a description in `low`. */
function patternFinds(entry: (typeof DESCRIPTIONS.entries)[number], low: string): boolean {
  return descriptionRe(entry).test(low);
}

describe('mayHoldDescription', () => {
  const entry = DESCRIPTIONS.entries[0]!;

  it.each(['the rebels said the militants had left.', 'what  remains of the group', 'the\nmilitant network'])(
    'lets through a text with a description: %j',
    (low) => {
      expect(patternFinds(entry, low)).toBe(true);
      expect(mayHoldDescription(entry, low)).toBe(true);
    },
  );

  it.each(['the islamic state group remains active.', 'a group of hikers remains lost.', 'themilitants'])(
    'answers alone for a text with anchor words but no description: %j',
    (low) => {
      expect(patternFinds(entry, low)).toBe(false);
      expect(mayHoldDescription(entry, low)).toBe(false);
    },
  );

  it('never says no where the pattern finds a description', () => {
    const piece = fc.constantFrom(
      'the',
      'what',
      'remains',
      'of',
      'group',
      'militants',
      'militant',
      'is',
      'armed',
      ' ',
      '\t',
      'x',
      '-',
      '.',
    );
    for (const e of DESCRIPTIONS.entries) {
      fc.assert(
        fc.property(fc.array(piece, { maxLength: 10 }), (pieces) => {
          const low = pieces.join('');
          if (patternFinds(e, low)) expect(mayHoldDescription(e, low)).toBe(true);
        }),
        { numRuns: 3_000 },
      );
    }
  });
});
