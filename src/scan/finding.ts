import type { IndexedEntry } from '../dataset/matcher-index';

export interface TextPoint {
  node: Text;
  offset: number;
}

/** One mention on the page. */
export interface Finding {
  entry: IndexedEntry;
  /** The page's own text of the mention. */
  text: string;
  start: TextPoint;
  end: TextPoint;
  /** Every text node the mention covers (a name split across <b> covers two). */
  nodes: Text[];
  /** Figures: the number the page gives. */
  value?: number;
  /** False for an ambiguous name without its context words nearby: shown only on an on-topic page. */
  licensed: boolean;
  /** Found by a generic word ("the summit"): no strong mention; two of the talks' own point at them (relevance.ts). */
  generic?: true;
  /** In the page's navigation, a sidebar or a footer (page-chrome.ts), or a headline linking elsewhere (link-teaser.ts): shown, never counted for relevance. */
  aside?: true;
  /** The block (block-id.ts) it is in: relevance asks that the talks be named in more than one. */
  block?: number;
  /** An ambiguous name or generic word: the words near it that licensed it. */
  context?: string[];
  /** Position in scan order: document order within one run. */
  order: number;
  /**
   * Set for a block rescanned after it changed (scan-passes' partial pass): its findings are numbered after
   * everything found before, so `order` compares page positions only between findings of the same run.
   */
  run?: number;
  /** Set when the mention is inside an open shadow root. */
  shadow?: ShadowRoot;
}

// Live Ranges cost the page on every DOM change, so one is made only for a mention that is painted,
// hovered or placed, and then kept.
const ranges = new WeakMap<Finding, Range>();

export function rangeOf(finding: Finding): Range {
  let range = ranges.get(finding);
  if (!range) {
    range = finding.start.node.ownerDocument.createRange();
    // A text changed since the scan may have shrunk: its rescan is queued, and meanwhile the range must not throw.
    range.setStart(finding.start.node, Math.min(finding.start.offset, finding.start.node.length));
    range.setEnd(finding.end.node, Math.min(finding.end.offset, finding.end.node.length));
    ranges.set(finding, range);
  }
  return range;
}
