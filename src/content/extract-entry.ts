/**
 * The on-demand article extractor, bundled on its own as extract.js. Readability is large and
 * content.js is parsed on every page and frame, so it is not there: the popup injects this bundle
 * into one tab with `scripting.executeScript` only when the reader presses "Use this article".
 *
 * What runs when: injecting the file defines one function on the content-script world's global
 * (no page script can see it, and it touches nothing of the page); the popup's second
 * `executeScript` call runs that function, which reads a clone of the document and returns the
 * article as plain data. Nothing stays behind but the function, and nothing runs until it is called.
 */
import { extractArticle } from './extract-article';

/**
 * `EXTRACT_FUNCTION` of src/shared/messages.ts, written out: importing that module would pull zod
 * into this bundle for one string. tests/dom/review/extract-entry.test.ts checks they agree.
 */
const EXTRACT_FUNCTION = 'nclExtractArticle';

(globalThis as unknown as Record<string, unknown>)[EXTRACT_FUNCTION] = () => extractArticle(document, location.href);
