// Pointer → finding under it → card after a delay; leaving both mention and card hides it.
import type { Finding } from '../scan/finding';

export interface HoverTarget {
  findingAt(x: number, y: number): Finding | undefined;
  isOverCard(target: EventTarget | null): boolean;
  show(finding: Finding): void;
  hide(): void;
  shown(): Finding | undefined;
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
    if (!last) return;
    if (target.isOverCard(last.target)) {
      cancelShow();
      cancelHide();
      return;
    }
    const finding = target.findingAt(last.clientX, last.clientY);
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
          target.show(finding);
        }, options.delayMs());
      }
    }
    if (!finding && target.shown()) {
      cancelHide();
      hideTimer = setTimeout(() => target.hide(), options.hideDelayMs);
    }
  };

  const onMove = (event: PointerEvent) => {
    last = event;
    if (!frame) frame = win.requestAnimationFrame(update);
  };
  // Touch has no hover: a tap on a mention opens its card at once.
  const onPointerUp = (event: PointerEvent) => {
    if (event.pointerType !== 'touch' || target.isOverCard(event.target)) return;
    const finding = target.findingAt(event.clientX, event.clientY);
    cancelShow();
    if (finding) target.show(finding);
    else if (target.shown()) target.hide();
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && target.shown()) target.hide();
  };

  const listen = { passive: true, signal: options.signal } as const;
  doc.addEventListener('pointermove', onMove, listen);
  doc.addEventListener('keydown', onKey, listen);
  doc.addEventListener('pointerup', onPointerUp, listen);
  options.signal.addEventListener('abort', () => {
    if (frame) win.cancelAnimationFrame(frame);
    cancelShow();
    cancelHide();
  });
}
