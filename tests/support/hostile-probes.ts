// Probes for the hostile-page specs, evaluated inside test pages and frames (self-contained). The paint probes
// pass no callback to the page: in a frame sandboxed without allow-scripts Chromium refuses to run one
// ("the provided callback is no longer runnable"), so they iterate the highlight registry instead.

/** Every painted range's text, by highlight name (ours only), read without a callback. */
export function paintedTextsPlain(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith('gaza-talks-context-')) continue;
    const texts = [...highlight].map((range) => range.toString());
    if (texts.length > 0) out[name] = texts;
  }
  return out;
}

/** Centre of the first painted range whose text is `text`, in this frame's viewport, read without a callback. */
export function paintedCentrePlain(text: string): { x: number; y: number } | null {
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith('gaza-talks-context-')) continue;
    for (const range of highlight) {
      if (!(range instanceof Range) || range.toString() !== text) continue;
      range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const rect = range.getClientRects()[0];
      return rect ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : null;
    }
  }
  return null;
}

/** The underline colour our stylesheet gives each highlight name on `selector`'s element, and the page's background. */
export function highlightColours(arg: { selector: string; names: string[] }): { page: string; colours: Record<string, string> } {
  const el = document.querySelector(arg.selector);
  if (!el) throw new Error(`no ${arg.selector}`);
  const colours: Record<string, string> = {};
  for (const name of arg.names) colours[name] = getComputedStyle(el, `::highlight(${name})`).textDecorationColor;
  return { page: getComputedStyle(document.body).backgroundColor, colours };
}

/** The computed font sizes of the card's own text (its base, the name and the summary), or null with no card. */
export function cardFontSizes(): { card: string; name: string; summary: string } | null {
  const root = document.querySelector('gaza-talks-context-ui')?.shadowRoot;
  const card = root?.querySelector('.gtc-card:not([aria-busy="true"])');
  const name = root?.querySelector('.gtc-name');
  const summary = root?.querySelector('.gtc-summary');
  if (!card || !name || !summary) return null;
  return { card: getComputedStyle(card).fontSize, name: getComputedStyle(name).fontSize, summary: getComputedStyle(summary).fontSize };
}

/** The highlight style a person's mention gets on the first paragraph of each of the page's test shadow roots. */
export function shadowHighlightStyles(): { line: string; colour: string }[] {
  const roots = (window as unknown as { testShadowRoots?: ShadowRoot[] }).testShadowRoots ?? [];
  return roots.map((root) => {
    const p = root.querySelector('p');
    if (!p) throw new Error('a test shadow root without its paragraph');
    const style = getComputedStyle(p, '::highlight(gaza-talks-context-person)');
    return { line: style.textDecorationLine, colour: style.textDecorationColor };
  });
}

/** Centre of the first word of `text` inside one of the page's test shadow roots (open or closed). */
export function shadowTextCentre(text: string): { x: number; y: number } | null {
  const roots = (window as unknown as { testShadowRoots?: ShadowRoot[] }).testShadowRoots ?? [];
  for (const root of roots) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node as Text).data.indexOf(text);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + (text.split(' ')[0]?.length ?? 1));
      const rect = range.getClientRects()[0];
      return rect ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : null;
    }
  }
  return null;
}

/** Where the caret and focus are, and the editor's markup. */
export function editorState(selector: string): {
  html: string;
  focused: boolean;
  caretInEditor: boolean;
  collapsed: boolean;
  caretAtEnd: boolean;
} {
  const editor = document.querySelector(selector);
  if (!editor) throw new Error(`no ${selector}`);
  const selection = getSelection();
  const anchor = selection?.anchorNode ?? null;
  // The caret is at the end when nothing of the editor's text follows it.
  let caretAtEnd = false;
  if (selection && selection.rangeCount > 0 && anchor) {
    const after = document.createRange();
    after.selectNodeContents(editor);
    after.setStart(anchor, selection.anchorOffset);
    caretAtEnd = after.toString() === '';
  }
  return {
    html: editor.innerHTML,
    focused: document.activeElement === editor,
    caretInEditor: anchor !== null && editor.contains(anchor),
    collapsed: selection?.isCollapsed ?? false,
    caretAtEnd,
  };
}

/** The box of `text`'s first occurrence inside the page's test shadow roots, in viewport coordinates. */
export function shadowTextBox(text: string): { left: number; top: number; right: number; bottom: number } | null {
  const roots = (window as unknown as { testShadowRoots?: ShadowRoot[] }).testShadowRoots ?? [];
  for (const root of roots) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node as Text).data.indexOf(text);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + text.length);
      const r = range.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    }
  }
  return null;
}

/**
 * How many pixels of a viewport screenshot (a PNG, base64) inside `box` are within `tolerance` of `colour`
 * on every channel. Decoded with a detached canvas: nothing is added to the page.
 */
export async function colourPixels(arg: {
  png: string;
  box: { left: number; top: number; right: number; bottom: number };
  colour: [number, number, number];
  tolerance: number;
}): Promise<number> {
  const img = new Image();
  img.src = `data:image/png;base64,${arg.png}`;
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = img.naturalWidth;
  canvas.height = img.naturalHeight;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2d canvas');
  ctx.drawImage(img, 0, 0);
  // The screenshot is in device pixels.
  const scale = img.naturalWidth / document.documentElement.clientWidth;
  const x = Math.max(0, Math.floor(arg.box.left * scale));
  const y = Math.max(0, Math.floor(arg.box.top * scale));
  const w = Math.max(1, Math.ceil((arg.box.right - arg.box.left) * scale));
  const h = Math.max(1, Math.ceil((arg.box.bottom - arg.box.top) * scale));
  const data = ctx.getImageData(x, y, w, h).data;
  const [r, g, b] = arg.colour;
  let count = 0;
  for (let i = 0; i < data.length; i += 4) {
    const near =
      Math.abs((data[i] ?? 0) - r) <= arg.tolerance &&
      Math.abs((data[i + 1] ?? 0) - g) <= arg.tolerance &&
      Math.abs((data[i + 2] ?? 0) - b) <= arg.tolerance;
    if (near) count++;
  }
  return count;
}

/** How many of our painted ranges start inside the elements matching `selector`. */
export function paintedInside(selector: string): number {
  const holders = [...document.querySelectorAll(selector)];
  let count = 0;
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith('gaza-talks-context-')) continue;
    for (const range of highlight) if (holders.some((el) => el.contains(range.startContainer))) count++;
  }
  return count;
}
