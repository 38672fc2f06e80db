// Walks a root and yields runs of text that read as one: the text nodes of one block, joined,
// with where each node starts, so a name split across <b> or <a> is still one string.
import { BLOCK_TAGS, isSkipped } from './skip-rules';

/** The only elements that can host a shadow root, besides custom elements (attachShadow's own list). */
const SHADOW_HOST_TAGS = new Set([
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

export interface TextBlock {
  text: string;
  nodes: Text[];
  /** Offset in `text` at which each node starts. */
  starts: number[];
  /** The open shadow root the block is in, if any (hover hit-testing needs to name it). */
  shadow?: ShadowRoot;
}

export function* textBlocks(root: Node): Generator<TextBlock> {
  const shadow = root instanceof ShadowRoot ? root : undefined;
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  const empty = (): TextBlock => (shadow ? { text: '', nodes: [], starts: [], shadow } : { text: '', nodes: [], starts: [] });
  let block = empty();
  let blockOwner: Element | null = null;
  const shadowRoots: ShadowRoot[] = [];

  /** Ends the current run: returns it if it holds any text (a plain function: no generator per block). */
  const take = (): TextBlock | undefined => {
    const done = block;
    block = empty();
    return done.nodes.length > 0 && /\S/.test(done.text) ? done : undefined;
  };

  let node: Node | null = walker.currentNode;
  if (node.nodeType === Node.ELEMENT_NODE && isSkipped(node as Element)) return;
  node = walker.nextNode();
  // The last text node's parent, known to be inside the current block: siblings skip the contains() call.
  let insideOwner: Element | null = null;
  while (node) {
    if (node.nodeType === Node.TEXT_NODE) {
      const owner = node.parentElement;
      // Leaving the current block's subtree ends the run, as entering a new block does.
      if (blockOwner && owner && owner !== insideOwner && owner !== blockOwner && !blockOwner.contains(owner)) {
        const done = take();
        if (done) yield done;
        blockOwner = owner;
      }
      insideOwner = owner;
      const value = (node as Text).data;
      if (value.length > 0) {
        block.starts.push(block.text.length);
        block.nodes.push(node as Text);
        block.text += value;
      }
      node = walker.nextNode();
      continue;
    }
    const element = node as Element;
    // HTML elements report their tag in capitals already; only other namespaces (SVG, MathML) need converting.
    const raw = element.tagName;
    const tag = raw.charCodeAt(0) >= 97 ? raw.toUpperCase() : raw;
    if (isSkipped(element, tag)) {
      node = skipSubtree(walker);
      continue;
    }
    const hosted = SHADOW_HOST_TAGS.has(tag) || tag.includes('-') ? element.shadowRoot : null;
    if (hosted) shadowRoots.push(hosted);
    if (BLOCK_TAGS.has(tag)) {
      const done = take();
      if (done) yield done;
      blockOwner = element;
      insideOwner = null;
    }
    node = walker.nextNode();
  }
  const last = take();
  if (last) yield last;
  // Open shadow roots are read after the light tree: their text is laid out on its own.
  for (const shadow of shadowRoots) yield* textBlocks(shadow);
}

function skipSubtree(walker: TreeWalker): Node | null {
  let next = walker.nextSibling();
  while (!next) {
    if (!walker.parentNode()) return null;
    next = walker.nextSibling();
  }
  return next;
}
