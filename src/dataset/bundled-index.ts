// The background loads the bundled dataset's matcher index from the packaged asset, once, and sends it to
// each engine it runs (first-stage/engine-boot.ts): the engine script then carries no index, so a page pays
// neither for compiling it as part of the script nor for parsing it in the same task as the script.
import { browser } from 'wxt/browser';
import { INDEX_ASSET } from './asset-paths';
import type { MatcherIndex } from './matcher-index';

let pending: Promise<MatcherIndex> | undefined;

export function loadBundledIndex(): Promise<MatcherIndex> {
  pending ??= fetch(browser.runtime.getURL(`/${INDEX_ASSET}`)).then(async (response) => {
    if (!response.ok) throw new Error(`matcher index asset missing (${response.status})`);
    return (await response.json()) as MatcherIndex;
  });
  // A failed load is tried again next time, not remembered.
  pending.catch(() => (pending = undefined));
  return pending;
}
