/**
 * The shared look of our pages and cards: one stylesheet of CSS custom properties that follows
 * the system's light or dark preference.
 */

/** Base styles for extension pages and the card's shadow root. */
export const THEME_CSS = `
:host, :root {
  --ncl-bg: #ffffff; --ncl-fg: #1f2328; --ncl-muted: #59636e; --ncl-border: #d1d9e0;
  --ncl-surface: #f6f8fa; --ncl-accent: #6e40c9; --ncl-claim: #0969da; --ncl-opposing: #cf222e;
  --ncl-actor: #9a6700; --ncl-focus: #0969da;
  color-scheme: light dark;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans Arabic", sans-serif;
}
@media (prefers-color-scheme: dark) {
  :host, :root {
    --ncl-bg: #1b1f24; --ncl-fg: #e6edf3; --ncl-muted: #9198a1; --ncl-border: #3d444d;
    --ncl-surface: #22272e; --ncl-accent: #a371f7; --ncl-claim: #58a6ff; --ncl-opposing: #ff7b72;
    --ncl-actor: #e3b341; --ncl-focus: #58a6ff;
  }
}
`;
