// The dataset in use: the bundled one, or the bundled one extended or replaced by a file the reader imported
// on the options page. The imported file is kept as imported (so it can be exported and reverted); its
// compiled matcher index is kept beside it for the engine (active-index.ts).
import { storage } from 'wxt/utils/storage';
import type { ImportMode } from './import/merge-datasets';
import { mergeDatasets } from './import/merge-datasets';
import { loadCompiledDataset } from './load-compiled';
import type { CompiledDataset } from './schema';

export interface StoredImport {
  mode: ImportMode;
  /** The file as validated (defaults filled in). */
  dataset: CompiledDataset;
  fileName: string;
  importedAt: string;
}

export const importItem = storage.defineItem<StoredImport | null>('local:datasetImport', { fallback: null });

let cache: { key: string; dataset: Promise<CompiledDataset> } | undefined;

/** The active dataset: what search, the cards and the page scan all use. */
export async function loadActiveDataset(): Promise<CompiledDataset> {
  const imported = await importItem.getValue();
  const key = imported ? `${imported.importedAt}|${imported.mode}|${imported.dataset.version}` : 'bundled';
  if (cache?.key !== key) {
    const dataset = loadCompiledDataset().then((bundled) => (imported ? mergeDatasets(bundled, imported.dataset, imported.mode) : bundled));
    cache = { key, dataset };
  }
  return cache.dataset;
}
