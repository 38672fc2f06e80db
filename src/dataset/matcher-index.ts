// The compact index the content script ships with: enough to find and name entries, not their texts.
import type { TrieData } from '../matcher/trie-data';
import type { Kind } from './kinds';

export interface IndexedEntry {
  id: string;
  kind: Kind;
  name: string;
  /** The name also means something else: it counts only on a page about the talks or near its context words. */
  ambiguous?: true;
  /** Named in passing by most news of the region (Entry.broad): alone, it never makes a page about the talks. */
  broad?: true;
  /** A body the talks made (Entry.ofTheTalks): named, it points at them as a figure, concept or event of them does. */
  ofTheTalks?: true;
  /** An earlier war or exchange (Entry.history): named, it says the page may be history, not the talks. */
  history?: 'war' | 'precedent';
}

export interface AliasTarget {
  /** Positions in `entries`; none for a false friend (a phrase that hides a name but names something else). */
  entries: number[];
  /** Set for acronyms: the page text must be written exactly as one of these ("MIT", "MİT"). */
  exactCase?: string[];
  /** Entries (of `entries`) this is a generic word of: each needs its own generic context in the block. */
  generic?: number[];
  /**
   * Entries (of `entries`) for which this is the bare name their false friends hide ("Kushner" in "Charles
   * Kushner", not "Jared Kushner"): it names the other one after that one was named, or beside one of their
   * false friends' context words.
   */
  bare?: number[];
  /** A false friend: the entries whose name it holds but does not name ("Charles Kushner"). */
  friendOf?: number[];
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
  /** Its nouns name it only beside one of its context words in the sentence (Figure.nounsNeedContext). */
  nounsNeedContext?: true;
  /** A running count (Figure.cumulative): [smallest, largest] reported, any number between is this figure. */
  span?: [number, number];
  /** It counts the wounded (its unit says so): only it takes a number the page says counts the wounded. */
  wounded?: true;
  /** Plain nouns, lower case, that after a number mean it is not this figure (Figure.notCounting). */
  notCounting?: string[];
}

/** What one context word licenses. */
export interface ContextTarget {
  /** Ambiguous entries (positions in `entries`) this word licenses in the same block. */
  entries?: number[];
  /** Figures (positions in `figures`) this word licenses in the same sentence. */
  figures?: number[];
  /** Figures (positions in `figures`) this word names as what they count, right after the number. */
  nouns?: number[];
  /** Entries (positions in `entries`) whose generic words this licenses in the same block. */
  generic?: number[];
  /** Entries (positions in `entries`) whose names this word says are something else, in the same block. */
  vetoes?: number[];
  /** Figures (positions in `figures`) this word says a number in its sentence is not (Figure.against). */
  against?: number[];
}

export interface MatcherIndex {
  version: string;
  /** Folded alias (see matcher/fold) → what it names. The matcher builds its automaton from these keys. */
  aliases: Record<string, AliasTarget>;
  entries: IndexedEntry[];
  figures: IndexedFigure[];
  /** Folded context word (of ambiguous entries and figures) → what it licenses. */
  contexts: Record<string, ContextTarget>;
  /** The tries of `aliases` and `contexts` keys, built at build time in the form the scan walks. */
  tries: { names: TrieData; contexts: TrieData };
}

/**
 * Names that on their own point at the talks: not ambiguous, not a figure, not a correction phrase, not a history.
 * A page naming none of them is not about the talks.
 */
export const isStrongEntry = (entry: IndexedEntry | undefined): boolean =>
  entry !== undefined && !entry.ambiguous && !entry.history && entry.kind !== 'figure' && entry.kind !== 'correction';
