import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { endsWithAbbreviation, followsPlainWord, segmentedSentences, sentencesAround, splitSentences } from '../../../src/core/segment';

const sentences = (text: string): string[] => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('merges the splits every engine makes after titles and initials', () => {
    expect(sentences('US Maj. Gen. Kevin C. Leahy met Mr. Smith and Dr. Jones. ISIS is a threat.')).toEqual([
      'US Maj. Gen. Kevin C. Leahy met Mr. Smith and Dr. Jones.',
      'ISIS is a threat.',
    ]);
    expect(sentences('Lt. Col. Smith lives on St. James Street at No. 5. The U.S. Army agreed.')).toEqual([
      'Lt. Col. Smith lives on St. James Street at No. 5.',
      'The U.S. Army agreed.',
    ]);
  });

  it('ends a sentence after "U.S." or an initial when the next word starts a sentence, and at line breaks', () => {
    expect(sentences('Troops came home to the U.S. The talks ended.')).toEqual(['Troops came home to the U.S.', 'The talks ended.']);
    expect(sentences('Report by Maj. Gen.\nISIS is a threat.')).toEqual(['Report by Maj. Gen.', 'ISIS is a threat.']);
  });

  it('still splits ordinary sentences, questions and exclamations', () => {
    expect(sentences('Will US troops leave? Nobody knows! The talks go on.')).toEqual([
      'Will US troops leave?',
      'Nobody knows!',
      'The talks go on.',
    ]);
  });

  it('knows abbreviations from sentence ends', () => {
    expect(endsWithAbbreviation('Major Gen. ')).toBe(true);
    expect(endsWithAbbreviation('Kevin C. ')).toBe(true);
    expect(endsWithAbbreviation('the U.S. ')).toBe(true);
    expect(endsWithAbbreviation('the threat. ')).toBe(false);
    expect(endsWithAbbreviation('the U.S. ', 'The talks')).toBe(false);
    expect(endsWithAbbreviation('the U.S. ', 'Army said')).toBe(true);
    expect(endsWithAbbreviation('Maj. Gen. ', 'The')).toBe(true);
  });
});

describe('sentencesAround', () => {
  it('returns only the sentences that hold the offsets, once each', () => {
    const text = 'One sentence here. Two is where ISIS sits and ISIS again. Three is far away.';
    const at = [text.indexOf('ISIS'), text.lastIndexOf('ISIS')];
    expect(sentencesAround(text, at).map((s) => text.slice(s.start, s.end))).toEqual(['Two is where ISIS sits and ISIS again.']);
  });

  it('widens a window that would cut the sentence', () => {
    const long = 'This sentence has many words in it and goes on ' + 'and on '.repeat(80) + 'until ISIS appears. Next one.';
    const at = long.indexOf('ISIS');
    const [sentence] = sentencesAround(long, [at], 50);
    expect(long.slice(sentence!.start, sentence!.end)).toBe(long.slice(0, long.indexOf(' Next')));
  });
});

describe('splitSentences without the segmenter', () => {
  const pieces = ['Tom', 'hale', 'left', ' ', ' ', ',', ';', ':', '"', "'", '’', '”', '“', '—', '–', '(', ')', 'é', 'ß', '\u00a0', '\t'];
  const enders = ['.', '!', '?', '\n', '…', '。', '？', '‼', '\u2028', 'U.S.', 'Dr.', '!"', '\u0085'];

  it('reads a text with nothing that could end a sentence before its tail as one sentence, as the segmenter does', () => {
    expect(splitSentences('  Tom said “no” — twice, in Zürich.  ')).toEqual([{ start: 2, end: 35 }]);
  });

  it('property: gives exactly the ranges the segmenter gives, for any text', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...pieces, ...enders), { maxLength: 16 }),
        fc.array(fc.constantFrom(...pieces), { maxLength: 16 }),
        (body, more) => {
          const text = [...body, ...more].join('');
          expect(splitSentences(text)).toEqual(segmentedSentences(text));
          expect(splitSentences(`Tom ${text} left.`, 2)).toEqual(segmentedSentences(`Tom ${text} left.`, 2));
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe('followsPlainWord', () => {
  it('tells a full stop after a plain word from one after a title, an initial or a dotted abbreviation', () => {
    const at = (text: string): boolean => followsPlainWord(text, text.lastIndexOf('.'), 0);
    expect(at('The council met.')).toBe(true);
    expect(at('They met Gen.')).toBe(false);
    expect(at('Kevin C.')).toBe(false);
    expect(at('left the U.S.')).toBe(false);
    expect(at('in Zürich.')).toBe(false);
  });

  it('property: a full stop it calls plain never ends an abbreviation, whatever follows', () => {
    const words = ['Gen', 'gen', 'Dr', 'U.S', 'C', 'c', 'council', 'Jan', 'Jr', 'etc', 'No', 'Zürich', 'x2', '3', 'left', 'St'];
    const glue = [' ', '', '.', '(', '"', '-', '\n'];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...words, ...glue), { maxLength: 8 }),
        fc.constantFrom(' The', ' the', '" Then', ') She', '\nNext'),
        fc.nat(30),
        (before, next, skip) => {
          const head = before.join('');
          const from = Math.min(skip, head.length);
          if (followsPlainWord(head + '.', head.length, from)) expect(endsWithAbbreviation(`${head.slice(from)}. `, next)).toBe(false);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
