// What a card needs about one entry: the entry, the sources it cites, the names of related entries.
import { citationsOf } from './citations';
import type { CompiledDataset, Entry, Kind, Source } from './schema';

export interface EntryView {
  version: string;
  entry: Entry;
  sources: Record<string, Source>;
  related: { id: string; kind: Kind; name: string }[];
}

export function entryView(dataset: CompiledDataset, id: string): EntryView | undefined {
  const entry = dataset.entries.find((e) => e.id === id);
  if (!entry) return undefined;
  const sources: Record<string, Source> = {};
  for (const citation of citationsOf(entry)) {
    const source = dataset.sources[citation.source];
    if (source) sources[source.id] = source;
  }
  const related = entry.related.flatMap((rid) => {
    const r = dataset.entries.find((e) => e.id === rid);
    return r ? [{ id: r.id, kind: r.kind, name: r.name }] : [];
  });
  return { version: dataset.version, entry, sources, related };
}
