// Applying and reverting an import (the options page): the file, and the index compiled from the merged
import { storage } from 'wxt/utils/storage';
import { importItem, type StoredImport } from './active-dataset';
// dataset, are stored together, so the engine never sees one without the other.
import { activeIndexItem, INDEX_FORMAT } from './active-index';
import { compileDataset } from './build/compile';
import { strongNames } from './build/strong-names';
import { type ImportMode, mergeDatasets } from './import/merge-datasets';
import type { CompiledDataset } from './schema';

/** Makes `imported` (validated) the active dataset, extending or replacing `bundled`. */
export async function applyImport(
  bundled: CompiledDataset,
  imported: CompiledDataset,
  mode: ImportMode,
  fileName: string,
  now = new Date(),
): Promise<void> {
  const merged = mergeDatasets(bundled, imported, mode);
  const { index } = compileDataset(merged.entries, Object.values(merged.sources), merged.version);
  const stored: StoredImport = { mode, dataset: imported, fileName, importedAt: now.toISOString() };
  await storage.setItems([
    { item: importItem, value: stored },
    { item: activeIndexItem, value: { index, firstWords: strongNames(index).firstWords, format: INDEX_FORMAT } },
  ]);
}

/** Back to the bundled dataset, in one step. */
export async function revertToBundled(): Promise<void> {
  await storage.setItems([
    { item: importItem, value: null },
    { item: activeIndexItem, value: null },
  ]);
}

/**
 * After an update of the extension the bundled dataset may have changed under an extending import, or the
 * compiled form's format may have: compile the index again so it covers the new bundled entries too and is
 * read as it was written (the background runs this at start-up). The bundled dataset is loaded only when an
 * import is stored: the browser starts the background again after every idle stop, and a page waiting for its
 * blocks to be matched should not wait for the whole dataset to be read as well.
 */
export async function refreshActiveIndex(loadBundled: () => Promise<CompiledDataset>): Promise<boolean> {
  const stored = await importItem.getValue();
  if (!stored) return false;
  const [bundled, active] = await Promise.all([loadBundled(), activeIndexItem.getValue()]);
  const expected = mergeDatasets(bundled, stored.dataset, stored.mode).version;
  if (active?.index.version === expected && active.format === INDEX_FORMAT) return false;
  await applyImport(bundled, stored.dataset, stored.mode, stored.fileName, new Date(stored.importedAt));
  return true;
}
