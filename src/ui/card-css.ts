/**
 * The card's stylesheet, adopted by its closed shadow root. The `:host` rules are `!important`
 * on purpose: in the cascade an important rule from inside a shadow tree beats any rule of the
 * page, so `* { all: unset !important }` or `ncl-card { display: none !important }` on the page
 * cannot hide, move or restyle the card. `all: initial` stops the page's inherited styles (font,
 * colour, text-transform, letter-spacing) at the host; `direction` is outside `all` and is set
 * apart. The position comes from two custom properties the controller sets, because the card's
 * own rules win over the host's inline style.
 */
import { COMPONENT_CSS } from './component-css';
import { THEME_CSS } from './theme';

/** Width of the card in CSS pixels; floating-ui shifts it to stay on screen. */
export const CARD_WIDTH = 380;

/** The whole stylesheet of the card's shadow root. */
export const CARD_CSS = `
:host {
  all: initial !important;
  display: none !important;
  position: fixed !important;
  inset: auto !important;
  left: var(--ncl-x, 0px) !important;
  top: var(--ncl-y, 0px) !important;
  width: min(${CARD_WIDTH}px, calc(100vw - 16px)) !important;
  height: auto !important;
  margin: 0 !important; padding: 0 !important; border: 0 !important;
  background: transparent !important;
  overflow: visible !important;
  z-index: 2147483647 !important;
  direction: ltr !important;
  unicode-bidi: isolate !important;
  color-scheme: light dark !important;
}
:host(:popover-open), :host([data-ncl-open]) { display: block !important; }
${THEME_CSS}
${COMPONENT_CSS}
.ncl-card {
  position: relative; display: flex; flex-direction: column; max-height: min(72vh, 560px, var(--ncl-max-h, 560px));
  background: var(--ncl-bg); color: var(--ncl-fg); border: 1px solid var(--ncl-border); border-radius: 12px;
  box-shadow: var(--ncl-shadow); overflow: hidden; text-align: start;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans Arabic", sans-serif;
  -webkit-font-smoothing: antialiased;
}
.ncl-scroll { overflow: auto; overscroll-behavior: contain; padding: 14px 16px 12px; scrollbar-width: thin; scrollbar-color: var(--ncl-border) transparent; }
.ncl-close {
  position: absolute; top: 8px; inset-inline-end: 8px; z-index: 1; width: 28px; height: 28px; display: grid; place-items: center;
  border: 0; border-radius: 6px; background: transparent; color: var(--ncl-muted); font-size: 20px; line-height: 1; cursor: pointer;
}
.ncl-close:hover { background: var(--ncl-surface); color: var(--ncl-fg); }
.ncl-tabs { display: flex; flex-wrap: wrap; gap: 6px; padding: 10px 44px 0 16px; }
.ncl-tab {
  font-size: 12.5px; padding: 2px 10px; border-radius: 999px; border: 1px solid var(--ncl-border);
  background: var(--ncl-bg); color: var(--ncl-muted); cursor: pointer;
}
.ncl-tab[aria-pressed="true"] { background: var(--ncl-surface); color: var(--ncl-fg); border-color: var(--ncl-muted); }
@media (prefers-reduced-motion: no-preference) {
  :host(:popover-open) .ncl-card { animation: ncl-in 120ms ease-out; }
  @keyframes ncl-in { from { opacity: 0; transform: translateY(2px); } to { opacity: 1; transform: none; } }
}
`;
