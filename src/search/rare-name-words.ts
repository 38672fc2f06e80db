// Words of a person's name that no other entry's names hold ("witkoff", "hayya", "blair"; not "israel" of
// Israel Katz): in a query of several words, one of them typed, typos included, says whom the reader means.
import { editDistance } from './name-closeness';

/** Shorter query words are too often other words a letter away. */
const MIN_LENGTH = 4;

export interface RareNameWords {
  /** Entries (positions) a word of `foldedQuery` names, with how close it came (0.15 exact, up to ~0.5). */
  near(foldedQuery: string): Map<number, number>;
}

/** Typos allowed in a query word of this length: none under 5 letters, one up to 7, two from 8. */
const typosFor = (length: number) => (length >= 8 ? 2 : length >= 5 ? 1 : 0);

/**
 * `foldedNames`: each entry's folded name and aliases, by position; `personName`: a person's folded name (not
 * its aliases, which hold titles such as "Turkish intelligence chief"), else undefined; `known`: whether the
 * dataset's text holds a word as it is ("fatah" is Fatah, not a typo of el-Sisi's "fattah").
 */
export function rareNameWords(
  foldedNames: readonly (readonly string[])[],
  personName: readonly (string | undefined)[],
  known: (word: string) => boolean,
): RareNameWords {
  const entriesOf = new Map<string, Set<number>>();
  foldedNames.forEach((names, at) => {
    for (const name of names)
      for (const word of name.split(' ')) {
        const set = entriesOf.get(word) ?? new Set<number>();
        set.add(at);
        entriesOf.set(word, set);
      }
  });
  const rare: { word: string; at: number }[] = [];
  personName.forEach((name, at) => {
    for (const word of name?.split(' ') ?? []) if (word.length >= MIN_LENGTH && entriesOf.get(word)?.size === 1) rare.push({ word, at });
  });
  return {
    near(foldedQuery) {
      const found = new Map<number, number>();
      for (const word of foldedQuery.split(' ')) {
        if (word.length < MIN_LENGTH) continue;
        const typos = known(word) ? 0 : typosFor(word.length);
        for (const name of rare) {
          if (Math.abs(name.word.length - word.length) > typos) continue;
          const distance = name.word === word ? 0 : typos === 0 ? 1 : editDistance(word, name.word);
          if (distance > typos) continue;
          found.set(name.at, Math.min(found.get(name.at) ?? Number.POSITIVE_INFINITY, 0.15 + distance / word.length));
        }
      }
      return found;
    },
  };
}
