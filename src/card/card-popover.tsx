// Shows the card beside a mention, keeps it on screen (floating-ui), and removes itself cleanly.
import { computePosition, flip, offset, shift } from '@floating-ui/dom';
import { render } from 'preact';
import type { EntryView } from '../dataset/entry-view';
import { type Finding, rangeOf } from '../scan/finding';
import { Card } from './Card';
import { CardStatus } from './CardStatus';
import { type CardHost, createCardHost } from './card-host';

import type { LoadEntry, Popover } from './card-module';

export class CardPopover implements Popover {
  private cardHost: CardHost | undefined;
  private current: Finding | undefined;

  constructor(
    private readonly doc: Document,
    private readonly loadEntry: LoadEntry,
  ) {}

  get shownFinding(): Finding | undefined {
    return this.current;
  }

  /** True when the event happened inside our card (the host is what the page sees). */
  contains(target: EventTarget | null): boolean {
    return !!this.cardHost && target === this.cardHost.host;
  }

  async show(finding: Finding): Promise<void> {
    this.cardHost ??= createCardHost(this.doc);
    const { panel } = this.cardHost;
    this.current = finding;
    render(<CardStatus name={finding.entry.name} />, panel);
    panel.hidden = false;
    void this.place(finding);
    let view: EntryView | undefined;
    try {
      view = await this.loadEntry(finding.entry.id);
    } catch {
      view = undefined;
    }
    if (this.current !== finding) return;
    render(
      view ? <Card view={view} matchedText={finding.text} pageValue={finding.value} /> : <CardStatus name={finding.entry.name} failed />,
      panel,
    );
    await this.place(finding);
  }

  hide(): void {
    this.current = undefined;
    if (!this.cardHost) return;
    render(null, this.cardHost.panel);
    this.cardHost.panel.hidden = true;
  }

  destroy(): void {
    this.hide();
    this.cardHost?.remove();
    this.cardHost = undefined;
  }

  private async place(finding: Finding): Promise<void> {
    const panel = this.cardHost?.panel;
    if (!panel) return;
    const reference = {
      getBoundingClientRect: () => rangeOf(finding).getBoundingClientRect(),
      getClientRects: () => rangeOf(finding).getClientRects(),
    };
    const { x, y } = await computePosition(reference, panel, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [offset(6), flip(), shift({ padding: 8 })],
    });
    if (this.current !== finding) return;
    panel.style.setProperty('left', `${Math.round(x)}px`);
    panel.style.setProperty('top', `${Math.round(y)}px`);
  }
}
