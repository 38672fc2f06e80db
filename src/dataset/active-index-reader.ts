// The engine's side of the dataset in use (no storage API, no zod: see settings-reader.ts): it asks the
// background for the index when it starts without one, and hears when the reader imports or reverts.
import { browser } from 'wxt/browser';
import type { IndexInUse } from './active-index';

/** The index in use (imported, else bundled); throws when the background cannot answer (nothing to match with). */
export async function readIndexInUse(): Promise<IndexInUse> {
  const reply = (await browser.runtime.sendMessage({ type: 'get-index' })) as IndexInUse | null | undefined;
  if (!reply?.index) throw new Error('the background sent no index');
  return reply;
}

/** Calls back whenever the active dataset changes; returns the unwatch function. */
export function onDatasetChanged(callback: () => void): () => void {
  const listener = (message: unknown) => {
    if ((message as { type?: unknown } | null)?.type === 'dataset-changed') callback();
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
