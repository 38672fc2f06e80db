import type { IndexedEntry } from '../dataset/matcher-index';

/**
 * What relevance and the popup's list need of a mention: a finding (with its place in the page) or a
 * mention counted in a region far from the screen (region-tally.ts), which has none until it is scanned.
 */
export interface Mention {
  entry: IndexedEntry;
  /** The page's own text of the mention. */
  text: string;
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
}
