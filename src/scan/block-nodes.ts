// The text nodes of a block read whole (text-blocks.ts), walked only when one of its matches needs them:
// most blocks of a long page match nothing, and each node touched costs a wrapper in the isolated world.
import type { TextBlock } from './text-blocks';

/** Fills in `block.nodes` and `block.starts` if the block was read whole. Call before the page can change. */
export function withNodes(block: TextBlock): TextBlock {
  const { element } = block;
  if (!element || block.nodes.length > 0) return block;
  const walker = (element.ownerDocument ?? document).createTreeWalker(element, NodeFilter.SHOW_TEXT);
  let length = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const size = (node as Text).length;
    if (size === 0) continue;
    block.nodes.push(node as Text);
    block.starts.push(length);
    length += size;
  }
  return block;
}
