// Turns the matches in one block's text back into DOM ranges over its text nodes.
import type { EntriesIndex } from '../dataset/entries-index';
import type { BlockMatch } from '../matcher/page-matcher';
import { newBlockId } from './block-id';
import { withNodes } from './block-nodes';
import type { Finding } from './finding';
import { isLinkTeaser } from './link-teaser';
import { inPageChrome } from './page-chrome';
import type { TextBlock } from './text-blocks';

/** The node holding `offset` of the block's text (the last node starting at or before it). */
function locate(block: TextBlock, offset: number, preferEnd: boolean): { index: number; offset: number } {
  let lo = 0;
  let hi = block.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const start = block.starts[mid] ?? 0;
    if (start < offset || (!preferEnd && start === offset)) lo = mid;
    else hi = mid - 1;
  }
  return { index: lo, offset: offset - (block.starts[lo] ?? 0) };
}

let nextOrder = 0;

export function blockFindings(read: TextBlock, matches: BlockMatch[], index: EntriesIndex, run?: number): Finding[] {
  const findings: Finding[] = [];
  const block = withNodes(read);
  // One native lookup per block with a match, and one per text node until its unlinked text settles it (one
  // for most paragraphs): a sidebar, or a headline linking elsewhere (link-teaser.ts), is not what the page is about.
  const aside = matches.length > 0 && (inPageChrome(read.element ?? block.nodes[0]?.parentElement) || isLinkTeaser(block.nodes));
  const blockId = newBlockId();
  for (const match of matches) {
    const entry = index.entries[match.entry];
    if (!entry) continue;
    const start = locate(block, match.start, false);
    const end = locate(block, match.end, true);
    const startNode = block.nodes[start.index];
    const endNode = block.nodes[end.index];
    if (!startNode || !endNode) continue;
    const finding: Finding = {
      entry,
      text: match.text,
      start: { node: startNode, offset: start.offset },
      end: { node: endNode, offset: end.offset },
      nodes: start.index === end.index ? [startNode] : block.nodes.slice(start.index, end.index + 1),
      licensed: match.licensed,
      order: nextOrder++,
      block: blockId,
    };
    if (run !== undefined) finding.run = run;
    if (block.shadow) finding.shadow = block.shadow;
    if (match.value !== undefined) finding.value = match.value;
    if (match.generic) finding.generic = true;
    if (aside) finding.aside = true;
    if (match.context) finding.context = match.context;
    findings.push(finding);
  }
  return findings;
}
