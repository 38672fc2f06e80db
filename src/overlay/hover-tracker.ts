// Pointer → finding under it → card after a delay; leaving both mention and card hides it after a short
// grace period. A pinned card stays. A click outside the card and its mention, or Escape, closes it.
import type { Finding } from '../scan/finding';

export interface HoverTarget {
  findingAt(x: number, y: number): Finding | undefined;
  isOverCard(target: EventTarget | null): boolean;
  show(finding: Finding, point: { x: number; y: number }): void;
  hide(): void;
  shown(): Finding | undefined;
  /** The reader pinned the card: the pointer neither hides nor replaces it. */
  pinned(): boolean;
}

export interface HoverOptions {
  /** Read on every hover, so a settings change applies at once. */
  delayMs: () => number;
  hideDelayMs: number;
  signal: AbortSignal;
}

export function trackHover(doc: Document, target: HoverTarget, options: HoverOptions): void {
  let frame = 0;
  let last: PointerEvent | undefined;
  let pending: Finding | undefined;
  let showTimer: ReturnType<typeof setTimeout> | undefined;
  let hideTimer: ReturnType<typeof setTimeout> | undefined;
  const win = doc.defaultView ?? window;

  const cancelShow = () => {
    clearTimeout(showTimer);
    pending = undefined;
  };
  const cancelHide = () => clearTimeout(hideTimer);

  const update = () => {
    frame = 0;
    if (!last || target.pinned()) return;
    if (target.isOverCard(last.target)) {
      cancelShow();
      cancelHide();
      return;
    }
    const { clientX: x, clientY: y } = last;
    const finding = target.findingAt(x, y);
    if (finding && finding === target.shown()) {
      cancelShow();
      cancelHide();
      return;
    }
    if (finding !== pending) {
      cancelShow();
      if (finding) {
        pending = finding;
        showTimer = setTimeout(() => {
          pending = undefined;
          cancelHide();
          if (!target.pinned()) target.show(finding, { x, y });
        }, options.delayMs());
      }
    }
    if (!finding && target.shown()) {
      cancelHide();
      hideTimer = setTimeout(() => {
        if (!target.pinned()) target.hide();
      }, options.hideDelayMs);
    }
  };

  const onMove = (event: PointerEvent) => {
    last = event;
    if (!frame) frame = win.requestAnimationFrame(update);
  };
  // Touch has no hover: a tap on a mention opens its card at once. A press outside closes an unpinned card.
  const onPointerDown = (event: PointerEvent) => {
    if (target.isOverCard(event.target) || !target.shown()) return;
    const finding = target.findingAt(event.clientX, event.clientY);
    if (!finding && !target.pinned()) {
      cancelShow();
      target.hide();
    }
  };
  const onPointerUp = (event: PointerEvent) => {
    if (event.pointerType !== 'touch' || target.isOverCard(event.target)) return;
    const finding = target.findingAt(event.clientX, event.clientY);
    cancelShow();
    if (finding) target.show(finding, { x: event.clientX, y: event.clientY });
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && target.shown()) {
      cancelShow();
      target.hide();
    }
  };

  const listen = { passive: true, signal: options.signal } as const;
  doc.addEventListener('pointermove', onMove, listen);
  doc.addEventListener('keydown', onKey, listen);
  doc.addEventListener('pointerdown', onPointerDown, listen);
  doc.addEventListener('pointerup', onPointerUp, listen);
  options.signal.addEventListener('abort', () => {
    if (frame) win.cancelAnimationFrame(frame);
    cancelShow();
    cancelHide();
  });
}
