/**
 * The review page's first script (dist/<browser>/builder-start.js, before review.js in
 * review.html): starts the builder worker when the page's address names a draft, so that the
 * worker loads while the page's own bundle is still being parsed (see builder-prestart.ts). It
 * runs once, as the page loads, and does nothing else.
 */
import { prestartForPage } from './builder-prestart';

// The worker's file sits next to this page's; a relative address keeps the browser API (and its
// polyfill) out of this script.
prestartForPage(location.search, () => new Worker('builder-worker.js'));
