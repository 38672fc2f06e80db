// The compact index the content script ships with: enough to find and name entries, not their texts.
import type { Kind } from './schema';

export interface IndexedEntry {
  id: string;
  kind: Kind;
  name: string;
}

export interface AliasTarget {
  /** Positions in `entries`. */
  entries: number[];
  /** Set for acronyms: the page text must have exactly this case. */
  exactCase?: string;
}

export interface MatcherIndex {
  version: string;
  /** Source of one combined expression, flags `giu`, compiled once at build time. */
  pattern: string;
  /** Folded alias (see matcher/fold) → what it names. */
  aliases: Record<string, AliasTarget>;
  entries: IndexedEntry[];
}
