// Build time: the strong (unambiguous) names the first stage looks for, one line per strong entry, its
// folded aliases separated by tabs. The first stage compiles no expression from them: a V8 expression over
// ~400 names took 9-14 ms to compile on every page, more than the whole budget of an off-topic page.
import { isStrongEntry, type MatcherIndex } from '../matcher-index';

export interface StrongNames {
  /** Line i holds the folded aliases (see matcher/fold) of strong entry i, tab-separated, longest first. */
  names: string;
  /** How many lines (strong entries). */
  groups: number;
}

export function strongNames(index: MatcherIndex): StrongNames {
  const byEntry = new Map<number, string[]>();
  for (const [key, target] of Object.entries(index.aliases)) {
    for (const e of target.entries) {
      if (!isStrongEntry(index.entries[e])) continue;
      const keys = byEntry.get(e) ?? [];
      keys.push(key);
      byEntry.set(e, keys);
    }
  }
  // A key shared by two strong entries stays on both lines; the first line wins, which only matters for
  // counting distinct entries (the engine tells them apart by context).
  const lines = [...byEntry.keys()]
    .sort((a, b) => a - b)
    .map((e) => [...new Set(byEntry.get(e))].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).join('\t'));
  return { names: lines.join('\n'), groups: lines.length };
}
