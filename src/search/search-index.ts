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
  const summaries = dataset.entries.map((entry) => ` ${fold(`${entry.summary} ${entry.details ?? ''}`)}`);
  const search = (query: string, limit = 20): Entry[] => {
    const q = query.trim();
    if (q.length === 0) return [];
    // fuse.js finds name candidates (typos included); the closest name ranks them first.
    const ranked = fuse.search(fold(q), { limit: Math.max(limit, 50) }).flatMap((result, rank) => {
      const entry = dataset.entries[result.item.at];
      return entry ? [{ entry, closeness: nameCloseness(q, [entry.name, ...aliasesOf(entry)]), rank }] : [];
    });
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
  };
  // Throwaway searches while the popup opens, through every path: the first real keystrokes then run warm
  // code (cold, they were the slowest by far, ~15–20 ms against ~5).
  for (const warm of ['g', 'ga', 'gaza', 'witkof', 'hostages released']) search(warm);
  return { search };
}
