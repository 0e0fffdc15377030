/**
 * The stylesheet of our extension pages (popup and options): the theme, the shared component
 * rules, and the layout of the pages themselves.
 */
import { COMPONENT_CSS } from './component-css';
import { THEME_CSS } from './theme';

/** The whole stylesheet of the popup and options pages. */
export const PAGE_CSS = `
${THEME_CSS}
${COMPONENT_CSS}
html, body { margin: 0; background: var(--ncl-bg); color: var(--ncl-fg); }
/* As of Chromium 156, extension pages get a built-in sheet that sets body to 75% in DejaVu Sans
   on Linux; inheriting puts our own type scale back. */
body { font: inherit; }
.ncl-popup { width: 460px; max-width: 100vw; padding: 14px 16px 16px; display: grid; gap: 16px; }
.ncl-appbar { display: flex; align-items: center; justify-content: space-between; gap: 12px; }
.ncl-appname { font-size: 13px; font-weight: 650; color: var(--ncl-accent); letter-spacing: 0.01em; }
.ncl-appbar a { font-size: 12.5px; }
.ncl-switches { display: grid; gap: 6px; padding: 10px 12px; background: var(--ncl-surface); border: 1px solid var(--ncl-border); border-radius: 10px; }
.ncl-switch { display: flex; align-items: center; justify-content: space-between; gap: 12px; font-size: 13.5px; cursor: pointer; }
.ncl-switch input { appearance: none; -webkit-appearance: none; flex: none; width: 34px; height: 20px; margin: 0; border-radius: 999px; background: var(--ncl-border); position: relative; cursor: pointer; transition: background 120ms; }
.ncl-switch input::after { content: ""; position: absolute; top: 2px; left: 2px; width: 16px; height: 16px; border-radius: 50%; background: #fff; box-shadow: 0 1px 2px rgba(0,0,0,.3); transition: transform 120ms; }
.ncl-switch input:checked { background: var(--ncl-accent); }
.ncl-switch input:checked::after { transform: translateX(14px); }
.ncl-switch input:disabled { opacity: .5; cursor: not-allowed; }
.ncl-h2 { font-size: 12px; font-weight: 650; letter-spacing: 0.06em; text-transform: uppercase; color: var(--ncl-muted); margin-bottom: 8px; }
.ncl-article-title { font-size: 16px; line-height: 1.3; font-weight: 650; }
.ncl-summary { margin-top: 6px; font-size: 13.5px; }
.ncl-small { font-size: 12.5px; }
.ncl-visually-hidden { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip-path: inset(50%); white-space: nowrap; border: 0; }
.ncl-notice { padding: 10px 12px; border-radius: 10px; border: 1px solid var(--ncl-border); background: var(--ncl-surface); font-size: 13.5px; display: grid; gap: 8px; }
.ncl-button { justify-self: start; font-size: 13px; padding: 5px 12px; border-radius: 8px; border: 1px solid var(--ncl-accent); background: var(--ncl-accent); color: var(--ncl-on-accent); cursor: pointer; }
.ncl-button-quiet { background: transparent; color: var(--ncl-fg); border-color: var(--ncl-border); }
.ncl-groups { display: grid; gap: 4px; }
.ncl-group { width: 100%; display: grid; grid-template-columns: auto 1fr auto; align-items: start; gap: 8px; text-align: start; padding: 7px 10px; border-radius: 8px; border: 1px solid transparent; background: none; cursor: pointer; }
.ncl-group:hover { background: var(--ncl-surface); border-color: var(--ncl-border); }
.ncl-group-kind { font-size: 10.5px; font-weight: 650; letter-spacing: 0.05em; text-transform: uppercase; padding-top: 2px; width: 74px; }
.ncl-group-name { font-size: 13.5px; }
.ncl-group-count { font-size: 12px; min-width: 22px; text-align: center; padding: 0 6px; border-radius: 999px; background: var(--ncl-surface); border: 1px solid var(--ncl-border); color: var(--ncl-fg); }
.ncl-kind-actor { color: var(--ncl-actor); }
.ncl-kind-claim { color: var(--ncl-claim); }
.ncl-kind-opposing { color: var(--ncl-opposing); }
.ncl-pairs { display: grid; gap: 10px; }
.ncl-pair { display: grid; grid-template-columns: 1fr auto 1fr; gap: 8px; align-items: start; padding: 10px; border: 1px solid var(--ncl-border); border-radius: 10px; }
.ncl-pair-single { grid-template-columns: 1fr; }
.ncl-pair-sep { color: var(--ncl-muted); padding-top: 18px; }
.ncl-side { display: grid; gap: 4px; font-size: 13px; min-width: 0; }
.ncl-side .ncl-label { margin-bottom: 0; }
.ncl-side-speaker { font-size: 12.5px; color: var(--ncl-muted); }
.ncl-side .ncl-quote-text { font-size: 12.5px; }
.ncl-actors { display: grid; gap: 6px; }
.ncl-actor-row { font-size: 13.5px; }
.ncl-actor-row .ncl-role { font-size: 12.5px; }
.ncl-status { font-size: 12.5px; color: var(--ncl-muted); min-height: 1em; }
.ncl-options { max-width: 720px; margin: 0 auto; padding: 28px 24px 48px; display: grid; gap: 22px; }
.ncl-options h1 { font-size: 22px; }
.ncl-fieldset { border: 1px solid var(--ncl-border); border-radius: 12px; padding: 14px 16px 16px; margin: 0; display: grid; gap: 10px; }
.ncl-fieldset legend { font-weight: 650; padding: 0 6px; }
.ncl-check { display: flex; align-items: center; gap: 8px; cursor: pointer; }
.ncl-check input { margin: 0; width: 16px; height: 16px; accent-color: var(--ncl-accent); }
.ncl-hint { font-size: 12.5px; color: var(--ncl-muted); }
.ncl-site-lists { display: grid; grid-template-columns: 1fr 1fr; gap: 16px; }
.ncl-site-list { display: grid; gap: 6px; align-content: start; }
.ncl-site-list h2 { font-size: 14px; font-weight: 650; }
.ncl-site-list ul { display: grid; gap: 4px; }
.ncl-site-list li { display: flex; justify-content: space-between; align-items: center; gap: 8px; padding: 3px 4px 3px 10px; border: 1px solid var(--ncl-border); border-radius: 8px; font-size: 13.5px; }
.ncl-site-add { display: flex; gap: 6px; }
.ncl-input { flex: 1; min-width: 0; padding: 5px 8px; border-radius: 8px; border: 1px solid var(--ncl-border); background: var(--ncl-bg); }
.ncl-swatches { display: flex; gap: 10px; flex-wrap: wrap; font-size: 14px; }
.ncl-swatch { padding: 0 3px; border-radius: 3px; }
`;
