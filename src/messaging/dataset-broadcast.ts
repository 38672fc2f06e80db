// Tells every open frame when the reader imports a dataset or reverts to the bundled one, so search, cards
// and page scans all switch at once (the engine asks for the new index: dataset/active-index-reader.ts).
import { browser } from 'wxt/browser';
import { ACTIVE_INDEX_KEY } from '../dataset/active-index';
import { sendToAllTabs } from './send-to-all-tabs';

export function broadcastDatasetChanges(): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && ACTIVE_INDEX_KEY in changes) sendToAllTabs({ type: 'dataset-changed' });
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
