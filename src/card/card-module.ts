// The card (Preact, floating-ui and the card's styles) is its own file, loaded the first time the pointer
// rests on a mention: most pages about the talks are read without opening one, and parsing it on every
// such page cost more than the scan. Both files run in the extension's isolated world; the slot is private.
import type { EntryView } from '../dataset/entry-view';
import type { Finding } from '../scan/finding';
import type { Language, TextSize, Theme } from '../settings/settings-defaults';

export type LoadEntry = (id: string) => Promise<EntryView | undefined>;

export interface ShowOptions {
  /** Where the pointer is: a mention that wraps lines gets the card beside that line. */
  point?: { x: number; y: number };
  /** Put focus in the card (keyboard browsing). */
  focus?: boolean;
  /** Read politely by screen readers. */
  announce?: string;
  pinned?: boolean;
  /** Days after its as-of date that an entry is flagged as possibly out of date. */
  staleAfterDays?: number;
  /** The card's colours: `auto` follows the reader's colour scheme, the others force theirs. */
  theme?: Theme;
  textSize?: TextSize;
  /** Figures: the page's own number is set beside the reported ones (default on). */
  figureComparison?: boolean;
  /** The card's own words (entries stay English); `auto` is the browser's language. */
  language?: Language;
  /** Keyboard browsing: the bar above the card. */
  browse?: { position: number; total: number; onMove: (step: 1 | -1) => void };
  /** The card's close button; hides the card when absent. */
  onClose?: () => void;
}

/** The reader's settings for every card, as opposed to what one showing asks. */
export type CardSettings = Pick<ShowOptions, 'staleAfterDays' | 'theme' | 'textSize' | 'figureComparison' | 'language'>;

/** What the engine asks of a card popover. */
export interface Popover {
  readonly shownFinding: Finding | undefined;
  /** The reader pinned the card: hovering elsewhere neither hides nor replaces it. */
  readonly pinned: boolean;
  /** True when the event happened inside our card (the host is what the page sees). */
  contains(target: EventTarget | null): boolean;
  /** True while focus is inside the card. */
  hasFocus(): boolean;
  show(finding: Finding, options?: ShowOptions): Promise<void>;
  /**
   * The pointer rests on `finding`: its card may be shown when the hover delay ends. Draws it unseen meanwhile
   * (nothing while a card is shown), so showing it then only places it.
   */
  prepare(finding: Finding, options?: ShowOptions): void;
  /** Says something politely to screen readers (through the card's live region). */
  announce(text: string): void;
  /** The settings changed: a card shown now is drawn again with them (its place, pin and related entry stay). */
  applySettings(settings: CardSettings): void;
  hide(): void;
  destroy(): void;
}

export interface CardModule {
  createPopover(doc: Document, loadEntry: LoadEntry): Popover;
}

const SLOT = Symbol.for('gaza-talks-context.card');

export function putCardModule(module: CardModule): void {
  (globalThis as Record<symbol, unknown>)[SLOT] = module;
}

export function cardModule(): CardModule | undefined {
  return (globalThis as Record<symbol, unknown>)[SLOT] as CardModule | undefined;
}

/**
 * Forgets a card left by an earlier copy of the extension. Chromium keeps one isolated world per extension
 * id, so after a reload or an update the new engine would find the old card, whose extension is gone.
 */
export function forgetCardModule(): void {
  delete (globalThis as Record<symbol, unknown>)[SLOT];
}
