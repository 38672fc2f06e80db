// Trigger `click`: a click (or tap) on a painted mention opens its card at once. A click that already means
// something on the page (a link, a button, a form control, a selection, a modified click, one the page's
// own script handled) keeps that meaning and opens nothing. The page's clicks are never prevented.
import type { Finding } from '../scan/finding';

export interface ClickTarget {
  findingAt(x: number, y: number): Finding | undefined;
  isOverCard(target: EventTarget | null): boolean;
  show(finding: Finding, point: { x: number; y: number }): void;
  /** A press that may become a click on `finding`: its card may be got ready (drawn unseen) before the click. */
  prepare?(finding: Finding): void;
}

export interface ClickOptions {
  /** The trigger is `click` now (read on every click, so a settings change applies at once). */
  active: () => boolean;
  signal: AbortSignal;
}

/** Elements a click already acts on. */
const CONTROLS = [
  'a[href]',
  'area[href]',
  'button',
  'input',
  'select',
  'textarea',
  'label',
  'summary',
  '[contenteditable]:not([contenteditable="false"])',
  '[role="button"]',
  '[role="link"]',
  '[role="checkbox"]',
  '[role="menuitem"]',
  '[role="option"]',
  '[role="switch"]',
  '[role="tab"]',
].join(',');

/** True when the event happened inside a link, button or form control (through open shadow roots too). */
export function insideControl(event: Event): boolean {
  return event.composedPath().some((node) => node instanceof Element && node.matches(CONTROLS));
}

/** The main button with no modifier, outside links, buttons and form controls (a click, or the press before it). */
function plainPress(event: MouseEvent): boolean {
  return event.button === 0 && !event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey && !insideControl(event);
}

/** The click is the reader's own business: modified, part of a double click or a selection, or handled by the page. */
function meansSomethingElse(event: MouseEvent, doc: Document): boolean {
  if (!plainPress(event) || event.defaultPrevented || event.detail > 1) return true;
  const selection = doc.getSelection();
  return selection !== null && !selection.isCollapsed;
}

export function openOnClick(doc: Document, target: ClickTarget, options: ClickOptions): void {
  const onClick = (event: MouseEvent) => {
    if (!options.active() || target.isOverCard(event.target) || meansSomethingElse(event, doc)) return;
    const finding = target.findingAt(event.clientX, event.clientY);
    if (finding) target.show(finding, { x: event.clientX, y: event.clientY });
  };
  // The press comes ~0.1 s before its click: enough to draw a page's first card, which costs ~30 ms more than
  // the next ones, before the click shows it. A press the click would pass over prepares nothing.
  const onPress = (event: PointerEvent) => {
    if (!target.prepare || !options.active() || !event.isPrimary || target.isOverCard(event.target) || !plainPress(event)) return;
    const finding = target.findingAt(event.clientX, event.clientY);
    if (finding) target.prepare(finding);
  };
  // Passive and in the bubbling phase: the page's own handlers run first and nothing of theirs is cancelled.
  doc.addEventListener('click', onClick, { passive: true, signal: options.signal });
  doc.addEventListener('pointerdown', onPress, { passive: true, signal: options.signal });
}
