/**
 * The words the review page shows while the builder works (src/review/draft-progress.ts): every
 * pass of the builder has words of its own, and the line counts passes from one.
 */
import { describe, expect, it } from 'vitest';
import { PASSES } from '../../../src/core/builder/build-pack';
import { PASS_WORDS, progressLine } from '../../../src/review/draft-progress';

describe('progressLine', () => {
  it.each(PASSES.map(([name]) => name))('has words for the %s pass', (name) => {
    expect(PASS_WORDS[name]).toMatch(/^[a-z]/);
  });

  it('says which pass is running and how many there are, counting from one', () => {
    expect(progressLine({ pass: 'quotes', done: 6, total: 10 })).toBe('Drafting… reading quotes (7 of 10)');
  });

  it('says only "Drafting…" before the first pass, and "working" for a pass it has no words for', () => {
    expect(progressLine(undefined)).toBe('Drafting…');
    expect(progressLine({ pass: 'constructor', done: 2, total: 10 })).toBe('Drafting… working (3 of 10)');
  });
});
