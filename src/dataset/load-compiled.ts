// Extension pages and the background load the full dataset from the packaged asset, once.
import { browser } from 'wxt/browser';
import { FULL_ASSET } from './asset-paths';
import type { CompiledDataset } from './schema';

let pending: Promise<CompiledDataset> | undefined;

export function loadCompiledDataset(): Promise<CompiledDataset> {
  pending ??= fetch(browser.runtime.getURL(`/${FULL_ASSET}`)).then(async (response) => {
    if (!response.ok) throw new Error(`dataset asset missing (${response.status})`);
    return (await response.json()) as CompiledDataset;
  });
  return pending;
}
