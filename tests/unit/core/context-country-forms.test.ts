import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { COUNTRY_FORMS, countryFormsIn } from '../../../src/core/context';

/** The alternation `countryFormsIn` replaced, written out as it was. */
const reference = new RegExp(
  `(?<![\\p{L}.])(?:${[...COUNTRY_FORMS.keys()]
    .sort((a, b) => b.length - a.length)
    .map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|')})(?=-led\\b|-backed\\b|\\s+(?!(?:of|and|or|to|the|in|on|for|at|by)\\b)\\p{L})`,
  'gu',
);
const byReference = (text: string): { index: number; form: string }[] =>
  [...text.matchAll(reference)].map((m) => ({ index: m.index, form: m[0] }));

describe('countryFormsIn', () => {
  it.each([
    ['US troops', [{ index: 0, form: 'US' }]],
    ['the U.S.-led coalition', [{ index: 4, form: 'U.S.' }]],
    ["Iraq's security forces", [{ index: 0, form: "Iraq's" }]],
    ['American and French advisers', [{ index: 13, form: 'French' }]],
    ['USA troops', []],
    ['a.US troops', []],
  ])('finds the country forms before a noun in %j', (text, expected) => {
    expect(countryFormsIn(text)).toEqual(expected);
    expect(byReference(text)).toEqual(expected);
  });

  it('finds what the alternation found, on text made of country forms', () => {
    const piece = fc.constantFrom(
      ...[...COUNTRY_FORMS.keys()].slice(0, 60),
      'US',
      'U.S.',
      'U.S',
      'United States',
      'American',
      "Iraq's",
      ' ',
      '  ',
      '-led',
      '-backed',
      ' troops',
      ' of',
      ' the',
      '.',
      'x',
      'É',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }), (pieces) => {
        const text = pieces.join('');
        expect(countryFormsIn(text)).toEqual(byReference(text));
      }),
      { numRuns: 3_000 },
    );
  });
});
