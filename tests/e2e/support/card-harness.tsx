/**
 * A test page script that renders the real card components with the real card stylesheet in an
 * open shadow root, so axe-core can check them in a real browser (colour contrast included),
 * which the extension's closed shadow root does not allow. Bundled by esbuild at test time.
 */
import { h, render } from 'preact';
import { loadEmbeddedPack } from '../../../src/core/embedded-pack';
import { CARD_CSS } from '../../../src/ui/card-css';
import type { CardMention } from '../../../src/ui/card-model';
import { MentionCard } from '../../../src/ui/MentionCard';

const pack = loadEmbeddedPack();

/** Renders a card for `mentions` into a fresh host at the top left of the page. */
function showCard(mentions: CardMention[]): void {
  document.querySelector('ncl-card')?.remove();
  const host = document.createElement('ncl-card');
  host.setAttribute('data-ncl-open', '');
  host.style.setProperty('--ncl-x', '16px');
  host.style.setProperty('--ncl-y', '16px');
  const shadow = host.attachShadow({ mode: 'open' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(CARD_CSS);
  shadow.adoptedStyleSheets = [sheet];
  const mount = document.createElement('div');
  shadow.append(mount);
  document.body.append(host);
  render(h(MentionCard, { pack, mentions, takeFocus: false, onClose: () => undefined }), mount);
}

(globalThis as unknown as { showCard: typeof showCard }).showCard = showCard;
