// Pointer → finding under it → card after a delay; leaving both mention and card hides it after a short
// grace period. A pinned card stays. A click outside the card and its mention, or Escape, closes it.
// Trigger `modifier`: the same, but a card opens only while the modifier key is held (pressing it on a
// mention opens it too; letting go leaves a shown card). Trigger `click`: the pointer neither opens nor
// hides cards (click-trigger.ts opens them), but a press outside and Escape still close them.
import type { Finding } from '../scan/finding';
import type { Trigger } from '../settings/settings-defaults';
import type { Settings } from '../settings/settings-schema';

export type ModifierKey = Settings['modifierKey'];

export interface HoverTarget {
  findingAt(x: number, y: number): Finding | undefined;
  isOverCard(target: EventTarget | null): boolean;
  show(finding: Finding, point: { x: number; y: number }): void;
  hide(): void;
  shown(): Finding | undefined;
  /** The reader pinned the card: the pointer neither hides nor replaces it. */
  pinned(): boolean;
  /**
   * A card will open for `finding` when the delay ends: it may be got ready meanwhile (drawn unseen). Called
   * only then, so a rest that opens nothing (trigger `modifier` with the key up) costs no card.
   */
  prepare?(finding: Finding): void;
}

export interface HoverOptions {
  /** Read on every hover, so a settings change applies at once. */
  delayMs: () => number;
  hideDelayMs: number;
  /** How cards open (settings `trigger`), read on every event so a change applies at once; hover when absent. */
  trigger?: () => Trigger;
  /** The key held with trigger `modifier`. */
  modifierKey?: () => ModifierKey;
  signal: AbortSignal;
}

/** Whether `key` is down during `event` (pointer and keyboard events both carry the modifiers' state). */
export function modifierDown(event: MouseEvent | KeyboardEvent, key: ModifierKey): boolean {
  return key === 'Alt' ? event.altKey : key === 'Shift' ? event.shiftKey : event.ctrlKey;
}

export interface HoverTracker {
  /**
   * What lies under the resting pointer changed (the page was painted): a card opens for a mention now under it,
   * as if the pointer had just moved there. Nothing closes or is replaced: the reader did not move.
   */
  recheck(): void;
}

export function trackHover(doc: Document, target: HoverTarget, options: HoverOptions): HoverTracker {
  let frame = 0;
  /** The pointer's last move over this document; undefined once it left the window. */
  let last: PointerEvent | undefined;
  /** The frame coming was asked for by recheck alone: it may open a card, not close or replace one. */
  let openOnly = false;
  let pending: Finding | undefined;
  let showTimer: ReturnType<typeof setTimeout> | undefined;
  let hideTimer: ReturnType<typeof setTimeout> | undefined;
  const win = doc.defaultView ?? window;
  const trigger = options.trigger ?? (() => 'hover');
  const modifierKey = options.modifierKey ?? (() => 'Alt');
  /** Trigger `modifier`: the key is down (as of the last pointer or key event). */
  let held = false;
  const opensOnHover = () => {
    const mode = trigger();
    return mode === 'hover' || (mode === 'modifier' && held);
  };

  const cancelShow = () => {
    clearTimeout(showTimer);
    pending = undefined;
  };
  const cancelHide = () => clearTimeout(hideTimer);

  const update = () => {
    frame = 0;
    const quiet = openOnly;
    openOnly = false;
    if (!last || target.pinned() || trigger() === 'click') return;
    if (quiet && (target.shown() || pending)) return;
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
      if (finding && opensOnHover()) {
        pending = finding;
        target.prepare?.(finding);
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

  const schedule = () => {
    if (!frame) frame = win.requestAnimationFrame(update);
  };
  const onMove = (event: PointerEvent) => {
    // Trigger `click`: nothing to follow (and nothing to look up on every move).
    if (trigger() === 'click') return;
    last = event;
    held = modifierDown(event, modifierKey());
    openOnly = false;
    schedule();
  };
  // Out of the window (no element to go to): a later recheck has no pointer to look under.
  const onOut = (event: PointerEvent) => {
    if (!event.relatedTarget) last = undefined;
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
  // Trigger `click` handles taps as clicks (a tap on a link keeps its meaning there).
  const onPointerUp = (event: PointerEvent) => {
    if (event.pointerType !== 'touch' || trigger() === 'click' || target.isOverCard(event.target)) return;
    const finding = target.findingAt(event.clientX, event.clientY);
    cancelShow();
    if (finding) target.show(finding, { x: event.clientX, y: event.clientY });
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && target.shown()) {
      cancelShow();
      target.hide();
      return;
    }
    // The modifier pressed with the pointer already resting on a mention opens its card too.
    if (trigger() === 'modifier' && event.key === modifierKey() && !event.repeat) {
      held = true;
      // The mention under the pointer was passed over while the key was up: it is looked at afresh.
      cancelShow();
      openOnly = false;
      schedule();
    }
  };
  const onKeyUp = (event: KeyboardEvent) => {
    if (trigger() !== 'modifier' || event.key !== modifierKey()) return;
    // Letting go stops a card about to open; a card already shown stays.
    held = false;
    cancelShow();
  };
  // The key may be let go in another window: it no longer counts as held.
  const onBlur = () => {
    held = false;
    if (trigger() === 'modifier') cancelShow();
  };

  const listen = { passive: true, signal: options.signal } as const;
  doc.addEventListener('pointermove', onMove, listen);
  doc.addEventListener('pointerout', onOut, listen);
  doc.addEventListener('keydown', onKey, listen);
  doc.addEventListener('keyup', onKeyUp, listen);
  win.addEventListener('blur', onBlur, listen);
  doc.addEventListener('pointerdown', onPointerDown, listen);
  doc.addEventListener('pointerup', onPointerUp, listen);
  options.signal.addEventListener('abort', () => {
    if (frame) win.cancelAnimationFrame(frame);
    cancelShow();
    cancelHide();
  });
  return {
    recheck: () => {
      if (frame || !last) return;
      openOnly = true;
      schedule();
    },
  };
}
