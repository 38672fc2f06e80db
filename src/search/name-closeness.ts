// How close a query is to one of an entry's names, for ranking: fuse.js alone favours entries with many
// aliases that each contain the query ("disarm Hamas" outranking "Hamas" for "Hamaz"). Run for every
// candidate on every keystroke, so it works on names folded once and reuses its rows.

let previousRow = new Int32Array(64);
let currentRow = new Int32Array(64);

/** Edit distance, for short strings (names and queries). */
export function editDistance(a: string, b: string): number {
  if (previousRow.length <= b.length) {
    previousRow = new Int32Array(b.length + 1);
    currentRow = new Int32Array(b.length + 1);
  }
  let previous = previousRow;
  let current = currentRow;
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const substitute = (previous[j - 1] as number) + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      current[j] = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, substitute);
    }
    const swap = previous;
    previous = current;
    current = swap;
  }
  return previous[b.length] as number;
}

/**
 * 0 for an exact name, then names that start with the query (or have a word that does), then the closest
 * whole name by edit distance relative to the query's length; lower is closer. Both folded (matcher/fold).
 */
export function nameCloseness(foldedQuery: string, foldedNames: readonly string[]): number {
  const q = foldedQuery;
  let best = Number.POSITIVE_INFINITY;
  for (const n of foldedNames) {
    if (n === q) return 0;
    if (n.startsWith(q) || n.includes(` ${q}`)) best = Math.min(best, 0.1);
    else if (best > 0.1) best = Math.min(best, 0.2 + editDistance(q, n) / Math.max(q.length, 1));
  }
  return best;
}
