/**
 * `wordListPattern` writes a word list as a trie; what it matches must be exactly what the plain
 * alternation of the words, longest first, matches: the same places and the same words, with and
 * without case, on texts made of the words' own pieces so that prefixes, white space, case
 * variants and words running on into letters all occur.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OPPOSITION_SIGNALS, signalPattern } from '../../../../src/core/lexicon/opposition';
import { hasListedWord, wordListPattern } from '../../../../src/core/lexicon/word-lists';

/** The reference: every word, longest first, as one alternation between word boundaries. */
function flatPattern(words: readonly string[]): string {
  const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
  // Spaces single and no white space around a word, as wordListPattern reads a word.
  const sorted = [...new Set(words.map((w) => w.replace(/\s+/g, ' ').trim()))]
    .filter((w) => w.length > 0)
    .sort((a, b) => b.length - a.length);
  return `(?<![\\p{L}\\p{N}])(?:${sorted.map(escape).join('|')})(?![\\p{L}\\p{N}])`;
}

const matches = (source: string, flags: string, text: string) => [...text.matchAll(new RegExp(source, flags))].map((m) => [m.index, m[0]]);

const PIECES = ['de', 'ny', 'nies', 'nied', 'the', 'The', 'charge', 's', ' ', '  ', '.', 'U.S.', 'us', 'US', 'é', 'É', '-', "'"];
const word = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 5 }).map((parts) => parts.join(''));
/** A list of words and a text made of those words, their pieces and other characters. */
const listAndText = fc.array(word, { minLength: 1, maxLength: 12 }).chain((words) =>
  fc.tuple(
    fc.constant(words),
    fc
      .array(fc.oneof(fc.constantFrom(...words), fc.constantFrom(...words), fc.constantFrom(...PIECES, 'x', '1', ',', '\n')), {
        maxLength: 16,
      })
      .map((parts) => parts.join('')),
  ),
);

describe('wordListPattern', () => {
  it('matches what the longest-first alternation matches, with and without case', () => {
    fc.assert(
      fc.property(listAndText, ([words, sample]) => {
        for (const flags of ['gu', 'giu'])
          expect(matches(wordListPattern(words), flags, sample)).toEqual(matches(flatPattern(words), flags, sample));
      }),
      { numRuns: 1000 },
    );
  });

  it('takes the longest listed phrase and leaves a word that runs on', () => {
    const words = ['deny', 'denied', 'denied the charge', 'denied the charges against him'];
    const found = (sample: string) => matches(wordListPattern(words), 'giu', sample).map(([, w]) => w);
    expect(found('She denied the charges against him, and he denied   the charge.')).toEqual([
      'denied the charges against him',
      'denied   the charge',
    ]);
    expect(found('He denied the charges.')).toEqual(['denied']);
    expect(found('The denials went on; nobody denying it.')).toEqual([]);
  });

  it('keeps case where the caller asks for it', () => {
    expect(hasListedWord(['US', 'United States'], 'the US said', true)).toBe(true);
    expect(hasListedWord(['US', 'United States'], 'told us so', true)).toBe(false);
    expect(hasListedWord(['US', 'United States'], 'told us so')).toBe(true);
    // Two branches that differ only in case: a case-blind match takes the longer word either way.
    expect(matches(wordListPattern(['US', 'us army']), 'giu', 'the US Army base')).toEqual([[4, 'US Army']]);
    expect(matches(wordListPattern(['US', 'us army']), 'gu', 'the US Army base')).toEqual([[4, 'US']]);
  });
});

describe('opposition signal gates', () => {
  it('let through every text where the signal is used', () => {
    const texts = OPPOSITION_SIGNALS.entries.flatMap((e) => [...e.examples, ...e.lookalikes]);
    // Texts that use a signal, alone, inside other text and run into other words.
    const samples = [...texts, ...texts.map((t, i) => `${texts[(i + 7) % texts.length]} ${t}`), ...texts.map((t) => `x${t}y`)];
    let gated = 0;
    for (const signal of OPPOSITION_SIGNALS.entries) {
      const { re, gate } = signalPattern(signal);
      for (const sample of samples) {
        const text = sample.replace(/[’‘]/g, "'");
        re.lastIndex = 0;
        const used = re.test(text);
        re.lastIndex = 0;
        if (gate && !gate.test(text)) {
          gated++;
          expect(used, `${signal.id} on "${text}"`).toBe(false);
        }
      }
    }
    // The gates do turn texts away: most texts use few signals.
    expect(gated).toBeGreaterThan(samples.length);
  });
});
