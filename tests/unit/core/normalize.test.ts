import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { countWords, foldString, foldText, isFoldBoundary, toOriginalRange } from '../../../src/core/normalize';

/** Text biased towards the characters folding treats specially. */
const special = fc.constantFrom(
  'a',
  'Z',
  'é',
  'e\u0301',
  'İ',
  'Σ',
  'ß',
  'ﬁ',
  '½',
  ' ',
  '\u00a0',
  '\t',
  '\n',
  '-',
  '\u2011',
  '\u2014',
  "'",
  '’',
  '“',
  '"',
  '\u200b',
  '\u00ad',
  'ـ',
  'أ',
  'إ',
  'آ',
  'ة',
  'ى',
  'َ',
  '😀',
  '\ud800',
  '\udc00',
  'ＡＢ',
  '\u00b4',
  '\ufdfa',
  'I',
  's',
);
const mixedText = fc
  .array(fc.oneof(special, fc.string({ unit: 'binary', maxLength: 4 })), { maxLength: 40 })
  .map((parts) => parts.join(''));
const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 60 }), mixedText);

describe('foldText', () => {
  it.each([
    ['al-Sudani'],
    ['al Sudani'],
    ['Al Sudani'],
    ['al\u2011Sudani'],
    ['AL\u00a0—\u00a0SUDANI'],
    ['al  \n Sudani'],
    ['al-\u200bSudani'],
  ])('folds %j like "al sudani"', (input) => {
    expect(foldString(input)).toBe('al sudani');
  });

  it('removes diacritics, soft hyphens and zero-width characters', () => {
    expect(foldString('Ré\u00adsumé\u200b')).toBe('resume');
    expect(foldString('Ka\u0308rcher')).toBe('karcher');
  });

  it('drops apostrophes of every kind and unifies double quotes', () => {
    expect(foldString('Da’esh')).toBe(foldString("Da'esh"));
    expect(foldString('Daʿesh')).toBe('daesh');
    expect(foldString('“ISIS” «x»')).toBe('"isis" "x"');
  });

  it('folds Arabic alef forms, ta marbuta and tatweel, keeping the letters', () => {
    expect(foldString('أإآا')).toBe('اااا');
    expect(foldString('دولة')).toBe(foldString('دوله'));
    expect(foldString('داعـــش')).toBe('داعش');
    expect(foldString('مُحَمَّد')).toBe('محمد');
  });

  it('keeps case when asked', () => {
    expect(foldString('ISIS is', { caseFold: false })).toBe('ISIS is');
    expect(foldString('Isís', { caseFold: false })).toBe('Isis');
  });

  it('property: folded characters map to ordered, disjoint original ranges (an expansion shares one)', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const folded = foldText(text);
        for (let i = 0; i < folded.text.length; i++) {
          expect(folded.startOf(i)).toBeLessThan(folded.endOf(i));
          expect(folded.endOf(i)).toBeLessThanOrEqual(text.length);
          if (i > 0 && folded.startOf(i) !== folded.startOf(i - 1)) expect(folded.startOf(i)).toBeGreaterThanOrEqual(folded.endOf(i - 1));
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('maps folded offsets back to the exact original characters', () => {
    const folded = foldText('Sudani’s  al\u2011Sudani');
    const at = folded.text.indexOf('al sudani');
    const [start, end] = toOriginalRange(folded, at, at + 'al sudani'.length);
    expect(folded.original.slice(start, end)).toBe('al\u2011Sudani');
  });

  it('property: every folded range maps back to a valid original range', () => {
    fc.assert(
      fc.property(anyText, fc.nat(), fc.nat(), (text, x, y) => {
        const folded = foldText(text);
        const n = folded.text.length;
        const a = n === 0 ? 0 : x % (n + 1);
        const b = n === 0 ? 0 : a + (y % (n - a + 1));
        const [start, end] = toOriginalRange(folded, a, b);
        expect(start).toBeGreaterThanOrEqual(0);
        expect(end).toBeGreaterThanOrEqual(start);
        expect(end).toBeLessThanOrEqual(text.length);
      }),
      { numRuns: 2000 },
    );
  });

  it('property: folding the original slice of a folded range gives the folded slice', () => {
    fc.assert(
      fc.property(anyText, fc.nat(), fc.nat(), fc.boolean(), (text, x, y, caseFold) => {
        const folded = foldText(text, { caseFold });
        const n = folded.text.length;
        let a = n === 0 ? 0 : x % (n + 1);
        let b = n === 0 ? 0 : a + (y % (n - a + 1));
        // A range must not split the expansion of one original character ("ﬁ" folds to "fi").
        while (!isFoldBoundary(folded, a)) a--;
        while (!isFoldBoundary(folded, b)) b++;
        const [start, end] = toOriginalRange(folded, a, b);
        expect(foldString(text.slice(start, end), { caseFold })).toBe(folded.text.slice(a, b));
      }),
      { numRuns: 3000 },
    );
  });

  it('property: folded text never holds two spaces in a row, a dash or a soft hyphen', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const out = foldString(text);
        expect(out).not.toMatch(/ {2}|[\u00ad\u200b\u2010-\u2015-]/);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('countWords', () => {
  it('counts runs of letters and digits in any script, apostrophes and hyphens splitting them', () => {
    expect(countWords('')).toBe(0);
    expect(countWords('  ISIS is no longer a threat, al-Sudani said in 2024.')).toBe(11);
    expect(countWords('Sudani’s office: “إن داعش” — ٢٠٢٤')).toBe(6);
    expect(countWords('𝐁old 𝟏2')).toBe(2);
  });

  it('property: counts what the pattern matches, on any text', () => {
    const pieces = fc.constantFrom('a', 'Z', '7', ' ', '-', '’', 'é', 'ß', 'ا', '٣', '𝐁', '😀', '\ud800', '\u00a0', '_', '.');
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string({ maxLength: 4 })), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        expect(countWords(text)).toBe(text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0);
      }),
    );
  });
});
