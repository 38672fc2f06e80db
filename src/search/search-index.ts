// Fuzzy, typo-tolerant search over the whole dataset (names, aliases, then summaries).
import Fuse from 'fuse.js';
import type { CompiledDataset, Entry } from '../dataset/schema';
import { nameCloseness } from './name-closeness';

export interface DatasetSearch {
  search(query: string, limit?: number): Entry[];
}

export function createSearch(dataset: CompiledDataset): DatasetSearch {
  const fuse = new Fuse(dataset.entries, {
    keys: [
      { name: 'name', weight: 3 },
      { name: 'aliases', weight: 2 },
      { name: 'summary', weight: 0.5 },
    ],
    threshold: 0.4,
    ignoreDiacritics: true,
    ignoreLocation: true,
    minMatchCharLength: 2,
  });
  return {
    search: (query, limit = 20) => {
      const q = query.trim();
      if (q.length === 0) return [];
      // fuse.js finds candidates (typos, words in summaries); the closest name ranks them first.
      const ranked = fuse.search(q, { limit: Math.max(limit, 50) }).map((result, rank) => ({
        entry: result.item,
        closeness: nameCloseness(q, [result.item.name, ...result.item.aliases]),
        rank,
      }));
      ranked.sort((a, b) => a.closeness - b.closeness || a.rank - b.rank);
      return ranked.slice(0, limit).map((r) => r.entry);
    },
  };
}
