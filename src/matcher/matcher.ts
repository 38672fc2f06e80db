// Run time: every alias in a block of text, with the entries it names.
import type { MatcherIndex } from '../dataset/matcher-index';
import { createNameAutomaton } from './name-automaton';

export interface RawMatch {
  start: number;
  end: number;
  text: string;
  /** Positions in the index's `entries`. */
  entries: readonly number[];
  /** Those of `entries` this is only a generic word of (see AliasTarget). */
  generic?: readonly number[];
  /** Those of `entries` this is the bare name of (see AliasTarget). */
  bare?: readonly number[];
  /** A false friend: the entries whose name it holds but does not name. */
  friendOf?: readonly number[];
}

export interface Matcher {
  readonly index: MatcherIndex;
  find(text: string): RawMatch[];
}

export function createMatcher(index: MatcherIndex): Matcher {
  const automaton = createNameAutomaton(index.tries.names);
  return {
    index,
    find(text) {
      const found: RawMatch[] = [];
      for (const hit of automaton.find(text)) {
        const target = index.aliases[hit.key];
        if (!target) continue;
        const raw = text.slice(hit.start, hit.end);
        // Acronyms (IPC, COI, MIT) count only as written in capitals.
        if (target.exactCase !== undefined && !target.exactCase.includes(raw)) continue;
        const match: RawMatch = { start: hit.start, end: hit.end, text: raw, entries: target.entries };
        if (target.generic) match.generic = target.generic;
        if (target.bare) match.bare = target.bare;
        if (target.friendOf) match.friendOf = target.friendOf;
        found.push(match);
      }
      return found;
    },
  };
}
