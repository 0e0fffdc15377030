/**
 * One page session: what one configuration of the content script runs on the page, created and
 * torn down as a unit, so that a settings change, the toggle command or the script stopping never
 * leaves part of an old configuration behind.
 *
 * What runs when:
 * - `start()` starts the scanner (its first pass, then its observer) on the highlight layer it was
 *   given, and, when the card is loaded, points the card at this session's packs and highlights
 *   and the hover watcher at its mentions.
 * - `stop()` does the reverse in the reverse order: the card is closed and forgets the session,
 *   the hover watcher stops looking mentions up, and the scanner stops, which removes every
 *   highlight. A stopped session does nothing more.
 */
import type { CardSource } from './card-controller';
import type { MentionIndex } from './hit-test';
import { Scanner, type ScannerOptions } from './scanner';

/** The parts of the card's UI a session connects to (the card controller and the hover watcher). */
export interface SessionUi {
  /** Where the card describes mentions from and paints its focus highlight. */
  readonly card: { setSource(source: CardSource | null): void };
  /** Where hovered mentions are looked up, and after what delay a card opens. */
  readonly hover: { setIndex(index: MentionIndex | null, delayMs: number): void };
}

/** What a session needs: the scanner's options, and the card's if it is loaded. */
export interface PageSessionOptions extends ScannerOptions {
  /** The card and hover watcher, when loaded; null in a frame that has no card yet. */
  readonly ui: SessionUi | null;
  /** The hover delay from the settings, in milliseconds. */
  readonly hoverDelayMs: number;
  /** How many packs are on; with more than one, a card names the pack it describes. */
  readonly packCount: number;
}

/** One configuration's scanner and highlights, with the card pointed at them while it runs. */
export class PageSession {
  /** Finds, paints and follows this session's mentions. */
  readonly scanner: Scanner;
  private stopped = false;

  /** Prepares a session; nothing runs until `start()`. */
  constructor(private readonly options: PageSessionOptions) {
    this.scanner = new Scanner(options);
  }

  /** Starts scanning and connects the card, if it is loaded. */
  start(): void {
    if (this.stopped) return;
    this.scanner.start();
    const { ui, packs, highlighter, hoverDelayMs, packCount } = this.options;
    if (!ui) return;
    ui.card.setSource({
      pack: (id) => packs.find((candidate) => candidate.pack.id === id)?.pack,
      setFocus: (range) => highlighter.setFocus(range),
      packCount,
    });
    ui.hover.setIndex(this.scanner, hoverDelayMs);
  }

  /** Disconnects the card and stops the scanner; the page is left without our highlights. */
  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    const { ui, hoverDelayMs } = this.options;
    ui?.card.setSource(null);
    ui?.hover.setIndex(null, hoverDelayMs);
    this.scanner.stop();
  }
}
