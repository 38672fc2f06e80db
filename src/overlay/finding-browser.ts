// Keyboard browsing: the command shortcut starts it; N and P (or the bar's buttons) move through the page's
// findings in document order, each scrolled into view with its card open and focused; Escape leaves and
// gives focus back where it was. Moves are announced politely.
import type { ShowOptions } from '../card/card-module';
import { type Finding, rangeOf } from '../scan/finding';

export interface BrowseTarget {
  /** What the page shows, in document order. */
  findings(): readonly Finding[];
  show(finding: Finding, options: ShowOptions): void;
  hide(): void;
  /** Focus is inside our card. */
  cardHasFocus(): boolean;
  announce(text: string): void;
  text: {
    position: (name: string, position: number, total: number) => string;
    ended: string;
    nothing: string;
  };
}

const NEXT_KEYS = new Set(['n', 'N', 'j']);
const PREVIOUS_KEYS = new Set(['p', 'P', 'k']);

export class FindingBrowser {
  private at = -1;
  private returnFocus: Element | null = null;
  private stopKeys: AbortController | undefined;

  constructor(
    private readonly doc: Document,
    private readonly target: BrowseTarget,
    private readonly signal: AbortSignal,
  ) {
    signal.addEventListener('abort', () => this.stop(false));
  }

  get active(): boolean {
    return this.at >= 0;
  }

  /** Starts at the first finding on or below the top of the view (or goes on if already browsing). */
  start(): void {
    const list = this.target.findings();
    if (list.length === 0) {
      this.target.announce(this.target.text.nothing);
      return;
    }
    if (!this.active) {
      this.returnFocus = this.doc.activeElement;
      this.listen();
      const first = list.findIndex((f) => rangeOf(f).getBoundingClientRect().bottom >= 0);
      this.go(Math.max(first, 0));
      return;
    }
    this.move(1);
  }

  move(step: 1 | -1): void {
    const total = this.target.findings().length;
    if (!this.active || total === 0) return;
    this.go((this.at + step + total) % total);
  }

  /** Leaves browsing; focus goes back where it was when browsing began. */
  stop(restoreFocus = true): void {
    if (!this.active) return;
    this.at = -1;
    this.stopKeys?.abort();
    this.stopKeys = undefined;
    this.target.hide();
    this.target.announce(this.target.text.ended);
    const back = this.returnFocus;
    this.returnFocus = null;
    if (restoreFocus && back instanceof HTMLElement && back.isConnected) back.focus({ preventScroll: true });
  }

  private go(index: number): void {
    const list = this.target.findings();
    const finding = list[index];
    if (!finding) return;
    this.at = index;
    finding.start.node.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
    const position = index + 1;
    this.target.show(finding, {
      focus: true,
      pinned: true,
      announce: this.target.text.position(finding.entry.name, position, list.length),
      browse: { position, total: list.length, onMove: (step) => this.move(step) },
      onClose: () => this.stop(),
    });
  }

  private listen(): void {
    this.stopKeys = new AbortController();
    const signal = AbortSignal.any([this.stopKeys.signal, this.signal]);
    this.doc.addEventListener(
      'keydown',
      (event) => {
        if (event.key === 'Escape') return this.stop();
        // Letters move only while focus is in our card: typing elsewhere on the page stays the page's.
        if (!this.target.cardHasFocus() || event.ctrlKey || event.metaKey || event.altKey) return;
        if (NEXT_KEYS.has(event.key)) this.move(1);
        else if (PREVIOUS_KEYS.has(event.key)) this.move(-1);
      },
      { signal },
    );
  }
}
