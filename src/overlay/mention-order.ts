// Picking which mentions to paint without sorting the whole page.
import { type Finding, rangeOf } from '../scan/finding';

/**
 * What the DOM answered for two findings of different runs. A live page adds a run at each change, and every pass
 * compares each entry's first mention with the first of each run: asked anew, those comparisons grew with the
 * page's changes (~80 of our ~460 ms over 1,000 appends). A finding's text node keeps its place for as long as the
 * finding lives (a node moved or changed is rescanned into new findings), so an answer holds for the pair's life.
 */
const answered = new WeakMap<Finding, WeakMap<Finding, boolean>>();

function remember(a: Finding, b: Finding, aFirst: boolean): void {
  let known = answered.get(a);
  if (!known) {
    known = new WeakMap();
    answered.set(a, known);
  }
  known.set(b, aFirst);
}

/**
 * Page order. Within one run (Finding.run) scan order is document order, read without asking the DOM; a
 * block rescanned after a change is a run of its own, numbered after everything else, so it asks the DOM once.
 */
export function before(a: Finding, b: Finding): boolean {
  if (a.run === b.run) return a.order < b.order;
  const known = answered.get(a)?.get(b);
  if (known !== undefined) return known;
  const aFirst = inDocumentOrder(a, b) < 0;
  remember(a, b, aFirst);
  remember(b, a, !aFirst);
  return aFirst;
}

/** The index of the first of `list` in page order: the first of each run by scan order, then those few by the DOM. */
function firstInPageOrder(list: readonly Finding[]): number {
  const firstOfRun = new Map<number | undefined, number>();
  for (let i = 0; i < list.length; i++) {
    const f = list[i] as Finding;
    const best = firstOfRun.get(f.run);
    if (best === undefined || f.order < (list[best] as Finding).order) firstOfRun.set(f.run, i);
  }
  let first = -1;
  for (const i of firstOfRun.values()) if (first < 0 || before(list[i] as Finding, list[first] as Finding)) first = i;
  return first;
}

/**
 * Rendered and not hidden by CSS (display, visibility, content-visibility). `checkVisibility` needs the page's
 * style, not its layout: measuring the range forced a layout after each change, half of our time on a live page
 * (1,000 appends: ~750 → ~420 ms of our passes), so it is only the fallback where `checkVisibility` is missing.
 */
export function isVisible(f: Finding): boolean {
  const el = f.start.node.parentElement;
  if (el && typeof el.checkVisibility === 'function') return el.checkVisibility({ visibilityProperty: true });
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
      const [candidate] = remaining.splice(firstInPageOrder(remaining), 1);
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
