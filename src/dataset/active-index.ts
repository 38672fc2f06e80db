// The engine's index for an imported dataset, compiled once when the reader applies the import (options
// page) and kept in storage: a page then pays no build, as with the bundled index. Absent (null) when the
// bundled dataset is in use; the engine then uses the index it was built with.
import { storage } from 'wxt/utils/storage';
import type { EntriesIndex } from './entries-index';
import type { MatcherIndex } from './matcher-index';

export interface ActiveIndex {
  index: MatcherIndex;
  /** The first stage's strong-name table for this dataset (see build/strong-names). */
  firstWords: string;
  /** The compiled form's format (INDEX_FORMAT when it was stored); absent before format 2. */
  format?: number;
}

/**
 * Bumped whenever the compiled index or the strong-name table changes shape, so a stored one is compiled
 * again at start-up instead of being misread. 2: the table lists each name after its first word; 3: figures of
 * the wounded are marked; 4: the table is packed text, not JSON; 5: bodies the talks made are marked (ofTheTalks);
 * 6: earlier wars and exchanges are marked (history); 7: history is a war or a precedent, and a figure may name
 * the plain nouns it never counts (notCounting); 8: Hangul is folded syllable by syllable, and the table's words
 * leave out ideographs, hiragana and full-width punctuation (a Chinese name is listed under its first ideograph);
 * 9: the Indic scripts' vowel signs are kept and their nuktas dropped, the table lists only a broad name's false
 * friends, and a context word naming a strong entry stands for all its names (build/context-names).
 */
export const INDEX_FORMAT = 9;

/**
 * The index an engine matches with: an imported one with its strong names, or the bundled one (no
 * `firstWords`: the engine ships the bundled strong names with its first stage's).
 */
export interface IndexInUse {
  index: MatcherIndex;
  firstWords?: string;
}

/** The index in use as the engine starts with it: its entries only, or all of it (entries-index.ts). */
export interface IndexForPage {
  index: EntriesIndex;
  firstWords?: string;
}

export const activeIndexItem = storage.defineItem<ActiveIndex | null>('local:datasetIndex', { fallback: null });
export const ACTIVE_INDEX_KEY = 'datasetIndex';
