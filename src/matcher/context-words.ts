// Context words, all found in one pass per block: which ambiguous names they license in the block, and
// which figures in their sentence.
import type { ContextTarget, MatcherIndex } from '../dataset/matcher-index';
import { createNameAutomaton, type NameAutomaton } from './name-automaton';

export interface ContextHit extends ContextTarget {
  start: number;
  end: number;
}

export interface ContextFinder {
  find(text: string): ContextHit[];
}

export function createContextFinder(index: MatcherIndex): ContextFinder {
  // Built now, with the matcher, not in the middle of the first scan slice that needs it.
  const automaton: NameAutomaton = createNameAutomaton(index.tries.contexts);
  return {
    find(text) {
      const hits: ContextHit[] = [];
      for (const hit of automaton.find(text)) {
        const target = index.contexts[hit.key];
        if (target) hits.push({ start: hit.start, end: hit.end, ...target });
      }
      return hits;
    },
  };
}

/** True when a hit licenses ambiguous entry `entry`. */
export const licensesEntry = (hits: readonly ContextHit[], entry: number): boolean => hits.some((h) => h.entries?.includes(entry) ?? false);

/** True when a hit says entry `entry`'s names in the block are something else (a false friend's context). */
export const vetoesEntry = (hits: readonly ContextHit[], entry: number): boolean => hits.some((h) => h.vetoes?.includes(entry) ?? false);

/** True when a hit licenses the generic words of entry `entry`. */
export const licensesGeneric = (hits: readonly ContextHit[], entry: number): boolean =>
  hits.some((h) => h.generic?.includes(entry) ?? false);
