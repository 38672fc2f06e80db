// What the scan never reads: code, forms, editable text, hidden subtrees, our own UI, opted-out regions.

const SKIP_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'CODE',
  'PRE',
  'SVG',
  'MATH',
  'CANVAS',
  'VIDEO',
  'AUDIO',
  'IFRAME',
  'OBJECT',
  'HEAD',
  'TITLE',
  'KBD',
  'SAMP',
]);

export const OPT_OUT_ATTRIBUTE = 'data-gaza-talks-context';

export function isSkipped(element: Element, tag = element.tagName.toUpperCase()): boolean {
  if (SKIP_TAGS.has(tag)) return true;
  // Most inline elements carry no attribute at all: one call answers for all four checks below.
  if (!element.hasAttributes()) return false;
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  // "off" is the page author's opt-out; "ui" marks our own card host.
  if (element.hasAttribute(OPT_OUT_ATTRIBUTE)) return true;
  // The attribute, not isContentEditable: that property forces a style recalculation, which on a long page
  // costs tens of milliseconds each time styles are dirty. Descendants are skipped with their subtree.
  const editable = element.getAttribute('contenteditable');
  return editable !== null && editable.toLowerCase() !== 'false';
}

/** Elements that start a new run of text: a name never spans two of them. */
export const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'BR',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'HTML',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
  'CAPTION',
  'LEGEND',
  'OPTGROUP',
  'BUTTON',
]);

/**
 * Inline elements that hold text the same way whether read whole or node by node: no block, nothing
 * skipped, never a custom element (those may host a shadow root the scan must read).
 */
const PLAIN_INLINE_TAGS = [
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'data',
  'del',
  'dfn',
  'em',
  'font',
  'i',
  'img',
  'ins',
  'label',
  'mark',
  'picture',
  'q',
  's',
  'small',
  'source',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
  'wbr',
];

/**
 * What stops a block from being read in one piece (text-blocks.ts): anything inside it but plain inline
 * elements (a block, a line break, a custom element, something skipped), or a skipped attribute. A shadow
 * root hosted by a <span> inside such a block is not read (as in the first stage).
 */
export const INNER_BREAK_SELECTOR = `:not(${PLAIN_INLINE_TAGS.join(',')}),[hidden],[aria-hidden="true"],[${OPT_OUT_ATTRIBUTE}],[contenteditable]:not([contenteditable="false" i])`;

/** True when `node` sits inside a region the scan skips (checked for nodes added after the first scan). */
export function insideSkipped(node: Node): boolean {
  for (let el: Element | null = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement; el; el = el.parentElement) {
    if (isSkipped(el)) return true;
  }
  return false;
}

/** The nearest block element holding `node`: the unit a changed text is rescanned in. */
export function blockOwner(node: Node, root: Node): Element | null {
  let el: Element | null = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  while (el && el !== root && !BLOCK_TAGS.has(el.tagName.toUpperCase())) el = el.parentElement;
  return el;
}
