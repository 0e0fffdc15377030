import { describe, expect, it } from 'vitest';
import { expandTemplate, generateForms } from '../../../../src/core/lexicon/templates';

describe('word-list templates', () => {
  it('expands alternatives and optional parts into every phrase', () => {
    expect(expandTemplate('admit [to ](guilt|the charges)').sort()).toEqual([
      'admit guilt',
      'admit the charges',
      'admit to guilt',
      'admit to the charges',
    ]);
  });

  it('inflects a verb marked as stressed on its last syllable with the consonant doubled, in both spellings', () => {
    expect(generateForms('v:admit+ [to ]guilt')).toEqual(expect.arrayContaining(['admitted guilt', 'admitting to guilt']));
    expect(generateForms('v:expel+')).not.toContain('expeled');
  });

  it("refuses a regular expression's operators, which would become words no page writes", () => {
    expect(() => expandTemplate('admit (to )?guilt')).toThrow(/\[x\]/);
    expect(() => expandTemplate('threats*')).toThrow(/operator/);
  });
});
