// @vitest-environment happy-dom
/**
 * extract.js (`content/extract-entry`): injecting it leaves exactly the function the popup calls,
 * under the name the popup uses, and that function returns the page's article.
 */
import { describe, expect, it } from 'vitest';
import { EXTRACT_FUNCTION, ExtractedArticle } from '../../../src/shared/messages';

describe('extract-entry', () => {
  it('leaves the extractor under the name the popup calls, returning an article the popup accepts', async () => {
    const words =
      'The council voted on Tuesday to close the old ferry pier at the end of the year, ending a long dispute in the harbour district.';
    document.body.innerHTML = `<article><h1>Pier to close</h1><p>${words}</p><p>${words}</p><p>${words}</p></article>`;
    await import('../../../src/content/extract-entry');
    const extract = (globalThis as unknown as Record<string, () => unknown>)[EXTRACT_FUNCTION];
    expect(typeof extract).toBe('function');
    const article = ExtractedArticle.parse(extract?.());
    expect(article.text).toContain('close the old ferry pier');
  });
});
