// The dataset the extension uses after an import: the file alone, or the bundled dataset extended by it.
import type { CompiledDataset } from '../schema';

export type ImportMode = 'extend' | 'replace';

/**
 * `replace`: the imported dataset. `extend`: the bundled entries plus the imported ones, an imported entry
 * replacing a bundled one with its id and an imported source a bundled one; entries sorted by id as the build
 * sorts them, and a version naming both.
 */
export function mergeDatasets(bundled: CompiledDataset, imported: CompiledDataset, mode: ImportMode): CompiledDataset {
  if (mode === 'replace') return imported;
  const entries = new Map(bundled.entries.map((e) => [e.id, e]));
  for (const entry of imported.entries) entries.set(entry.id, entry);
  return {
    version: `${bundled.version}+${imported.version}`,
    entries: [...entries.values()].sort((a, b) => (a.id < b.id ? -1 : 1)),
    sources: { ...bundled.sources, ...imported.sources },
  };
}
