/**
 * The shared look of our pages and cards: one stylesheet of CSS custom properties that follows
 * the system's light or dark preference. Every text colour keeps a contrast of at least 4.5:1 on
 * its background in both schemes (checked with axe in the component tests).
 */

/** Base styles for extension pages and the card's shadow root. */
export const THEME_CSS = `
:host, :root {
  --ncl-bg: #ffffff; --ncl-fg: #1f2328; --ncl-muted: #59636e; --ncl-border: #d1d9e0;
  --ncl-surface: #f6f8fa; --ncl-accent: #6e40c9; --ncl-link: #0550ae; --ncl-claim: #0969da; --ncl-opposing: #cf222e;
  --ncl-actor: #8a5c00; --ncl-focus: #0969da; --ncl-actor-soft: #e4b74a; --ncl-opposing-soft: #e8868c;
  --ncl-chip: #ddf4ff; --ncl-on-accent: #ffffff; --ncl-shadow: 0 10px 30px rgba(31, 35, 40, 0.18), 0 1px 3px rgba(31, 35, 40, 0.12);
  color-scheme: light dark;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans Arabic", sans-serif;
}
@media (prefers-color-scheme: dark) {
  :host, :root {
    --ncl-bg: #1b1f24; --ncl-fg: #e6edf3; --ncl-muted: #9ea7b3; --ncl-border: #3d444d;
    --ncl-surface: #22272e; --ncl-accent: #a371f7; --ncl-link: #79c0ff; --ncl-claim: #58a6ff; --ncl-opposing: #ff7b72;
    --ncl-actor: #e3b341; --ncl-focus: #58a6ff; --ncl-actor-soft: #9e6a03; --ncl-opposing-soft: #b62324;
    --ncl-chip: #0c2d6b; --ncl-on-accent: #14171b; --ncl-shadow: 0 10px 30px rgba(0, 0, 0, 0.55), 0 1px 3px rgba(0, 0, 0, 0.4);
  }
}
`;
