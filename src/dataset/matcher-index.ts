// The compact index the content script ships with: enough to find and name entries, not their texts.
import type { Kind } from './schema';

export interface IndexedEntry {
  id: string;
  kind: Kind;
  name: string;
  /** The name also means something else: it counts only on a page about the talks. */
  ambiguous?: true;
  /** Expression (flags `iu`) for the words that license an ambiguous match in the same block. */
  context?: string;
}

export interface AliasTarget {
  /** Positions in `entries`. */
  entries: number[];
  /** Set for acronyms: the page text must be written exactly as one of these ("MIT", "MİT"). */
  exactCase?: string[];
}

export interface IndexedFigure {
  /** Position in `entries`. */
  entry: number;
  /** Every reported value, as [min, max] (min = max for a single number). */
  values: [number, number][];
  /** Relative tolerance around each value. */
  tolerance: number;
  /** The figure is a percentage: only "70%", "70 percent" or a fraction word match it. */
  percent: boolean;
  /** Expression (flags `iu`) for the words that must share the sentence with the number. */
  context: string;
}

export interface MatcherIndex {
  version: string;
  /** Source of one combined expression, flags `giu`, compiled once at build time. */
  pattern: string;
  /** Folded alias (see matcher/fold) → what it names. */
  aliases: Record<string, AliasTarget>;
  entries: IndexedEntry[];
  figures: IndexedFigure[];
  /**
   * Expression (flags `iu`) for the names of unambiguous entries. A page on the talks names at least one,
   * so a page whose text has none is skipped without a scan.
   */
  gate: string;
}
