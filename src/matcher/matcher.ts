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
  // Pages repeat the same spellings: fold each distinct one once.
  const seen = new Map<string, AliasTarget | null>();
  const targetOf = (raw: string) => {
    let target = seen.get(raw);
    if (target === undefined) {
      target = lookup.get(fold(raw)) ?? null;
      if (seen.size < 10_000) seen.set(raw, target);
    }
    return target;
  };
  return {
    index,
    find(text) {
      const found: RawMatch[] = [];
      expression.lastIndex = 0;
      for (let m = expression.exec(text); m !== null; m = expression.exec(text)) {
        const target = targetOf(m[0]);
        if (!target) continue;
        if (target.exactCase !== undefined && !target.exactCase.includes(m[0])) continue;
        found.push({ start: m.index, end: m.index + m[0].length, text: m[0], entries: target.entries });
      }
      return found;
    },
  };
}
