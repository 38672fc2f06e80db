// How close a query is to one of an entry's names, for ranking: fuse.js alone favours entries with many
// aliases that each contain the query ("disarm Hamas" outranking "Hamas" for "Hamaz").
import { fold } from '../matcher/fold';

/** Edit distance, for short strings (names and queries). */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * 0 for an exact name, then names that start with the query (or have a word that does), then the closest
 * whole name by edit distance relative to the query's length; lower is closer.
 */
export function nameCloseness(query: string, names: readonly string[]): number {
  const q = fold(query);
  let best = Number.POSITIVE_INFINITY;
  for (const name of names) {
    const n = fold(name);
    if (n === q) return 0;
    if (n.startsWith(q) || n.split(' ').some((word) => word.startsWith(q))) best = Math.min(best, 0.1);
    else best = Math.min(best, 0.2 + editDistance(q, n) / Math.max(q.length, 1));
  }
  return best;
}
