/**
 * Styles of the shared components (quotes, claims, chips, sources), used inside the card's shadow
 * root and on the popup and options pages. Every class carries the `ncl-` prefix; colours come
 * from the theme's custom properties, so light and dark follow `prefers-color-scheme`.
 */

/** Component rules; the card and the extension pages each prepend their own frame rules. */
export const COMPONENT_CSS = `
*, *::before, *::after { box-sizing: border-box; }
h1, h2, h3, p, ul, ol, figure, blockquote, dl, dd { margin: 0; padding: 0; }
ul, ol { list-style: none; }
button, input, select, textarea { font: inherit; color: inherit; }
a { color: var(--ncl-link); text-decoration: underline; text-underline-offset: 2px; }
a:focus-visible, button:focus-visible, summary:focus-visible, input:focus-visible, [tabindex]:focus-visible {
  outline: 2px solid var(--ncl-focus); outline-offset: 2px; border-radius: 4px;
}
.ncl-muted { color: var(--ncl-muted); }
.ncl-label { font-size: 11px; font-weight: 650; letter-spacing: 0.06em; text-transform: uppercase; color: var(--ncl-muted); margin-bottom: 6px; }
.ncl-head { display: grid; gap: 2px; padding-inline-end: 28px; }
.ncl-eyebrow { font-size: 11px; font-weight: 650; letter-spacing: 0.06em; text-transform: uppercase; }
.ncl-eyebrow-actor { color: var(--ncl-actor); }
.ncl-eyebrow-claim { color: var(--ncl-claim); }
.ncl-eyebrow-opposing { color: var(--ncl-opposing); }
.ncl-title { font-size: 17px; line-height: 1.3; font-weight: 650; color: var(--ncl-fg); }
.ncl-title:focus { outline: none; }
.ncl-title:focus-visible { outline: 2px solid var(--ncl-focus); outline-offset: 2px; }
.ncl-title-claim { font-size: 15.5px; }
.ncl-lead { font-size: 13px; color: var(--ncl-muted); margin-top: 2px; }
.ncl-role { color: var(--ncl-muted); font-size: 13px; }
.ncl-description { margin-top: 8px; }
.ncl-section { margin-top: 14px; }
.ncl-quote { margin-top: 8px; }
.ncl-quote:first-of-type { margin-top: 0; }
.ncl-quote-kind { display: flex; gap: 8px; align-items: center; margin-bottom: 3px; font-size: 12px; color: var(--ncl-muted); }
.ncl-pill { display: inline-block; font-size: 11px; line-height: 16px; padding: 0 7px; border-radius: 999px; border: 1px solid var(--ncl-border); color: var(--ncl-muted); background: var(--ncl-surface); }
.ncl-pill-direct { color: var(--ncl-fg); }
.ncl-quote-text { border-inline-start: 3px solid var(--ncl-actor-soft); padding-inline-start: 10px; font-size: 13.5px; }
.ncl-claims { display: grid; gap: 10px; }
.ncl-claim { display: grid; gap: 6px; }
.ncl-statement { font-weight: 550; }
.ncl-contested { display: grid; gap: 6px; }
.ncl-contested-item { background: var(--ncl-surface); border: 1px solid var(--ncl-border); border-inline-start: 3px solid var(--ncl-opposing-soft); border-radius: 8px; padding: 7px 10px; display: grid; gap: 3px; }
.ncl-contested-by { font-size: 12.5px; color: var(--ncl-muted); }
.ncl-contested-by strong { color: var(--ncl-fg); font-weight: 600; }
.ncl-statement-opposing { font-weight: 500; }
.ncl-evidence { font-size: 13px; }
.ncl-evidence summary { cursor: pointer; color: var(--ncl-link); font-size: 12.5px; width: max-content; max-width: 100%; }
.ncl-evidence ul { margin-top: 4px; display: grid; gap: 4px; padding-inline-start: 14px; list-style: disc; }
.ncl-own-evidence { margin-top: 8px; }
.ncl-chips { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 6px; }
.ncl-chip { font-size: 12.5px; padding: 1px 8px; border-radius: 6px; background: var(--ncl-chip); border: 1px solid var(--ncl-border); }
.ncl-chip-role { color: var(--ncl-muted); margin-inline-end: 2px; }
.ncl-why p { font-size: 13px; }
.ncl-link-button { background: none; border: 0; padding: 0; margin-top: 6px; color: var(--ncl-link); text-decoration: underline; text-underline-offset: 2px; cursor: pointer; font-size: 13px; }
.ncl-source { margin-top: 14px; padding-top: 10px; border-top: 1px solid var(--ncl-border); font-size: 12.5px; display: grid; gap: 2px; }
.ncl-source .ncl-label { margin-bottom: 2px; }
.ncl-source-title { color: var(--ncl-fg); }
`;
