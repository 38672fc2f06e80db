// The card (Preact, floating-ui and the card's styles) is its own file, loaded the first time the pointer
// rests on a mention: most pages about the talks are read without opening one, and parsing it on every
// such page cost more than the scan. Both files run in the extension's isolated world; the slot is private.
import type { EntryView } from '../dataset/entry-view';
import type { Finding } from '../scan/finding';

export type LoadEntry = (id: string) => Promise<EntryView | undefined>;

/** What the engine asks of a card popover. */
export interface Popover {
  readonly shownFinding: Finding | undefined;
  /** True when the event happened inside our card (the host is what the page sees). */
  contains(target: EventTarget | null): boolean;
  show(finding: Finding): Promise<void>;
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
