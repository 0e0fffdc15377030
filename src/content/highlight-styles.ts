/**
 * The `::highlight()` rules for our three highlight names. Actors, claims and opposing claims
 * differ in line style as well as colour (solid underline, dotted, wavy), so they stay apart for
 * readers who cannot tell the colours apart, and every colour pair was chosen to stay readable on
 * white and on near-black pages.
 */

/** The prefix of everything we put into a page. */
export const PREFIX = 'ncl';

/** Highlight registry names, one per kind of mention. */
export const HIGHLIGHT_NAMES = {
  actor: `${PREFIX}-actor`,
  claim: `${PREFIX}-claim`,
  opposing: `${PREFIX}-opposing`,
  focus: `${PREFIX}-focus`,
} as const;

/** Colour palettes: the default one and one built on the Okabe–Ito colour-blind-safe set. */
export type Palette = 'default' | 'colour-blind';

interface Colours {
  actorBg: string;
  actorLine: string;
  claimBg: string;
  claimLine: string;
  opposingBg: string;
  opposingLine: string;
  focusBg: string;
}

const LIGHT: Record<Palette, Colours> = {
  default: {
    actorBg: 'rgba(255, 214, 102, 0.45)',
    actorLine: '#9a6700',
    claimBg: 'rgba(84, 174, 255, 0.16)',
    claimLine: '#0969da',
    opposingBg: 'rgba(255, 129, 130, 0.16)',
    opposingLine: '#cf222e',
    focusBg: 'rgba(255, 180, 0, 0.75)',
  },
  'colour-blind': {
    actorBg: 'rgba(240, 228, 66, 0.45)',
    actorLine: '#7a6a00',
    claimBg: 'rgba(86, 180, 233, 0.18)',
    claimLine: '#0072b2',
    opposingBg: 'rgba(230, 159, 0, 0.18)',
    opposingLine: '#b35c00',
    focusBg: 'rgba(240, 228, 66, 0.85)',
  },
};

const DARK: Record<Palette, Colours> = {
  default: {
    actorBg: 'rgba(187, 128, 9, 0.45)',
    actorLine: '#e3b341',
    claimBg: 'rgba(56, 139, 253, 0.22)',
    claimLine: '#58a6ff',
    opposingBg: 'rgba(248, 81, 73, 0.22)',
    opposingLine: '#ff7b72',
    focusBg: 'rgba(210, 153, 34, 0.8)',
  },
  'colour-blind': {
    actorBg: 'rgba(240, 228, 66, 0.3)',
    actorLine: '#f0e442',
    claimBg: 'rgba(86, 180, 233, 0.25)',
    claimLine: '#56b4e9',
    opposingBg: 'rgba(230, 159, 0, 0.25)',
    opposingLine: '#e69f00',
    focusBg: 'rgba(240, 228, 66, 0.6)',
  },
};

/** The stylesheet text for a page whose background is dark (`dark`) or light. */
export function highlightCss(palette: Palette, dark: boolean): string {
  const c = (dark ? DARK : LIGHT)[palette];
  // `color` is left alone: the page's own text colour stays, only the background and line change,
  // so contrast is the page's and never worse than a translucent tint over it.
  return `
::highlight(${HIGHLIGHT_NAMES.actor}) { background-color: ${c.actorBg}; text-decoration: underline solid ${c.actorLine} 2px; text-underline-offset: 3px; }
::highlight(${HIGHLIGHT_NAMES.claim}) { background-color: ${c.claimBg}; text-decoration: underline dotted ${c.claimLine} 2px; text-underline-offset: 4px; }
::highlight(${HIGHLIGHT_NAMES.opposing}) { background-color: ${c.opposingBg}; text-decoration: underline wavy ${c.opposingLine} 1.5px; text-underline-offset: 4px; }
::highlight(${HIGHLIGHT_NAMES.focus}) { background-color: ${c.focusBg}; }
`;
}
