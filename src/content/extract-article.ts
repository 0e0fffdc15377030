/**
 * Extracts a page's article as plain text for the pack builder, with @mozilla/readability. It runs
 * where a DOM exists (the page, or happy-dom on the command line); the builder itself stays in
 * core and never sees the DOM. Readability changes the document it reads, so it gets a clone.
 */
import { Readability } from '@mozilla/readability';

/** The article as the builder takes it. */
export interface ExtractedArticle {
  /** Plain text, one paragraph per line. */
  text: string;
  /** The headline, when the page has one. */
  title?: string;
  /** The site's name, when the page states it. */
  outlet?: string;
  /** Publication time as the page states it. */
  published?: string;
  /** The page's language tag. */
  language?: string;
  /** The page's address. */
  url?: string;
}

/** Fewer words than this and the page has no article worth a pack. */
const MIN_WORDS = 25;

const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, dd, dt, td, th';

/**
 * Reads the article of a document, or returns null when Readability finds none (a front page, a
 * search result). Paragraphs become lines, because the builder treats a line break as the end of
 * a sentence and of any quotation left open.
 */
export function extractArticle(document: Document, url?: string): ExtractedArticle | null {
  const clone = document.cloneNode(true) as Document;
  const parsed = new Readability(clone, { keepClasses: false }).parse();
  if (!parsed?.content) return null;
  // Parsed in an inert document of its own: Readability keeps attributes such as `onerror`, and
  // markup parsed by an element of the live page would fetch its images and run such handlers.
  const container = document.implementation.createHTMLDocument('').createElement('div');
  container.innerHTML = parsed.content;
  const lines: string[] = [];
  for (const block of Array.from(container.querySelectorAll(BLOCKS))) {
    // Only the innermost blocks, so that a list item's paragraph is not read twice.
    if (block.querySelector(BLOCKS)) continue;
    const line = (block.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (line) lines.push(line);
  }
  const text = lines.length > 0 ? lines.join('\n') : (parsed.textContent ?? '').replace(/[ \t]+/g, ' ').trim();
  // Readability returns whatever text is left on a page with no article ("Home"); a few words
  // are not an article, and a pack built from them would only be noise.
  if (text.split(/\s+/).length < MIN_WORDS) return null;
  const article: ExtractedArticle = { text };
  if (parsed.title) article.title = parsed.title.trim();
  if (parsed.siteName) article.outlet = parsed.siteName.trim();
  if (parsed.publishedTime) article.published = parsed.publishedTime;
  const lang = parsed.lang ?? document.documentElement.getAttribute('lang') ?? undefined;
  if (lang) article.language = lang.trim().toLowerCase().split(/[-_]/)[0]!;
  if (url) article.url = url;
  return article;
}
