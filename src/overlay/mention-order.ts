// Picking which mentions to paint without sorting the whole page.
import { type Finding, rangeOf } from '../scan/finding';

/** Scan order: document order within a scan, without asking the DOM. */
export const before = (a: Finding, b: Finding): boolean => a.order < b.order;

/** Rendered and not hidden by CSS (display, visibility, content-visibility). */
export function isVisible(f: Finding): boolean {
  const el = f.start.node.parentElement;
  if (el && typeof el.checkVisibility === 'function' && !el.checkVisibility({ visibilityProperty: true })) return false;
  return rangeOf(f).getClientRects().length > 0;
}

/** The first visible mention of each entry, in page order. */
export function firstMentions(findings: readonly Finding[]): Finding[] {
  const byEntry = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = byEntry.get(f.entry.id);
    if (list) list.push(f);
    else byEntry.set(f.entry.id, [f]);
  }
  const firsts: Finding[] = [];
  for (const list of byEntry.values()) {
    const remaining = [...list];
    while (remaining.length > 0) {
      let best = 0;
      for (let i = 1; i < remaining.length; i++) if (before(remaining[i] as Finding, remaining[best] as Finding)) best = i;
      const [candidate] = remaining.splice(best, 1);
      if (candidate && isVisible(candidate)) {
        firsts.push(candidate);
        break;
      }
    }
  }
  return firsts.sort((a, b) => (before(a, b) ? -1 : 1));
}

/** What keyboard browsing visits: the mentions painted at this density, in document order. */
export function browseOrder(findings: readonly Finding[], density: 'first' | 'every' | 'none'): Finding[] {
  if (density === 'none') return [];
  const list = density === 'first' ? firstMentions(findings) : findings.filter(isVisible);
  // Passes over changed parts of the page number their findings anew: the DOM decides the order.
  return list.sort(inDocumentOrder);
}

/** Sorts findings as they stand in the document (within one text node, by offset). */
export function inDocumentOrder(a: Finding, b: Finding): number {
  if (a.start.node === b.start.node) return a.start.offset - b.start.offset;
  return a.start.node.compareDocumentPosition(b.start.node) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}
