import type { IndexedEntry } from '../dataset/matcher-index';

/** One mention on the page. */
export interface Finding {
  entry: IndexedEntry;
  /** The page's own text of the mention. */
  text: string;
  range: Range;
  /** Every text node the mention covers (a name split across <b> covers two). */
  nodes: Text[];
  /** Figures: the number the page gives. */
  value?: number;
  /** False for an ambiguous name without its context words nearby: shown only on an on-topic page. */
  licensed: boolean;
}
