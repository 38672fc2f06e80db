// Search over the whole dataset: names and aliases typo-tolerant (fuse.js) first, then every field a reader's
// words can hit (text-index.ts: keywords, summary, what a figure counts, details, caveats).
// Bitap over every summary cost ~5 ms a keystroke; a folded word lookup over summaries costs a fraction.
import Fuse from 'fuse.js';
import type { CompiledDataset, Entry } from '../dataset/schema';
import { fold } from '../matcher/fold';
import { markTerms } from './mark-terms';
import { nameCloseness } from './name-closeness';
import { createTextIndex } from './text-index';

export interface DatasetSearch {
  search(query: string, limit?: number): Entry[];
}

/** How many results a search shows. */
export const RESULTS = 12;

/** Name closeness (see nameCloseness) up to which a fuzzy name match outranks a match in a summary. */
const CLOSE_NAME = 0.6;
/** Longer queries skip fuse.js (see search()). */
const NAME_QUERY_MAX = 18;
/**
 * Longer queries of several words skip fuse.js too: their words already reach every name through the text
 * index (typos per word), whose hits are then ranked by name closeness. fuse.js's bitap costs grow with the
 * query's length (~1.2 ms at 6 characters, ~3.7 ms at 18, warm) and were most of a keystroke.
 */
const PHRASE_QUERY_MAX = 10;
/** How many of the text index's hits are ranked by name closeness when fuse.js is skipped. */
const PHRASE_CANDIDATES = 40;

export function createSearch(dataset: CompiledDataset): DatasetSearch {
  // Names are folded once here: fuse.js's own case and diacritic folding ran over every name and alias on
  // every keystroke (a third of a keystroke's time).
  // A reader types the generic words too ("truce", "famine"): they find their entry like aliases.
  const aliasesOf = (entry: Entry) => [...entry.aliases, ...(entry.generic?.aliases ?? [])];
  const names = dataset.entries.map((entry, at) => ({ at, name: fold(entry.name), aliases: aliasesOf(entry).map(fold) }));
  const fuse = new Fuse(names, {
    keys: [
      { name: 'name', weight: 3 },
      { name: 'aliases', weight: 2 },
    ],
    threshold: 0.4,
    isCaseSensitive: true,
    ignoreLocation: true,
    minMatchCharLength: 2,
  });
  const text = createTextIndex(dataset.entries);
  const search = (query: string, limit = RESULTS): Entry[] => {
    const q = query.trim();
    if (q.length === 0) return [];
    // fuse.js finds name candidates (typos included); the closest name ranks them first. A long query is a
    // question or a phrase, not a name: its words go to the text index alone (fuse.js's cost grows with the
    // query's length, ~6 ms for 25 characters, over the keystroke budget on a cold popup).
    const hits = text.search(q);
    const oneWord = !/\s/.test(q);
    const names =
      q.length <= PHRASE_QUERY_MAX || (oneWord && q.length <= NAME_QUERY_MAX)
        ? fuse.search(fold(q), { limit: Math.max(limit, 50) }).map((result) => result.item.at)
        : q.length <= NAME_QUERY_MAX
          ? hits.slice(0, PHRASE_CANDIDATES).map((hit) => hit.at)
          : [];
    const ranked = names.flatMap((at, rank) => {
      const entry = dataset.entries[at];
      return entry ? [{ entry, closeness: nameCloseness(q, [entry.name, ...aliasesOf(entry)]), rank }] : [];
    });
    ranked.sort((a, b) => a.closeness - b.closeness || a.rank - b.rank);
    // A name within a few typos first; then what the reader's words hit anywhere else, best first; then
    // fuse.js's looser guesses.
    const close = ranked.filter((r) => r.closeness <= CLOSE_NAME).map((r) => r.entry);
    const loose = ranked.filter((r) => r.closeness > CLOSE_NAME).map((r) => r.entry);
    const seen = new Set(close.map((e) => e.id));
    const described = hits.flatMap((hit) => {
      const entry = dataset.entries[hit.at];
      if (!entry || seen.has(entry.id)) return [];
      seen.add(entry.id);
      return [entry];
    });
    return [...close, ...described, ...loose.filter((e) => !seen.has(e.id))].slice(0, limit);
  };
  // Throwaway searches while the popup opens, through every path: the first real keystrokes then run warm
  // code (cold, they were the slowest by far, ~15–20 ms against ~5).
  for (const warm of ['g', 'ga', 'gaz', 'gaza', 'witkof', 'hostages released', 'death t', 'who negotiates for israel', 'netanyahoo'])
    for (const entry of search(warm, RESULTS)) markTerms(`${entry.name} ${entry.summary.slice(0, 120)}`, warm);
  return { search };
}
