import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createLetterRunGate } from '../../../src/core/letter-run-gate';

/** Forms shaped like the country table's: several words, initials with periods, apostrophes, hyphens. */
const FORMS = ['Ruritania', 'New Ruritania', 'R.R.', 'Ruritanian', 'Zenda', 'Graustark-Ost', "Côte d'Azuria", 'Östland'];

/** The shape of pattern the gate guards: a form between non-letters, case as written. */
const bounded = new RegExp(
  `(?<!\\p{L})(?:${[...FORMS]
    .sort((a, b) => b.length - a.length)
    .map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|')})(?!\\p{L})`,
  'u',
);

describe('createLetterRunGate', () => {
  const gate = createLetterRunGate(FORMS)!;

  it.each([
    ['a town in Ruritania last week', true],
    ['the New Ruritania party', true],
    ['R.R. officials', true],
    ['Zenda’s mayor', true],
    ['the Graustark-Ost border', true],
    ['(Östland)', true],
  ])('lets through a text that names a form: %s', (text, expected) => {
    expect(gate(text)).toBe(expected);
    expect(bounded.test(text)).toBe(expected);
  });

  it.each(['Ruritanians voted', 'a ruritania of sorts', 'Zendas', 'RR officials', 'Östlander', 'nothing at all'])(
    'answers alone for a text that holds no form between non-letters: %s',
    (text) => {
      expect(gate(text)).toBe(false);
      expect(bounded.test(text)).toBe(false);
    },
  );

  it('is null when a form does not start with a letter', () => {
    expect(createLetterRunGate(['Zenda', '-Ost'])).toBeNull();
  });

  it('never says no where the pattern matches', () => {
    const piece = fc.constantFrom(...FORMS, ' ', '.', "'", '’', '-', 'a', 'Z', 'é', 's', 'Ruri', 'tania', '\u00a0', '1');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join('');
        if (bounded.test(text)) expect(gate(text)).toBe(true);
      }),
      { numRuns: 2_000 },
    );
  });
});
