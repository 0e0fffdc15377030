/**
 * The review page's own layout, on top of the extension pages' stylesheet (theme and components):
 * a single readable column of item cards and a save bar that stays in view.
 */

/** Rules for the review page only; colours come from the theme's custom properties. */
export const REVIEW_CSS = `
.ncl-review { max-width: 820px; margin: 0 auto; padding: 28px 24px 0; display: grid; gap: 26px; }
.ncl-review h1 { font-size: 22px; }
.ncl-review-progress { width: 100%; height: 8px; accent-color: var(--ncl-accent); }
.ncl-review-header { display: grid; gap: 10px; }
.ncl-review-list { display: grid; gap: 12px; }
.ncl-review-item { border: 1px solid var(--ncl-border); border-radius: 12px; padding: 12px 14px 14px; display: grid; gap: 10px; background: var(--ncl-bg); }
.ncl-review-item-title { font-size: 15px; font-weight: 650; display: flex; flex-wrap: wrap; gap: 6px; align-items: baseline; }
.ncl-review-grid { display: grid; grid-template-columns: max-content 1fr; gap: 6px 12px; align-items: center; }
.ncl-review-grid label { font-size: 13px; color: var(--ncl-muted); }
.ncl-review-fields { display: grid; grid-template-columns: 1.3fr 1fr 1.3fr; gap: 10px; }
.ncl-review-field { display: grid; gap: 3px; align-content: start; min-width: 0; }
.ncl-review-field label { font-size: 12.5px; color: var(--ncl-muted); }
.ncl-review-field .ncl-input { width: 100%; }
select.ncl-input { height: 33px; }
.ncl-review-row { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; }
.ncl-review-row > span { flex: 1; min-width: 0; }
.ncl-review-row label { font-size: 13px; color: var(--ncl-muted); }
.ncl-review-row .ncl-input { flex: 1; min-width: 12em; }
.ncl-review-text { width: 100%; resize: vertical; line-height: 1.4; }
select.ncl-input { padding: 4px 6px; }
.ncl-input:focus-visible, select:focus-visible, textarea:focus-visible { outline: 2px solid var(--ncl-focus); outline-offset: 1px; }
.ncl-alias-table { border-collapse: collapse; width: 100%; font-size: 13px; }
.ncl-alias-table caption { text-align: start; }
.ncl-alias-table th, .ncl-alias-table td { border-top: 1px solid var(--ncl-border); padding: 4px 8px; text-align: start; font-weight: normal; }
.ncl-alias-table thead th { font-size: 12px; color: var(--ncl-muted); border-top: 0; }
.ncl-alias-table td { width: 1%; white-space: nowrap; text-align: center; }
.ncl-alias-table input[type="checkbox"] { width: 16px; height: 16px; accent-color: var(--ncl-accent); }
.ncl-alias-text { font-weight: 550 !important; }
.ncl-review-remove { margin-top: 0; }
.ncl-review-remove:disabled { color: var(--ncl-muted); text-decoration: none; cursor: not-allowed; }
.ncl-review-delete { justify-self: start; }
.ncl-button:disabled { opacity: .55; cursor: not-allowed; }
.ncl-review-opposes { display: grid; gap: 6px; }
.ncl-review-frame { display: grid; gap: 6px; }
.ncl-review-matches ul { display: grid; gap: 4px; margin: 0; padding-inline-start: 18px; font-size: 13.5px; }
.ncl-review-because { display: block; margin-top: 4px; }
.ncl-review-opposes ul { display: grid; gap: 4px; }
.ncl-review-opposes li { padding: 6px 10px; border-radius: 8px; background: var(--ncl-surface); border: 1px solid var(--ncl-border); border-inline-start: 3px solid var(--ncl-opposing-soft); font-size: 13.5px; }
.ncl-review-warnings summary { cursor: pointer; color: var(--ncl-link); font-size: 13px; width: max-content; }
.ncl-review-warnings ul { margin-top: 6px; list-style: disc; padding-inline-start: 18px; display: grid; gap: 4px; font-size: 13px; }
.ncl-review-savebar { position: sticky; bottom: 0; display: flex; gap: 14px; align-items: flex-start; padding: 12px 0 16px; background: var(--ncl-bg); border-top: 1px solid var(--ncl-border); }
.ncl-review-save-status { flex: 1; font-size: 13.5px; display: grid; gap: 4px; }
.ncl-review-errors { list-style: disc; padding-inline-start: 18px; color: var(--ncl-opposing); display: grid; gap: 2px; font-size: 13px; }
.ncl-review .ncl-button { font-size: 13.5px; padding: 6px 14px; }
`;
