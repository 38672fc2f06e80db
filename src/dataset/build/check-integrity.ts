// Checks that no single file can make: ids resolve, sources are used, aliases are not silently shared.
import { isPlainNoun } from '../../matcher/counted-noun';
import { fold } from '../../matcher/fold';
import { citationsOf, matchTermsOf } from '../citations';
import type { Entry, Source } from '../schema';
import { holdsName } from './holds-name';
import { isSharedSurname } from './shared-surname';

export interface FileLabels {
  /** entry id → file */
  entries: Map<string, string>;
  /** source id → file */
  sources: Map<string, string>;
}

export function checkIntegrity(entries: Entry[], sources: Source[], labels: FileLabels, today: Date): string[] {
  const files = labels.entries;
  const sourceFile = (id: string) => labels.sources.get(id) ?? 'data/sources';
  const problems: string[] = [];
  const todayIso = today.toISOString().slice(0, 10);
  const sourceIds = new Set<string>();
  const urls = new Map<string, string>();
  for (const source of sources) {
    const where = `${sourceFile(source.id)}: ${source.id}`;
    if (sourceIds.has(source.id)) problems.push(`${where}: duplicate source id`);
    sourceIds.add(source.id);
    const sameUrl = urls.get(source.url);
    if (sameUrl) problems.push(`${where}: url: the same page as source '${sameUrl}'; cite that one`);
    urls.set(source.url, source.id);
    if (source.date && source.date > todayIso) problems.push(`${where}: date: ${source.date} is in the future`);
  }
  const ids = new Set(entries.map((e) => e.id));
  const cited = new Set<string>();
  const aliasOwners = new Map<string, Entry[]>();
  const falseFriendKeys = new Map<string, string>();
  for (const entry of entries) {
    const file = files.get(entry.id) ?? entry.id;
    for (const { path, source } of citationsOf(entry)) {
      cited.add(source);
      if (!sourceIds.has(source)) problems.push(`${file}: ${path}: unknown source id '${source}'`);
    }
    entry.figure?.values.forEach((v, i) => {
      if (v.asOf > todayIso) problems.push(`${file}: figure.values[${i}].asOf: ${v.asOf} is in the future`);
    });
    // Only after a plain noun does the sentence decide; after any other noun the figure's own nouns already do.
    entry.figure?.notCounting?.forEach((noun, i) => {
      if (!isPlainNoun(noun)) problems.push(`${file}: figure.notCounting[${i}]: '${noun}' is not a plain noun (people, Palestinians, ...)`);
    });
    for (const [i, rel] of entry.related.entries()) {
      if (!ids.has(rel)) problems.push(`${file}: related[${i}]: unknown entry id '${rel}'`);
      if (rel === entry.id) problems.push(`${file}: related[${i}]: an entry cannot relate to itself`);
    }
    if (entry.asOf > todayIso) problems.push(`${file}: asOf: ${entry.asOf} is in the future`);
    const keys = new Set(matchTermsOf(entry).map(fold));
    for (const key of keys) aliasOwners.set(key, [...(aliasOwners.get(key) ?? []), entry]);
    // A false friend only matters where it hides one of the entry's names or generic words ("World Peace
    // Council" hides "Peace Council"), and is itself nobody's name (below).
    const hidden = [...keys, ...(entry.generic?.aliases ?? []).map(fold)];
    for (const phrase of entry.falseFriends?.phrases ?? []) {
      const key = fold(phrase);
      if (!hidden.some((name) => holdsName(key, name)))
        problems.push(`${file}: falseFriends: '${phrase}' holds none of this entry's names`);
      falseFriendKeys.set(key, entry.id);
    }
  }
  // A generic word that holds a name ("Rafah crossing to reopen" holds "Rafah crossing") names nothing where its
  // context is missing, and the matcher does not fall back to the name inside it: the name would be lost there.
  for (const entry of entries)
    for (const word of entry.generic?.aliases ?? []) {
      const key = fold(word);
      for (const [name, owners] of aliasOwners)
        if (holdsName(key, name))
          problems.push(
            `${files.get(entry.id) ?? entry.id}: generic: '${word}' holds the name '${name}' of ${owners.map((o) => o.id).join(', ')}, which it would hide where its context is missing`,
          );
    }
  for (const [key, id] of falseFriendKeys) {
    const owners = aliasOwners.get(key);
    if (owners) problems.push(`${files.get(id) ?? id}: falseFriends: '${key}' is a name of ${owners.map((o) => o.id).join(', ')}`);
  }
  for (const [key, owners] of aliasOwners) {
    if (owners.length < 2 || owners.every((o) => o.ambiguity) || isSharedSurname(key, owners)) continue;
    const names = owners.map((o) => o.id).join(', ');
    problems.push(
      `${files.get(owners[0]?.id ?? '') ?? ''}: aliases: '${key}' is shared by ${names}; declare ambiguity on each, give each a fuller name holding it, or drop it`,
    );
  }
  for (const id of sourceIds) if (!cited.has(id)) problems.push(`${sourceFile(id)}: ${id}: never cited by any entry`);
  return problems;
}
