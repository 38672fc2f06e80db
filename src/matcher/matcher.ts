// Run time: one pass of the combined expression over a block of text.
import type { AliasTarget, MatcherIndex } from '../dataset/matcher-index';
import { fold } from './fold';

export interface RawMatch {
  start: number;
  end: number;
  text: string;
  /** Positions in the index's `entries`. */
  entries: readonly number[];
}

export interface Matcher {
  readonly index: MatcherIndex;
  find(text: string): RawMatch[];
}

export function createMatcher(index: MatcherIndex): Matcher {
  const expression = new RegExp(index.pattern, 'giu');
  const lookup = new Map<string, AliasTarget>(Object.entries(index.aliases));
  return {
    index,
    find(text) {
      const found: RawMatch[] = [];
      expression.lastIndex = 0;
      for (let m = expression.exec(text); m !== null; m = expression.exec(text)) {
        const target = lookup.get(fold(m[0]));
        if (!target) continue;
        if (target.exactCase !== undefined && m[0] !== target.exactCase) continue;
        found.push({ start: m.index, end: m.index + m[0].length, text: m[0], entries: target.entries });
      }
      return found;
    },
  };
}
