// Probes for the settings specs (tests/browser/*/settings-live.*), run inside a test page: self-contained.
// They run in the page's main world, which sees what the extension's isolated world made in the page's
// document: the CSS.highlights registry (one per document) and our host's open shadow root.

/** How many ranges each of our highlights holds, by name. */
export function highlightSizes(): Record<string, number> {
  const out: Record<string, number> = {};
  CSS.highlights.forEach((highlight, name) => {
    if (name.startsWith('gaza-talks-context-') && highlight.size > 0) out[name] = highlight.size;
  });
  return out;
}

/** The colours our stylesheet gives a highlight, as the page computes them. */
export function highlightLook(name: string): { background: string; decoration: string } {
  const style = getComputedStyle(document.body, `::highlight(${name})`);
  return { background: style.backgroundColor, decoration: style.textDecorationLine || 'none' };
}

/** The box of the first range in one of our highlights, scrolled into view first; null when it holds none. */
export function highlightBox(name: string): { left: number; top: number; right: number; bottom: number } | null {
  const range = [...(CSS.highlights.get(name) ?? [])][0];
  if (!(range instanceof Range)) return null;
  range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
  const rect = range.getClientRects()[0];
  return rect ? { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom } : null;
}

/** The open card's computed colours, font size and width, its theme and text size, and its panel's direction and language; null without a card. */
export function cardLook(): {
  background: string;
  color: string;
  fontSize: string;
  width: number;
  theme: string | null;
  size: string | null;
  dir: string;
  lang: string;
} | null {
  const panel = document.querySelector('gaza-talks-context-ui')?.shadowRoot?.querySelector('.gtc-panel');
  const card = panel?.querySelector('.gtc-card:not([aria-busy="true"])');
  if (!(panel instanceof HTMLElement) || panel.hidden || !card) return null;
  const style = getComputedStyle(card);
  return {
    background: style.backgroundColor,
    color: style.color,
    fontSize: style.fontSize,
    width: card.getBoundingClientRect().width,
    theme: card.getAttribute('data-theme'),
    size: card.getAttribute('data-text-size'),
    dir: panel.dir,
    lang: panel.lang,
  };
}

/** Whether the open card sets the page's own number beside the reported ones. */
export function cardHasPageValue(): boolean {
  return !!document.querySelector('gaza-talks-context-ui')?.shadowRoot?.querySelector('.gtc-panel:not([hidden]) .gtc-page-value');
}
