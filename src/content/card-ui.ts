/**
 * The card and the watchers that open it, in one module that the content script imports only
 * once something may be painted: Preact, floating-ui and the card's components then stay
 * unevaluated in the frames (most of them) that never show a highlight.
 */
import { CardController } from './card-controller';
import { HoverWatcher } from './hover-watcher';
import { MentionNavigator } from './mention-navigator';
import type { PaintedMention } from './painted';

/** The card, its pointer and keyboard watcher, and the navigator between highlights. */
export interface CardUi {
  /** Shows one card at a time in its own host element. */
  readonly card: CardController;
  /** Opens and closes the card from the pointer, touch and Escape. */
  readonly hover: HoverWatcher;
  /** Moves between highlights for the keyboard commands and the popup. */
  readonly navigator: MentionNavigator;
}

/** Sets up the card for `doc`, listening until `signal` aborts; `mentions` lists the painted mentions in report order. */
export function createCardUi(doc: Document, signal: AbortSignal, mentions: () => PaintedMention[]): CardUi {
  const card = new CardController(doc, signal);
  return { card, hover: new HoverWatcher(doc, card, signal), navigator: new MentionNavigator(doc, card, mentions) };
}
