// Which finding is under the pointer: caret-from-point gives the text node and offset, the finding's
// client rects confirm it (the caret snaps to the nearest character even in the margin).
import { type Finding, rangeOf } from '../scan/finding';
import type { FindingsByNode } from '../scan/findings-by-node';

interface CaretDocument {
  caretPositionFromPoint?(x: number, y: number, options?: { shadowRoots?: ShadowRoot[] }): { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?(x: number, y: number): Range | null;
}

/** The text position under a point; `shadowRoots` lets it reach text inside open shadow roots. */
export function caretAt(doc: Document, x: number, y: number, shadowRoots: ShadowRoot[] = []): { node: Node; offset: number } | undefined {
  const d = doc as unknown as CaretDocument;
  if (typeof d.caretPositionFromPoint === 'function') {
    const pos = shadowRoots.length > 0 ? d.caretPositionFromPoint(x, y, { shadowRoots }) : d.caretPositionFromPoint(x, y);
    return pos ? { node: pos.offsetNode, offset: pos.offset } : undefined;
  }
  const range = d.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : undefined;
}

export function rangeContainsPoint(range: Range, x: number, y: number, slack = 1): boolean {
  for (const rect of range.getClientRects()) {
    if (x >= rect.left - slack && x <= rect.right + slack && y >= rect.top - slack && y <= rect.bottom + slack) return true;
  }
  return false;
}

export function findingAtPoint(doc: Document, index: FindingsByNode, x: number, y: number): Finding | undefined {
  const caret = caretAt(doc, x, y, index.shadowRoots);
  if (!caret || caret.node.nodeType !== Node.TEXT_NODE) return undefined;
  const finding = index.at(caret.node as Text, caret.offset);
  return finding && rangeContainsPoint(rangeOf(finding), x, y) ? finding : undefined;
}
