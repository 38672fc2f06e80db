// The engine's card popover: loads the card's file on first need (see card-module.ts), then hands over.
import type { Finding } from '../scan/finding';
import { type CardModule, type CardSettings, cardModule, type LoadEntry, type Popover, type ShowOptions } from './card-module';
import { EntryPrefetch } from './entry-prefetch';

export type LoadCardModule = () => Promise<CardModule>;

export class LazyPopover implements Popover {
  private popover: Popover | undefined;
  private loading: Promise<Popover> | undefined;
  private destroyed = false;
  private readonly entries: EntryPrefetch;

  constructor(
    private readonly doc: Document,
    loadEntry: LoadEntry,
    private readonly loadModule: LoadCardModule,
  ) {
    this.entries = new EntryPrefetch(loadEntry);
  }

  get shownFinding(): Finding | undefined {
    return this.popover?.shownFinding;
  }

  /**
   * The pointer rests on a mention: the hover delay covers loading the card's file and the entry's view, and
   * the card's first drawing (see Popover.prepare).
   */
  prepare(finding: Finding, options?: ShowOptions): void {
    this.entries.prefetch(finding.entry.id);
    this.ready().then(
      (popover) => {
        if (!this.destroyed) popover.prepare(finding, options);
      },
      () => {},
    );
  }

  /** Another dataset is in use: entries asked for before may have changed. */
  forgetEntries(): void {
    this.entries.forget();
  }

  get pinned(): boolean {
    return this.popover?.pinned ?? false;
  }

  contains(target: EventTarget | null): boolean {
    return this.popover?.contains(target) ?? false;
  }

  hasFocus(): boolean {
    return this.popover?.hasFocus() ?? false;
  }

  async show(finding: Finding, options?: ShowOptions): Promise<void> {
    this.destroyed = false;
    const popover = await this.ready();
    if (!this.destroyed) await popover.show(finding, options);
  }

  announce(text: string): void {
    // Nothing to say before any card was shown: the card's file (and its live region) is not loaded yet.
    if (this.popover) this.popover.announce(text);
    else
      void this.ready().then(
        (popover) => popover.announce(text),
        () => {},
      );
  }

  /** Before the card's file is loaded there is no card to redraw: the next showing carries the settings. */
  applySettings(settings: CardSettings): void {
    this.popover?.applySettings(settings);
  }

  hide(): void {
    this.popover?.hide();
  }

  destroy(): void {
    this.destroyed = true;
    this.popover?.destroy();
  }

  private ready(): Promise<Popover> {
    this.loading ??= this.loadModule().then((module) => {
      this.popover = module.createPopover(this.doc, this.entries.load);
      return this.popover;
    });
    return this.loading;
  }
}

/** Has the card's file run in this frame (once per page; `run` asks the background) and returns what it registered. */
export function runCardModule(run: () => Promise<unknown>): LoadCardModule {
  return async () => {
    const loaded = cardModule();
    if (loaded) return loaded;
    await run();
    const module = cardModule();
    if (!module) throw new Error('[Gaza Talks Context] the card did not register');
    return module;
  };
}
