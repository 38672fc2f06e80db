// Walks a root and yields runs of text that read as one: the text nodes of one block, joined,
// with where each node starts, so a name split across <b> or <a> is still one string.
// A block with no block and nothing skipped inside it (most paragraphs) is read whole with one
// `textContent`, and its text nodes are walked only if a match needs them (block-nodes.ts): every node a
// content script touches costs a wrapper in its isolated world, which was most of a long page's whole read.
import { openOrClosedShadowRoot } from './closed-shadow-root';
import { SHADOW_HOST_TAGS } from './shadow-hosts';
import { BLOCK_TAGS, INNER_BREAK_SELECTOR, isSkipped } from './skip-rules';
import { SubtreeText } from './subtree-text';
import { type LeftOut, pastLeftOut } from './text-pieces';

export interface TextBlock {
  text: string;
  /** The text nodes, or none yet for a block read whole (`element`): see block-nodes.ts. */
  nodes: Text[];
  /** Offset in `text` at which each node starts. */
  starts: number[];
  /** A block read whole: its element, whose text nodes make up `text` exactly. */
  element?: Element;
  /** The shadow root the block is in, if any (hover hit-testing needs to name it, a closed one above all). */
  shadow?: ShadowRoot;
}

export interface TextBlockOptions {
  /** Elements left out of this walk, with their subtrees (see far-regions). */
  omit?: LeftOut;
}

/**
 * `rootless`: custom element tags seen without a shadow root in this walk (shared with the walks of the
 * shadow roots it finds), whose other instances are not asked for a closed one.
 */
export function* textBlocks(root: Node, options: TextBlockOptions = {}, rootless = new Set<string>()): Generator<TextBlock> {
  const { omit } = options;
  const shadow = root instanceof ShadowRoot ? root : undefined;
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  if (root.nodeType === Node.ELEMENT_NODE && isSkipped(root as Element)) return;
  const source = new SubtreeText(root, omit);
  const shadowRoots: ShadowRoot[] = [];
  // The current run: its nodes, where each starts, and its text so far. Text that is contiguous in
  // `source` is kept as one [from, to) span and sliced once, so most runs are a single slice.
  let nodes: Text[] = [];
  let starts: number[] = [];
  let length = 0;
  let head = '';
  let from = 0;
  let to = 0;
  let blockOwner: Element | null = null;

  /** Ends the current run: returns it if it holds any text (a plain function: no generator per block). */
  const take = (): TextBlock | undefined => {
    if (nodes.length === 0) return undefined;
    let text = '';
    if (source.stale) {
      // The page changed while the walk was paused: read this run's nodes as they are now.
      starts = [];
      for (const node of nodes) {
        starts.push(text.length);
        text += node.data;
      }
    } else text = head + source.slice(from, to);
    const block: TextBlock = shadow ? { text, nodes, starts, shadow } : { text, nodes, starts };
    nodes = [];
    starts = [];
    length = 0;
    head = '';
    from = to;
    return /\S/.test(text) ? block : undefined;
  };

  try {
    let node = walker.nextNode();
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
        const size = (node as Text).length;
        if (size > 0) {
          starts.push(length);
          nodes.push(node as Text);
          length += size;
          if (!source.stale) {
            if (source.at !== to) {
              head += source.slice(from, to);
              from = source.at;
            }
            source.at += size;
            to = source.at;
          }
        }
        node = walker.nextNode();
        continue;
      }
      const element = node as Element;
      // HTML elements report their tag in capitals already; only other namespaces (SVG, MathML) need converting.
      const raw = element.tagName;
      const tag = raw.charCodeAt(0) >= 97 ? raw.toUpperCase() : raw;
      if (omit?.elements.has(element)) {
        // A run of left-out siblings is passed in one step, as textPieces passes it.
        walker.currentNode = pastLeftOut(element, omit);
        node = skipSubtree(walker);
        continue;
      }
      if (isSkipped(element, tag)) {
        source.pass(element);
        node = skipSubtree(walker);
        continue;
      }
      let hosted: ShadowRoot | null = null;
      if (tag.includes('-')) {
        hosted = element.shadowRoot;
        // A custom element's closed root is read too (closed-shadow-root.ts). Instances of one element share
        // its class, so the first without any root answers for the rest: each ask costs ~6 µs in Chromium.
        if (!hosted && !rootless.has(tag)) {
          hosted = openOrClosedShadowRoot(element);
          if (!hosted) rootless.add(tag);
        }
      } else if (SHADOW_HOST_TAGS.has(tag)) hosted = element.shadowRoot;
      if (hosted) shadowRoots.push(hosted);
      if (BLOCK_TAGS.has(tag)) {
        const done = take();
        if (done) yield done;
        if (!hosted && readsWhole(element, omit)) {
          const text = element.textContent ?? '';
          if (!source.stale) {
            source.at += text.length;
            from = source.at;
            to = source.at;
          }
          if (/\S/.test(text)) yield shadow ? { text, nodes: [], starts: [], element, shadow } : { text, nodes: [], starts: [], element };
          blockOwner = null;
          insideOwner = null;
          node = skipSubtree(walker);
          continue;
        }
        blockOwner = element;
        insideOwner = null;
      }
      node = walker.nextNode();
    }
    const last = take();
    if (last) yield last;
  } finally {
    source.close();
  }
  // Shadow roots are read after the light tree: their text is laid out on its own.
  for (const shadow of shadowRoots) yield* textBlocks(shadow, options, rootless);
}

/** A block that holds no block, nothing skipped and nothing set aside is one run: its textContent. */
function readsWhole(element: Element, omit: LeftOut | undefined): boolean {
  if (element.firstElementChild === null) return true;
  return !omit?.holders.has(element) && element.querySelector(INNER_BREAK_SELECTOR) === null;
}

function skipSubtree(walker: TreeWalker): Node | null {
  let next = walker.nextSibling();
  while (!next) {
    if (!walker.parentNode()) return null;
    next = walker.nextSibling();
  }
  return next;
}
