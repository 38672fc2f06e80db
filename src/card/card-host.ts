// The one element we add to a page: a host with a shadow root that the card renders into, made on
// first use. Page styles cannot reach inside; ours cannot leak out.
import browseCss from './browse-bar.css?inline';
import cardCss from './card.css?inline';

import { HOST_TAG } from './host-tag';

export { HOST_TAG };

export interface CardHost {
  host: HTMLElement;
  /** Where Preact renders; positioned with `position: fixed`. */
  panel: HTMLElement;
  /** Read politely by screen readers: where keyboard browsing is. */
  live: HTMLElement;
  remove(): void;
}

const TEXT_SPACING = ['line-height', 'letter-spacing', 'word-spacing'] as const;

/** Our host's own inline styles, set again before each showing: a page may have restyled it. */
export function restyleHost(host: HTMLElement): void {
  // `all: initial` stops inherited page styles; the host itself takes no space. `!important`, so a page's
  // own rule on our tag (`opacity: 0 !important`, a transform) cannot hide the card either; text spacing is
  // then set again without it, left to a reader's own overrides (axe: avoid-inline-spacing).
  host.style.setProperty('all', 'initial', 'important');
  for (const spacing of TEXT_SPACING) host.style.setProperty(spacing, 'initial');
  host.style.setProperty('position', 'fixed', 'important');
  host.style.setProperty('inset', '0 auto auto 0', 'important');
  host.style.setProperty('z-index', '2147483647', 'important');
  host.style.setProperty('display', 'block', 'important');
}

export function createCardHost(doc: Document): CardHost {
  const host = doc.createElement(HOST_TAG);
  host.setAttribute('data-gaza-talks-context', 'ui');
  restyleHost(host);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = `${cardCss}\n${browseCss}`;
  const panel = doc.createElement('div');
  panel.className = 'gtc-panel';
  panel.setAttribute('role', 'dialog');
  // Focusable, so keyboard browsing can put focus in the card and Tab then reaches its controls.
  panel.tabIndex = -1;
  panel.style.setProperty('position', 'fixed');
  panel.style.setProperty('top', '0');
  panel.style.setProperty('left', '0');
  panel.style.setProperty('overflow', 'auto');
  panel.hidden = true;
  const live = doc.createElement('div');
  live.className = 'gtc-live';
  live.setAttribute('aria-live', 'polite');
  live.setAttribute('role', 'status');
  shadow.append(style, panel, live);
  doc.documentElement.append(host);
  return { host, panel, live, remove: () => host.remove() };
}
