import { describe, expect, it } from 'vitest';
import { findQuoteSpans, slugify, splitSentences } from '../../../../src/core/builder/text';

describe('builder text: splitSentences', () => {
  it('keeps a quotation of several sentences in one sentence with its attribution', () => {
    const text = '“The river is clean again. Families swim in it,” Mayor Ilse Varga said. Critics disagree.';
    const sentences = splitSentences(text).map((s) => s.text);
    expect(sentences).toEqual(['“The river is clean again. Families swim in it,” Mayor Ilse Varga said.', 'Critics disagree.']);
  });

  it('does not split after titles, initials or dotted abbreviations', () => {
    const text = 'Gen. Tomas R. Berg met U.S. envoys on Friday. The talks ended late.';
    expect(splitSentences(text).map((s) => s.text)).toEqual(['Gen. Tomas R. Berg met U.S. envoys on Friday.', 'The talks ended late.']);
  });

  it('ends a sentence at a line break, with offsets into the original text', () => {
    const text = 'Storm hits coast\nThe storm reached the coast at dawn. Roads closed.';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual(['Storm hits coast', 'The storm reached the coast at dawn.', 'Roads closed.']);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(sentences[1]!.paragraph).toBe(1);
  });
});

describe('builder text: findQuoteSpans', () => {
  it('finds curly and straight quotations but not apostrophes', () => {
    const text = 'She said "the dam holds" and the minister’s aide called it “a relief.”';
    expect(findQuoteSpans(text).map((q) => q.text)).toEqual(['the dam holds', 'a relief.']);
  });

  it('runs a double quotation left open at the end of a paragraph on to that end, and drops a lone single mark', () => {
    const spans = findQuoteSpans('He said “we will return\nNext paragraph “closed”.');
    expect(spans.map((q) => [q.text, q.runsOn ?? false])).toEqual([
      ['we will return', true],
      ['closed', false],
    ]);
    expect(findQuoteSpans("The 'Sixties were long\nand loud.").map((q) => q.text)).toEqual([]);
  });

  it('reads two apostrophes as one quotation mark, as some archives write them', () => {
    expect(findQuoteSpans("''We will win,'' she said. Voters' minds are set.").map((q) => q.text)).toEqual(['We will win,']);
  });
});

describe('builder text: slugify', () => {
  it('makes kebab-case ids from names', () => {
    expect(slugify('Mayor Ilse Varga')).toBe('mayor-ilse-varga');
    expect(slugify('U.S. Coast Guard')).toBe('us-coast-guard');
    expect(slugify('Gdańsk’s port authority')).toBe('gdansk-port-authority');
    expect(slugify('!!!')).toBe('item');
  });
});
