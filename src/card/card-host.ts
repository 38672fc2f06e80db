// The one element we add to a page: a host with a shadow root that the card renders into, made on
// first use. Page styles cannot reach inside; ours cannot leak out.
import cardCss from './card.css?inline';

export const HOST_TAG = 'gaza-talks-context-ui';

export interface CardHost {
  host: HTMLElement;
  /** Where Preact renders; positioned with `position: fixed`. */
  panel: HTMLElement;
  remove(): void;
}

export function createCardHost(doc: Document): CardHost {
  const host = doc.createElement(HOST_TAG);
  host.setAttribute('data-gaza-talks-context', 'ui');
  // `all: initial` stops inherited page styles; the host itself takes no space.
  host.style.setProperty('all', 'initial');
  host.style.setProperty('position', 'fixed');
  host.style.setProperty('inset', '0 auto auto 0');
  host.style.setProperty('z-index', '2147483647');
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = cardCss;
  const panel = doc.createElement('div');
  panel.className = 'gtc-panel';
  panel.setAttribute('role', 'dialog');
  panel.style.setProperty('position', 'fixed');
  panel.style.setProperty('top', '0');
  panel.style.setProperty('left', '0');
  panel.hidden = true;
  shadow.append(style, panel);
  doc.documentElement.append(host);
  return { host, panel, remove: () => host.remove() };
}
