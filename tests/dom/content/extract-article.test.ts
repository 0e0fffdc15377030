// @vitest-environment happy-dom
/**
 * Tests for src/content/extract-article.ts: Readability's article becomes one line per paragraph,
 * without navigation or footer, with the page's metadata, and the page itself is left unchanged.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/content/extract-article';

const PAGE = `<!doctype html><html lang="en-GB"><head><title>Ferry strike ends - Coast Daily</title>
<meta property="og:site_name" content="Coast Daily"></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article><h1>Ferry strike ends after nine days</h1>
<p>The Ferry Workers Union said on Sunday that its members would return to work on Monday, ending a strike that stranded thousands of passengers on the islands.</p>
<p>“We won a fair wage and safer rotas,” union leader Maria Costa told reporters at the harbour, adding that the deal would be put to a vote next month.</p>
<ul><li><p>Crossings resume at six in the morning, the operator said in a short statement to passengers.</p></li></ul>
<p>The operator, Island Lines, said that it regretted the disruption and would refund every ticket bought for the strike days.</p>
</article><footer>© Coast Daily. All rights reserved.</footer></body></html>`;

function load(html: string): Document {
  document.open();
  document.write(html);
  document.close();
  return document;
}

describe('extractArticle', () => {
  it('returns the article as one line per paragraph, with the page metadata', () => {
    const article = extractArticle(load(PAGE), 'https://coast.example/ferry')!;
    const lines = article.text.split('\n');
    expect(lines[0]).toBe('Ferry strike ends after nine days');
    expect(lines).toContain(
      '“We won a fair wage and safer rotas,” union leader Maria Costa told reporters at the harbour, adding that the deal would be put to a vote next month.',
    );
    expect(lines.filter((l) => l.startsWith('Crossings resume'))).toHaveLength(1);
    expect(article.text).not.toMatch(/Home|All rights reserved/);
    expect(article).toMatchObject({ outlet: 'Coast Daily', language: 'en', url: 'https://coast.example/ferry' });
    expect(article.title).toMatch(/Ferry strike ends/);
  });

  it('leaves the page untouched', () => {
    const doc = load(PAGE);
    const before = doc.documentElement.outerHTML;
    extractArticle(doc);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('returns null when the page has no article', () => {
    expect(extractArticle(load('<html><body><nav><a href="/">Home</a></nav></body></html>'))).toBeNull();
  });
});
