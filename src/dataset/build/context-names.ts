// A context word that is one of a strong entry's names ("Gaza", "Hamas") stands for all of that entry's names,
// in every language the dataset gives them: a Polish story confirms Witkoff by "Hamasem" or "w Strefie Gazy", a
// Greek one by "Χαμάς", wherever an English story confirms him by "Hamas" or "Gaza". Written out entry by entry,
// each language's forms had to be added to some seventy context lists, and were missing from some.
import { fold } from '../../matcher/fold';
import { matchTermsOf } from '../citations';
import type { Entry } from '../schema';
import { holdsName } from './holds-name';

/** Folded name of a strong entry → that entry's names, as written. */
export type NamesByName = ReadonlyMap<string, readonly string[]>;

export function strongEntryNames(entries: readonly Entry[]): NamesByName {
  const byName = new Map<string, string[]>();
  const shared = new Set<string>();
  for (const entry of entries) {
    if (entry.ambiguity || entry.kind === 'figure' || entry.kind === 'correction' || entry.history) continue;
    const names = matchTermsOf(entry);
    for (const name of names) {
      const key = fold(name);
      // A name two entries share stands for neither.
      if (byName.has(key) && byName.get(key) !== names) shared.add(key);
      else byName.set(key, names);
    }
  }
  for (const key of shared) byName.delete(key);
  return byName;
}

/**
 * `words` with, for each that names a strong entry, that entry's other names, leaving out those `owner`'s own
 * names hold (Gaza City's Arabic name holds Gaza's: it would confirm itself).
 */
export function withEveryName(words: readonly string[], owner: Entry, byName: NamesByName): string[] {
  const own = matchTermsOf(owner).map(fold);
  const out = new Set(words);
  for (const word of words)
    for (const name of byName.get(fold(word)) ?? []) {
      const key = fold(name);
      if (!own.some((o) => o === key || holdsName(o, key))) out.add(name);
    }
  return [...out];
}
