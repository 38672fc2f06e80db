// Copies text for the card's "Copy citation" button. The async clipboard API is missing on plain-http
// pages and may be refused by a page's permissions policy, so a selected textarea and execCommand follow.
export async function copyText(text: string, root: HTMLElement): Promise<boolean> {
  const clipboard = root.ownerDocument.defaultView?.navigator.clipboard;
  if (clipboard && typeof clipboard.writeText === 'function') {
    try {
      await clipboard.writeText(text);
      return true;
    } catch {
      // Refused: try the older way below.
    }
  }
  return copyWithTextarea(text, root);
}

/** The textarea goes inside our own root (the card's shadow root on a page), never into the page's DOM. */
function copyWithTextarea(text: string, root: HTMLElement): boolean {
  const doc = root.ownerDocument;
  const scope = root.getRootNode() as Document | ShadowRoot;
  const focused = scope.activeElement;
  const area = doc.createElement('textarea');
  area.value = text;
  area.readOnly = true;
  area.tabIndex = -1;
  area.setAttribute('aria-hidden', 'true');
  // Selectable but unseen: display:none or visibility:hidden would make select() select nothing.
  for (const [name, value] of [
    ['position', 'fixed'],
    ['top', '0'],
    ['left', '0'],
    ['width', '1px'],
    ['height', '1px'],
    ['opacity', '0'],
    ['pointer-events', 'none'],
  ] as const) {
    area.style.setProperty(name, value);
  }
  root.append(area);
  let copied = false;
  try {
    area.select();
    copied = doc.execCommand('copy');
  } catch {
    copied = false;
  } finally {
    area.remove();
    if (focused instanceof HTMLElement) focused.focus({ preventScroll: true });
  }
  return copied;
}
