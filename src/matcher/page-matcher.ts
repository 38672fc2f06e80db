// Everything found in one block of text: names (aliases), figures, and whether an ambiguous name is
// licensed by its own context words in the same block.
import type { MatcherIndex } from '../dataset/matcher-index';
import { createContextFinder, licensesEntry, licensesGeneric, vetoesEntry } from './context-words';
import { createFigureMatcher } from './figure-matcher';
import { createMatcher, type Matcher } from './matcher';
import { mayHoldNumber } from './numbers';
import { bareNameIsEntry, namedInFull, namedNamesake, newReadingState, type ReadingState } from './reading-state';

export interface BlockMatch {
  start: number;
  end: number;
  text: string;
  /** Position in the index's `entries`. */
  entry: number;
  /** Figures: the number as the page gives it. */
  value?: number;
  /** False for an ambiguous name whose context words are not in the block: it counts only on an on-topic page. */
  licensed: boolean;
  /** Found by a generic word ("the summit"): shown, but it never makes the page count as on topic. */
  generic?: true;
  /** An ambiguous name or generic word: the block's words that licensed it (the card says why it matched). */
  context?: string[];
}

/** Blocks read in document order, one after another: what was named before tells who a bare name is. */
export interface Reading {
  find(text: string): BlockMatch[];
}

export interface PageMatcher {
  readonly index: MatcherIndex;
  /** The names alone (the topic gate asks it for strong names). */
  readonly names: Matcher;
  /** One block read on its own. */
  find(text: string): BlockMatch[];
  /**
   * A bare name (see AliasTarget.bare) names whoever the reading named more often, and on a tie last
   * (reading-state.ts): after "Charles Kushner" alone, "Kushner" is not Jared Kushner until his full name comes
   * again, while after "Jared Kushner ... Kushner ... his daughter Ivanka Trump", "Trump" stays the president.
   * News names a person in full first, then by the surname alone. What comes first on a page is only known in
   * its reading order, so the scan reads each pass's blocks through one reading.
   */
  reading(): Reading;
}

export function createPageMatcher(index: MatcherIndex): PageMatcher {
  const names = createMatcher(index);
  const figures = createFigureMatcher(index);
  const contexts = createContextFinder(index);
  // Entries whose false friends have context words: only their bare names need the block's context looked for.
  const vetoable = new Set(Object.values(index.contexts).flatMap((c) => c.vetoes ?? []));
  const findIn = (text: string, state: ReadingState): BlockMatch[] => {
    const out: BlockMatch[] = [];
    const nameMatches = names.find(text);
    // Context words are looked for once per block, and only when something needs them.
    const numbered = mayHoldNumber(text);
    const needsContext =
      numbered ||
      nameMatches.some((m) => m.generic || m.bare?.some((e) => vetoable.has(e)) || m.entries.some((e) => index.entries[e]?.ambiguous));
    const hits = needsContext ? contexts.find(text) : [];
    for (const m of nameMatches) {
      for (const e of m.friendOf ?? []) namedNamesake(state, e);
      // A generic word names an entry only with that entry's own context words in the block, and none of its
      // false friend's: "famine" beside "no longer" is December's update, not August's finding.
      const generic = m.generic;
      const candidates = generic
        ? m.entries.filter((e) => !generic.includes(e) || (licensesGeneric(hits, e) && !vetoesEntry(hits, e)))
        : m.entries;
      // A shared alias ("Al Thani") goes to the one of its entries the reading named last, or else to the first
      // its context licenses.
      const isLicensed = (e: number) => !index.entries[e]?.ambiguous || licensesEntry(hits, e);
      // A surname entries share ("Sinwar") names the one named last in full, and before that neither.
      const sharedSurname = candidates.length > 1 && candidates.every((e) => m.bare?.includes(e));
      const last = candidates.length > 1 ? lastNamed(candidates, state.named) : undefined;
      const entry = sharedSurname ? last : (last ?? candidates.find(isLicensed) ?? candidates[0]);
      if (entry === undefined) continue;
      // A bare "Kushner" after "Charles Kushner", or "Gaza" beside "Mozambique", names the other one: no mention;
      // so does a generic word beside its false friend's context words ("Rafah" where fighters are in tunnels).
      if (m.bare?.includes(entry)) {
        if (vetoesEntry(hits, entry) || !bareNameIsEntry(state, entry)) continue;
      } else if (generic?.includes(entry) && vetoesEntry(hits, entry)) continue;
      else namedInFull(state, entry);
      const match: BlockMatch = { start: m.start, end: m.end, text: m.text, entry, licensed: isLicensed(entry) };
      const isGeneric = generic?.includes(entry) ?? false;
      if (isGeneric) match.generic = true;
      if (isGeneric || index.entries[entry]?.ambiguous) {
        const why = hits.filter((h) => (isGeneric ? h.generic : h.entries)?.includes(entry)).map((h) => text.slice(h.start, h.end));
        if (why.length > 0) match.context = [...new Set(why)];
      }
      out.push(match);
    }
    const figureMatches = numbered ? figures.findInNumbered(text, hits) : [];
    if (figureMatches.length === 0) return out;
    // A number inside a matched name ("Resolution 2803") is not a figure.
    const free = figureMatches.filter((f) => !out.some((n) => f.start < n.end && n.start < f.end));
    return [...out, ...free.map((f) => ({ ...f, licensed: true }))].sort((a, b) => a.start - b.start);
  };
  return {
    index,
    names,
    find: (text) => findIn(text, newReadingState()),
    reading() {
      const state = newReadingState();
      return { find: (text) => findIn(text, state) };
    },
  };
}

/** Of `entries`, the one the reading named last by a name of its own (see findIn), if any. */
function lastNamed(entries: readonly number[], named: ReadonlyMap<number, number>): number | undefined {
  let best: number | undefined;
  let when = 0;
  for (const e of entries) {
    const at = named.get(e) ?? 0;
    if (at > when) {
      best = e;
      when = at;
    }
  }
  return best;
}
