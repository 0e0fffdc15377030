import fc from 'fast-check';
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

  it('finds what trying every form at every position finds (the index by first and second word loses nothing)', () => {
    // A naive reading of the same rules: at each place a word starts (or an attached form may),
    // the longest form that matches, a space standing for any run of white space.
    const naive = (forms: string[], text: string): string[] => {
      const sorted = [...new Set(forms)].sort((a, b) => b.length - a.length);
      const isWord = (c: string | undefined): boolean => c !== undefined && /[a-z0-9]/.test(c);
      const out: string[] = [];
      let p = 0;
      while (p < text.length) {
        const wordStart = p === 0 || (!isWord(text[p - 1]) && text[p - 1] !== "'");
        const attachedHere = text[p] === "'" || (text[p] === 'n' && text[p + 1] === "'");
        const form = sorted.find((f) => {
          if (!(f.startsWith("'") || f.startsWith("n'") ? attachedHere || wordStart : wordStart)) return false;
          const pattern = new RegExp(`^${f.replace(/[.]/g, '\\.').replace(/ /g, '\\s+')}(?![a-z0-9])`);
          return pattern.test(text.slice(p));
        });
        if (form) {
          const length = new RegExp(`^${form.replace(/[.]/g, '\\.').replace(/ /g, '\\s+')}`).exec(text.slice(p))![0].length;
          out.push(`${form}@${p}`);
          p = Math.max(p + 1, p + length);
        } else p++;
      }
      return out;
    };
    const word = fc.constantFrom(
      'is',
      'has',
      'no',
      'longer',
      'a',
      'threat',
      'still',
      'not',
      "isn't",
      "n't",
      "'s",
      'pull-out',
      'u.s.',
      'isis',
    );
    const form = fc.array(word, { minLength: 1, maxLength: 3 }).map((words) => words.join(' '));
    const text = fc
      .array(fc.tuple(word, fc.constantFrom(' ', '  ', '\n', ', ', '-', '')), { maxLength: 12 })
      .map((parts) => parts.map(([w, gap]) => w + gap).join(''));
    fc.assert(
      fc.property(fc.array(form, { minLength: 1, maxLength: 12 }), text, (forms, t) => {
        expect(found(forms, t)).toEqual(naive(forms, t));
      }),
      { numRuns: 400 },
    );
  });

  it('indexes the forms of a first word only when a text holds that word, and finds the same on every later call', () => {
    const finder = phraseFinder(['is still', 'is no longer', 'has ended', 'no longer', 'remains']);
    expect(finder.indexedWords()).toBe(0);
    const text = 'it is no longer a threat but remains one';
    const first = finder.find(text, 0, text.length).map((m) => `${m.form}@${m.start}`);
    expect(first).toEqual(['is no longer@3', 'remains@29']);
    // "is" and "remains" were asked for ("no" was read inside a match); "has" never was.
    expect(finder.indexedWords()).toBe(2);
    expect(finder.find(text, 0, text.length).map((m) => `${m.form}@${m.start}`)).toEqual(first);
    expect(finder.indexedWords()).toBe(2);
  });

  it('refuses a listed phrase that is a regular expression in disguise', () => {
    expect(() => phraseFinder(['raised concerns?'])).toThrow(/concern\[s\]/);
  });
});
