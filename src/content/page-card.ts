// The card on a page the engine runs on: one popover whose entries and file come from the background, each
// card shown with the reader's card settings (theme, text size, figure comparison, staleness, language).
import type { ShowOptions } from '../card/card-module';
import { LazyPopover, runCardModule } from '../card/lazy-popover';
import type { EntryView } from '../dataset/entry-view';
import type { Finding } from '../scan/finding';
import type { Settings } from '../settings/settings-schema';
import { cardSettingsOf } from './card-settings';

export interface PageCard {
  popover: LazyPopover;
  show(finding: Finding, options?: ShowOptions): void;
  /** The pointer rests on a mention: the card is got ready (see Popover.prepare). */
  prepare(finding: Finding): void;
}

/** `send`: the runtime's sendMessage. */
export function pageCard(doc: Document, send: (message: object) => Promise<unknown>, settings: () => Settings): PageCard {
  const popover = new LazyPopover(
    doc,
    (id) => send({ type: 'get-entry', id }) as Promise<EntryView | undefined>,
    runCardModule(() => send({ type: 'load-script', script: 'card' })),
  );
  return {
    popover,
    show: (finding, options) => void popover.show(finding, { ...cardSettingsOf(settings()), ...options }),
    prepare: (finding) => popover.prepare(finding, cardSettingsOf(settings())),
  };
}
