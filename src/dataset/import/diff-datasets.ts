// What an import would change, by entry name, for the confirmation the options page shows before storing it.
import type { CompiledDataset, Entry } from '../schema';

export interface DatasetDiff {
  added: string[];
  changed: string[];
  removed: string[];
}

/** JSON with keys sorted: two entries with the same content compare equal whatever their key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

const byName = (entries: Entry[]) => entries.map((e) => e.name).sort((a, b) => a.localeCompare(b));

/** Entries of `next` that `current` lacks, holds differently, or holds and `next` lacks; matched by id. */
export function diffDatasets(current: CompiledDataset, next: CompiledDataset): DatasetDiff {
  const before = new Map(current.entries.map((e) => [e.id, e]));
  const after = new Map(next.entries.map((e) => [e.id, e]));
  const added: Entry[] = [];
  const changed: Entry[] = [];
  for (const [id, entry] of after) {
    const old = before.get(id);
    if (!old) added.push(entry);
    else if (canonical(old) !== canonical(entry)) changed.push(entry);
  }
  const removed = [...before.values()].filter((e) => !after.has(e.id));
  return { added: byName(added), changed: byName(changed), removed: byName(removed) };
}
