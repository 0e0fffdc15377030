/**
 * The packs section's layout on the options page, on top of the extension pages' stylesheet.
 */

/** Rules for the packs section only; colours come from the theme's custom properties. */
export const PACKS_CSS = `
/* The width of the options form's fieldsets (720px less the page's 24px padding each side), and
   pulled up into the form's bottom padding so that the gap matches the gap between fieldsets. */
.ncl-packs { max-width: 672px; width: calc(100% - 48px); margin: -40px auto 48px; }
.ncl-packs-heading { font-weight: 650; font-size: 16px; }
.ncl-pack-list { display: grid; gap: 8px; }
.ncl-pack { display: flex; gap: 12px; align-items: center; justify-content: space-between; padding: 10px 12px; border: 1px solid var(--ncl-border); border-radius: 10px; }
.ncl-pack-text { min-width: 0; display: grid; gap: 2px; }
.ncl-pack-title { font-weight: 600; cursor: pointer; }
.ncl-pack-actions { display: flex; gap: 8px; align-items: center; flex: none; }
.ncl-pack-actions .ncl-switch { margin-inline-end: 4px; }
.ncl-pack-undo { display: flex; align-items: center; justify-content: space-between; gap: 12px; }
.ncl-pack-import { display: flex; flex-wrap: wrap; gap: 10px; align-items: center; font-size: 13.5px; }
.ncl-pack-error { padding: 10px 12px; border-radius: 10px; border: 1px solid var(--ncl-opposing); color: var(--ncl-fg); font-size: 13px; display: grid; gap: 2px; white-space: pre-wrap; }
.ncl-pack-error p:first-child { font-weight: 600; color: var(--ncl-opposing); }
`;
