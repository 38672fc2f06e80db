// Checks that no single file can make: ids resolve, sources are used, aliases are not silently shared.
import { fold } from '../../matcher/fold';
import type { Entry, Source } from '../schema';

export function checkIntegrity(entries: Entry[], sources: Source[], files: Map<string, string>, today: Date): string[] {
  const problems: string[] = [];
  const todayIso = today.toISOString().slice(0, 10);
  const sourceIds = new Set<string>();
  for (const [i, source] of sources.entries()) {
    if (sourceIds.has(source.id)) problems.push(`data/sources.yaml: [${i}].id: duplicate source id '${source.id}'`);
    sourceIds.add(source.id);
    if (source.date > todayIso) problems.push(`data/sources.yaml: [${i}].date: ${source.date} is in the future`);
  }
  const ids = new Set(entries.map((e) => e.id));
  const cited = new Set<string>();
  const aliasOwners = new Map<string, Entry[]>();
  for (const entry of entries) {
    const file = files.get(entry.id) ?? entry.id;
    for (const [i, citation] of entry.sources.entries()) {
      cited.add(citation.source);
      if (!sourceIds.has(citation.source)) problems.push(`${file}: sources[${i}]: unknown source id '${citation.source}'`);
    }
    for (const [i, rel] of entry.related.entries()) {
      if (!ids.has(rel)) problems.push(`${file}: related[${i}]: unknown entry id '${rel}'`);
      if (rel === entry.id) problems.push(`${file}: related[${i}]: an entry cannot relate to itself`);
    }
    if (entry.asOf > todayIso) problems.push(`${file}: asOf: ${entry.asOf} is in the future`);
    const keys = new Set([entry.name, ...entry.aliases].map(fold));
    for (const key of keys) aliasOwners.set(key, [...(aliasOwners.get(key) ?? []), entry]);
  }
  for (const [key, owners] of aliasOwners) {
    if (owners.length < 2 || owners.every((o) => o.ambiguity)) continue;
    const names = owners.map((o) => o.id).join(', ');
    problems.push(`${files.get(owners[0]?.id ?? '') ?? ''}: aliases: '${key}' is shared by ${names}; declare ambiguity on each or drop it`);
  }
  for (const id of sourceIds) if (!cited.has(id)) problems.push(`data/sources.yaml: source '${id}' is never cited`);
  return problems;
}
