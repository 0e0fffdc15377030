/**
 * The draft id in the review page's address (`review.html?draft=ID`), read by the page's first
 * script (builder-start.js, which must stay free of imports) and by draft-source.ts.
 */

/** The draft id in the page's query string, or null when it has none we would accept. */
export function draftIdOf(search: string): string | null {
  const id = new URLSearchParams(search).get('draft');
  return id !== null && /^[A-Za-z0-9-]{1,64}$/.test(id) ? id : null;
}
