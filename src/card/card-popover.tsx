// Shows the card beside a mention and keeps it there while the page scrolls or resizes (floating-ui's
// autoUpdate), inside the viewport; pinned, focused for keyboard browsing, and mounted again if the page
// removed our host.
import { autoUpdate, computePosition, flip, hide, inline, offset, shift, size } from '@floating-ui/dom';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { EntryView } from '../dataset/entry-view';
import { type BundledLanguage, uiLocale, useLanguage } from '../i18n/language-choice';
import type { MessageDict } from '../i18n/t';
import { type Finding, rangeOf } from '../scan/finding';
import { BrowseBar } from './BrowseBar';
import { Card } from './Card';
import { CardStatus } from './CardStatus';
import { type CardHost, createCardHost, restyleHost } from './card-host';
import type { CardSettings, LoadEntry, Popover, ShowOptions } from './card-module';
import { CARD_SHOWN_PROPERTY } from './host-tag';

/** On the panel while it holds a card drawn ahead of its showing (prepare): shown to no one yet. */
export const UNSEEN_ATTRIBUTE = 'data-unseen';

const askForMessages = async (language: BundledLanguage): Promise<MessageDict> => {
  const dict = (await browser.runtime.sendMessage({ type: 'get-messages', language })) as MessageDict | undefined;
  if (!dict) throw new Error(`no messages for ${language}`);
  return dict;
};

export class CardPopover implements Popover {
  private cardHost: CardHost | undefined;
  private current: Finding | undefined;
  private options: ShowOptions = {};
  /** The entry shown, 'failed', or undefined while it loads. */
  private view: EntryView | 'failed' | undefined;
  private stopFollowing: (() => void) | undefined;
  private isPinned = false;
  /** The finding prepare() was last asked for, and the one whose card it drew unseen. */
  private preparing: Finding | undefined;
  private drawnUnseen: Finding | undefined;
  /** The UI strings of a chosen language, from the background (the card bundles no locale). */
  private readonly dictionaries = new Map<BundledLanguage, MessageDict | 'loading'>();

  constructor(
    private readonly doc: Document,
    private readonly loadEntry: LoadEntry,
    private readonly loadMessages: (language: BundledLanguage) => Promise<MessageDict> = askForMessages,
  ) {}

  get shownFinding(): Finding | undefined {
    return this.current;
  }

  get pinned(): boolean {
    return this.isPinned;
  }

  /** True when the event happened inside our card (the host is what the page sees). */
  contains(target: EventTarget | null): boolean {
    return !!this.cardHost && target === this.cardHost.host;
  }

  /** True while focus is inside the card. */
  hasFocus(): boolean {
    return !!this.cardHost && this.doc.activeElement === this.cardHost.host;
  }

  /**
   * Draws the card of the mention the pointer rests on, unseen, while the hover delay runs: a page's first
   * card cost ~30 ms more than later ones (its styles, fonts and the card's code, all met for the first time),
   * and that is now done before the reader waits. Nothing is drawn while a card is shown.
   */
  prepare(finding: Finding, options: ShowOptions = {}): void {
    if (this.current || this.preparing === finding) return;
    this.preparing = finding;
    this.loadEntry(finding.entry.id).then(
      (view) => {
        if (this.current || this.preparing !== finding || !view) return;
        // The page removed our host: only a showing mounts it again, so each hover mounts one host at most.
        if (this.cardHost && !this.cardHost.host.isConnected) return;
        // Restyled when shown, not now: a page that restyles our host meets one restyle a showing.
        const { panel } = this.mount(false);
        this.options = options;
        // Laid out and drawn, but unseen and out of the pointer's way; placed (and made visible) on show.
        panel.style.setProperty('visibility', 'hidden');
        panel.setAttribute(UNSEEN_ATTRIBUTE, '');
        panel.hidden = false;
        this.draw(finding, view);
        this.drawnUnseen = finding;
      },
      () => {},
    );
  }

  async show(finding: Finding, options: ShowOptions = {}): Promise<void> {
    const cardHost = this.mount();
    this.stopFollowing?.();
    const drawn = this.drawnUnseen === finding;
    this.preparing = undefined;
    this.drawnUnseen = undefined;
    this.current = finding;
    this.options = options;
    this.view = undefined;
    this.isPinned = options.pinned ?? this.isPinned;
    // A card drawn unseen stays as it is until its entry (already here) is drawn again, without a loading state.
    if (!drawn) this.draw(finding);
    // Which of the page's words the card explains (tests read it; screen readers get the card's own text).
    cardHost.panel.dataset.mention = finding.text;
    cardHost.panel.removeAttribute(UNSEEN_ATTRIBUTE);
    cardHost.panel.hidden = false;
    this.follow(finding);
    if (options.announce) cardHost.live.textContent = options.announce;
    if (options.focus) cardHost.panel.focus({ preventScroll: true });
    let view: EntryView | undefined;
    try {
      view = await this.loadEntry(finding.entry.id);
    } catch {
      view = undefined;
    }
    if (this.current !== finding) return;
    this.view = view ?? 'failed';
    this.draw(finding, this.view);
  }

  announce(text: string): void {
    this.mount().live.textContent = text;
  }

  applySettings(settings: CardSettings): void {
    this.options = { ...this.options, ...settings };
    if (this.current) this.draw(this.current, this.view);
  }

  hide(): void {
    this.stopFollowing?.();
    this.stopFollowing = undefined;
    this.current = undefined;
    this.view = undefined;
    this.isPinned = false;
    this.preparing = undefined;
    this.drawnUnseen = undefined;
    if (!this.cardHost) return;
    render(null, this.cardHost.panel);
    this.cardHost.panel.removeAttribute(UNSEEN_ATTRIBUTE);
    this.cardHost.panel.hidden = true;
  }

  destroy(): void {
    this.hide();
    this.cardHost?.remove();
    this.cardHost = undefined;
  }

  /** The chosen language's strings when they are here; otherwise asks for them and draws again on arrival. */
  private dictionaryFor(language: BundledLanguage | 'auto'): MessageDict | undefined {
    if (language === 'auto') return undefined;
    const known = this.dictionaries.get(language);
    if (known !== undefined) return known === 'loading' ? undefined : known;
    this.dictionaries.set(language, 'loading');
    void this.loadMessages(language).then(
      (dict) => {
        this.dictionaries.set(language, dict);
        if (this.current) this.draw(this.current, this.view);
      },
      () => this.dictionaries.delete(language),
    );
    return undefined;
  }

  /** Our host, made on first use and made again if the page removed it; restyled in case the page did. */
  private mount(restyle = true): CardHost {
    if (this.cardHost && !this.cardHost.host.isConnected) {
      render(null, this.cardHost.panel);
      this.cardHost = undefined;
    }
    this.cardHost ??= createCardHost(this.doc);
    if (restyle) restyleHost(this.cardHost.host);
    return this.cardHost;
  }

  private draw(finding: Finding, view?: EntryView | 'failed'): void {
    const panel = this.cardHost?.panel;
    if (!panel) return;
    // The card's own words in the reader's language (this file's t(), not the engine's); entry texts are
    // marked English where they are rendered. Applied at every draw, so a change of setting redraws in it.
    panel.dir = useLanguage(this.options.language ?? 'auto', this.dictionaryFor(this.options.language ?? 'auto'));
    panel.lang = uiLocale();
    const { browse, theme, textSize } = this.options;
    const body =
      view === undefined ? (
        <CardStatus name={finding.entry.name} theme={theme} textSize={textSize} />
      ) : view === 'failed' ? (
        <CardStatus name={finding.entry.name} failed theme={theme} textSize={textSize} />
      ) : (
        <Card
          view={view}
          theme={theme}
          textSize={textSize}
          matchedText={finding.text}
          pageValue={finding.value}
          figureComparison={this.options.figureComparison}
          why={{ text: finding.text, context: finding.context }}
          loadRelated={this.loadEntry}
          staleAfterDays={this.options.staleAfterDays}
          pinned={this.isPinned}
          onPin={() => this.togglePin()}
          onClose={() => this.options.onClose?.() ?? this.hide()}
        />
      );
    render(
      <>
        {browse && <BrowseBar position={browse.position} total={browse.total} onMove={browse.onMove} theme={theme} textSize={textSize} />}
        {body}
      </>,
      panel,
    );
  }

  private togglePin(): void {
    this.isPinned = !this.isPinned;
    const finding = this.current;
    if (finding) this.draw(finding, this.view);
  }

  /** Keeps the card beside its mention until it closes: scrolls, resizes and the card's own growth. */
  private follow(finding: Finding): void {
    const panel = this.cardHost?.panel;
    if (!panel) return;
    const reference = {
      getBoundingClientRect: () => rangeOf(finding).getBoundingClientRect(),
      getClientRects: () => rangeOf(finding).getClientRects(),
      contextElement: finding.start.node.parentElement ?? undefined,
    };
    const place = async () => {
      const { x, y, middlewareData } = await computePosition(reference, panel, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [
          // A mention that wraps lines: the line the pointer is on, not the box round both.
          inline(this.options.point),
          offset(6),
          flip({ padding: 8 }),
          shift({ padding: 8 }),
          size({
            padding: 8,
            apply: ({ availableWidth, availableHeight, elements }) => {
              elements.floating.style.setProperty('max-width', `${Math.max(220, Math.floor(availableWidth))}px`);
              elements.floating.style.setProperty('max-height', `${Math.max(160, Math.floor(availableHeight))}px`);
            },
          }),
          hide(),
        ],
      });
      if (this.current !== finding) return;
      panel.style.setProperty('left', `${Math.round(x)}px`);
      panel.style.setProperty('top', `${Math.round(y)}px`);
      // Scrolled out of view: the card goes with its mention rather than float over other text. Otherwise seen
      // only while our manifest sheet says so (CARD_SHOWN_PROPERTY): Firefox ends our scripts at once when the
      // extension is turned off, and takes the sheet away with them, so a card left open then is no longer seen.
      panel.style.setProperty('visibility', middlewareData.hide?.referenceHidden ? 'hidden' : `var(${CARD_SHOWN_PROPERTY}, hidden)`);
    };
    this.stopFollowing = autoUpdate(reference, panel, () => void place(), { animationFrame: false });
  }
}
