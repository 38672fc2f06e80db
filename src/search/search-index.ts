// Search over the whole dataset: names and aliases typo-tolerant (fuse.js), then summaries by their words.
// Bitap over every summary cost ~5 ms a keystroke; a folded word lookup over summaries costs a fraction.
import Fuse from 'fuse.js';
import type { CompiledDataset, Entry } from '../dataset/schema';
import { fold } from '../matcher/fold';
import { nameCloseness } from './name-closeness';

export interface DatasetSearch {
  search(query: string, limit?: number): Entry[];
}

/** Name closeness (see nameCloseness) up to which a fuzzy name match outranks a match in a summary. */
const CLOSE_NAME = 0.6;

export function createSearch(dataset: CompiledDataset): DatasetSearch {
  const fuse = new Fuse(dataset.entries, {
    keys: [
      { name: 'name', weight: 3 },
      { name: 'aliases', weight: 2 },
    ],
    threshold: 0.4,
    ignoreDiacritics: true,
    ignoreLocation: true,
    minMatchCharLength: 2,
  });
  const summaries = dataset.entries.map((entry) => ` ${fold(`${entry.summary} ${entry.details ?? ''}`)}`);
  // One throwaway search while the popup opens: the first real keystroke then runs warm code (it was the
  // slowest keystroke by far, ~15 ms against ~5).
  fuse.search('ga', { limit: 1 });
  return {
    search: (query, limit = 20) => {
      const q = query.trim();
      if (q.length === 0) return [];
      // fuse.js finds name candidates (typos included); the closest name ranks them first.
      const ranked = fuse.search(q, { limit: Math.max(limit, 50) }).map((result, rank) => ({
        entry: result.item,
        closeness: nameCloseness(q, [result.item.name, ...result.item.aliases]),
        rank,
      }));
      ranked.sort((a, b) => a.closeness - b.closeness || a.rank - b.rank);
      // A name within a few typos first; then entries whose summary has every word of the query (as a word
      // start, so "host" finds "hostages"); then fuse.js's looser guesses.
      const close = ranked.filter((r) => r.closeness <= CLOSE_NAME).map((r) => r.entry);
      const loose = ranked.filter((r) => r.closeness > CLOSE_NAME).map((r) => r.entry);
      const words = fold(q)
        .split(' ')
        .filter((w) => w.length >= 3);
      const seen = new Set(ranked.map((r) => r.entry.id));
      const described =
        words.length === 0
          ? []
          : dataset.entries.filter((entry, i) => !seen.has(entry.id) && words.every((w) => summaries[i]?.includes(` ${w}`)));
      return [...close, ...described, ...loose].slice(0, limit);
    },
  };
}
