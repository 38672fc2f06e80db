// The engine's side of an imported dataset (no storage API, no zod: see settings-reader.ts): it asks the
// background for the imported index when it starts, and hears when the reader imports or reverts.
import { browser } from 'wxt/browser';
import type { ActiveIndex } from './active-index';

/** The imported dataset's index, or null when the bundled one is in use (or the background cannot answer). */
export async function readActiveIndex(): Promise<ActiveIndex | null> {
  try {
    return ((await browser.runtime.sendMessage({ type: 'get-index' })) as ActiveIndex | null | undefined) ?? null;
  } catch {
    return null;
  }
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
