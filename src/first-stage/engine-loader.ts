// Loads the engine into this page's isolated world. A dynamic import of the extension's own module: no
// round trip through the background, no extra permission, and the same code path in Chromium and Firefox.
import type { FirstStageApi } from './ext-api';

/** The engine's file in the build (WXT's runtime-registered content script `engine`). */
export const ENGINE_PATH = '/content-scripts/engine.js';

export async function loadEngine(api: FirstStageApi): Promise<void> {
  await import(/* @vite-ignore */ api.runtime.getURL(ENGINE_PATH));
}
