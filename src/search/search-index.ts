// Fuzzy, typo-tolerant search over the whole dataset (names, aliases, then summaries).
import Fuse from 'fuse.js';
import type { CompiledDataset, Entry } from '../dataset/schema';

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
      return fuse.search(q, { limit }).map((result) => result.item);
    },
  };
}
