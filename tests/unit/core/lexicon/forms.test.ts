/**
 * The precomputed forms (src/core/lexicon/forms.generated.json) are what the lexicon's patterns
 * generate today: a stale file would only be slower (a missing pattern is generated when asked),
 * but one whose forms differ would match other words than the tables say.
 */
import { describe, expect, it } from 'vitest';
import committed from '../../../../src/core/lexicon/forms.generated.json';
import '../../../../src/core/lexicon/precomputed-forms';
import { collectForms } from '../../../../src/core/lexicon/collect-forms';
import { formsOfPattern, generateForms } from '../../../../src/core/lexicon/templates';

describe('precomputed pattern forms', () => {
  it('hold every pattern the matcher and the builder use, with the forms the patterns generate (else run `npm run lexicon:forms`)', async () => {
    const collected = await collectForms();
    expect(Object.keys(collected).length).toBeGreaterThan(100);
    expect(committed).toEqual(collected);
  }, 60_000);

  it('are what formsOfPattern answers, and a pattern not in the file is generated', () => {
    const [pattern, forms] = Object.entries(committed as Record<string, string>)[0]!;
    expect(formsOfPattern(pattern)).toEqual(forms.split('\n'));
    expect(formsOfPattern(pattern)).toEqual(generateForms(pattern));
    expect(formsOfPattern('v:outflank the (rival|rivals)')).toEqual(generateForms('v:outflank the (rival|rivals)'));
    expect(formsOfPattern('v:outflank the (rival|rivals)')).toContain('outflanked the rivals');
  });
});
