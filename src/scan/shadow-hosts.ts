// Where open shadow roots can be: the scan asks each element it walks; the topic gate, which walks nothing,
// finds the candidates natively.

/** The only elements that can host a shadow root, besides custom elements (attachShadow's own list). */
export const SHADOW_HOST_TAGS: ReadonlySet<string> = new Set([
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'DIV',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'MAIN',
  'NAV',
  'P',
  'SECTION',
  'SPAN',
]);

/**
 * Elements that may host an open shadow root, found natively: the tags attachShadow accepts, less <p> and
 * <span> (reading the shadowRoot of every element of a long page was two thirds of the gate's cost), and
 * custom elements, by an XPath query on their names. Written out, not derived from the set, so the first
 * stage ships neither the set nor the code building it (a unit test keeps the two in step). Without
 * `plainToo`, custom elements only.
 */
export const HOST_SELECTOR = 'article,aside,blockquote,body,div,footer,h1,h2,h3,h4,h5,h6,header,main,nav,section';
const CUSTOM_ELEMENTS = './/*[contains(local-name(), "-")]';

export function* possibleHosts(root: Node, plainToo = true): Generator<Element> {
  if (plainToo) yield* (root as ParentNode).querySelectorAll(HOST_SELECTOR);
  const doc = root.ownerDocument ?? (root as Document);
  let custom: XPathResult | undefined;
  try {
    custom = doc.evaluate(CUSTOM_ELEMENTS, root, null, XPathResult.ORDERED_NODE_SNAPSHOT_TYPE, null);
  } catch {
    custom = undefined;
  }
  if (custom) {
    for (let i = 0; i < custom.snapshotLength; i++) {
      const node = custom.snapshotItem(i);
      if (node && node.nodeType === Node.ELEMENT_NODE) yield node as Element;
    }
    return;
  }
  // No XPath (some test DOMs): walk for them.
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
  for (let el = walker.nextNode() as Element | null; el; el = walker.nextNode() as Element | null) if (el.tagName.includes('-')) yield el;
}
