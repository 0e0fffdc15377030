import { describe, expect, it } from 'vitest';
import { isSpaceCode, phraseFinder } from '../../../../src/core/lexicon/phrases';

const found = (forms: string[], text: string, overlapping = false): string[] =>
  phraseFinder(forms)
    .find(text, 0, text.length, overlapping)
    .map((m) => `${m.form}@${m.start}`);

describe('isSpaceCode', () => {
  it("is white space exactly where the regular expressions' \\s is, for every UTF-16 unit", () => {
    const differ: number[] = [];
    for (let c = 0; c < 0x10000; c++) if (isSpaceCode(c) !== /\s/.test(String.fromCharCode(c))) differ.push(c);
    expect(differ).toEqual([]);
  });
});

describe('phraseFinder', () => {
  it('finds the longest form at a position, across any white space', () => {
    expect(found(['no', 'no longer', 'no longer poses'], 'isis no  longer\nposes a threat')).toEqual(['no longer poses@5']);
  });

  it('starts and ends forms at word boundaries only', () => {
    expect(found(['still', 'war'], 'stillness of the warlord, still at war')).toEqual(['still@26', 'war@35']);
    expect(found(['say'], "essays and o'say")).toEqual([]);
  });

  it('lets forms that begin with an apostrophe or "n\'t" attach inside the word before', () => {
    expect(found(["n't", "'ll", 'does'], "it doesn't and we'll")).toEqual(["n't@7", "'ll@17"]);
  });

  it('reads inside a match only when asked for overlapping phrases', () => {
    expect(found(['is finished', 'finished as'], 'it is finished as a force')).toEqual(['is finished@3']);
    expect(found(['is finished', 'finished as'], 'it is finished as a force', true)).toEqual(['is finished@3', 'finished as@6']);
  });

  it('stays within the bounds it is given', () => {
    const text = 'they still want it still';
    expect(
      phraseFinder(['still want', 'still'])
        .find(text, 0, 10)
        .map((m) => m.form),
    ).toEqual(['still']);
  });

  it('refuses a listed phrase that is a regular expression in disguise', () => {
    expect(() => phraseFinder(['raised concerns?'])).toThrow(/concern\[s\]/);
  });
});
