// Closed shadow roots, which only an extension's content script may open: Firefox's
// `Element.openOrClosedShadowRoot`, Chromium's `chrome.dom.openOrClosedShadowRoot`. Asked of custom elements
// only (text-blocks.ts): a call per <div> of a long page would cost tens of milliseconds in Chromium's bindings.

type RootReader = (element: Element) => ShadowRoot | null;

interface FirefoxElement {
  readonly openOrClosedShadowRoot?: ShadowRoot | null;
}
interface ChromeDom {
  dom?: { openOrClosedShadowRoot?: (element: HTMLElement) => ShadowRoot | null };
}

let reader: RootReader | undefined;

function pickReader(): RootReader {
  if (typeof Element !== 'undefined' && 'openOrClosedShadowRoot' in Element.prototype)
    return (element) => (element as FirefoxElement).openOrClosedShadowRoot ?? null;
  const dom = (globalThis as { chrome?: ChromeDom }).chrome?.dom;
  const open = dom?.openOrClosedShadowRoot;
  if (typeof open === 'function') return (element) => (element instanceof HTMLElement ? open.call(dom, element) : null);
  // Neither (a page, a test DOM): closed roots stay closed.
  return () => null;
}

/** The element's shadow root, open or closed, where the browser lets us read it; null otherwise. */
export function openOrClosedShadowRoot(element: Element): ShadowRoot | null {
  reader ??= pickReader();
  try {
    return reader(element);
  } catch {
    // A page may hand us an element the API refuses (another document's): read as if it had none.
    return null;
  }
}

/** Forgets the chosen reader (tests stub the browser's API between cases). */
export function resetShadowRootReader(): void {
  reader = undefined;
}
