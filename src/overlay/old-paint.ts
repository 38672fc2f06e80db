// Firefox ends an older copy of the extension at once when it is updated or reloaded (and when it is installed
// again): that copy cannot remove its paint. Its ranges stay in the page's highlight registry, unseen once its
// style sheets go, and the new copy's sheets (the manifest's, injected into open pages) would show them again
// wherever the new copy does not paint: a page shown at the reader's request, or one the new data judges
// otherwise. The background has this run in every open frame then (messaging/old-paint-in-tabs.ts); Chromium's
// old copies remove their paint themselves (paint-keeper.ts).
import { ALL_HIGHLIGHT_NAMES, FLASH_HIGHLIGHT } from './highlight-names';

const ENGINE_STARTED = Symbol.for('gaza-talks-context.engine-started');

type World = Record<symbol, unknown>;

/** Called as the engine starts: from then on our names in this frame are this copy's own paint. */
export function markEngineStarted(world: World = globalThis as World): void {
  world[ENGINE_STARTED] = true;
}

/**
 * Removes every highlight of ours unless this copy's engine runs in the frame (its first paint clears them
 * itself: painter.ts). True when it looked. By name: Firefox's wrapper of the page's registry has no iterators,
 * and its `forEach` throws once it reaches the old copy's ranges.
 */
export function forgetOldPaint(registry: HighlightRegistry | undefined, world: World = globalThis as World): boolean {
  if (!registry || world[ENGINE_STARTED]) return false;
  for (const name of [...ALL_HIGHLIGHT_NAMES, FLASH_HIGHLIGHT]) registry.delete(name);
  return true;
}
