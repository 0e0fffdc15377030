import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isUpperCaseWord, mayBeSpacesOfSpaces, wordAfter, wordBefore } from '../../../src/core/context';

/** The patterns the three functions stand for, as they were used before they had an ASCII path. */
const WORD_BEFORE = /([\p{L}\p{M}\p{N}.'’]+)[\s\u00a0]+$/u;
const WORD_AFTER = /^[\s\u00a0]+([\p{L}\p{M}\p{N}]+)/u;
const before = (text: string, start: number): string | null => WORD_BEFORE.exec(text.slice(Math.max(0, start - 40), start))?.[1] ?? null;
const after = (text: string, end: number): string | null => WORD_AFTER.exec(text.slice(end, end + 40))?.[1] ?? null;

/** Text biased towards what the patterns treat specially: spaces of every kind, marks, apostrophes, astral letters. */
const piece = fc.constantFrom(
  'Gen.',
  'al',
  'O’Neil',
  "it's",
  ' ',
  '  ',
  '\u00a0',
  '\t',
  '\n',
  '\u2009',
  ',',
  '-',
  'é',
  'e\u0301',
  '𝐀',
  'Ω',
  '٣',
  '7',
  'AB',
  'x',
);
const text = fc.array(piece, { maxLength: 14 }).map((parts) => parts.join(''));

describe('wordBefore and wordAfter', () => {
  it.each([
    ['said Gen. Leahy', 10, 'Gen.'],
    ['the premier\u00a0Sudani', 12, 'premier'],
    ['met  Leahy', 5, 'met'],
    ['(Leahy', 1, null],
  ])('read the word before a hit: %j at %i', (t, at, expected) => {
    expect(wordBefore(t, at)).toBe(expected);
    expect(before(t, at)).toBe(expected);
  });

  it.each([
    ['Minister Sudani said', 8, 'Sudani'],
    ['Minister Café', 8, 'Café'],
    ['Minister, Sudani', 8, null],
  ])('read the word after a hit: %j at %i', (t, at, expected) => {
    expect(wordAfter(t, at)).toBe(expected);
    expect(after(t, at)).toBe(expected);
  });

  it('answer as the patterns do at every offset', () => {
    fc.assert(
      fc.property(text, (t) => {
        for (let at = 0; at <= t.length; at++) {
          expect(wordBefore(t, at)).toBe(before(t, at));
          expect(wordAfter(t, at)).toBe(after(t, at));
        }
      }),
      { numRuns: 1_500 },
    );
  });
});

describe('isUpperCaseWord', () => {
  it.each([
    ['NATO', true],
    ['ÉTAT', true],
    ['NaTO', false],
    ['G7', false],
    ['', false],
  ])('%j', (word, expected) => {
    expect(isUpperCaseWord(word)).toBe(expected);
    expect(/^[\p{Lu}]+$/u.test(word)).toBe(expected);
  });

  it('answers as the pattern does', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(isUpperCaseWord(t)).toBe(/^[\p{Lu}]+$/u.test(t));
      }),
      { numRuns: 2_000 },
    );
  });
});

describe('mayBeSpacesOfSpaces', () => {
  it.each([
    [' of the Interior', true],
    ['\u00a0of\u00a0Defence', true],
    [' officials', false],
    ['of Defence', false],
    [' said', false],
  ])('%j', (t, expected) => {
    expect(mayBeSpacesOfSpaces(t, 0)).toBe(expected);
  });

  it('is true wherever spaces, "of" and spaces follow', () => {
    const of = fc.constantFrom('of', 'off', 'o', ' ', '\u00a0', '\t', 'the', 'Él', '.');
    fc.assert(
      fc.property(fc.array(of, { maxLength: 8 }), (parts) => {
        const t = parts.join('');
        for (let at = 0; at <= t.length; at++)
          if (/^[\s\u00a0]+of[\s\u00a0]+/u.test(t.slice(at, at + 60))) expect(mayBeSpacesOfSpaces(t, at)).toBe(true);
      }),
      { numRuns: 1_500 },
    );
  });
});
