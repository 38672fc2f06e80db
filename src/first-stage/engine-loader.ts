// Asks the background to run the engine in this frame (src/messaging/inject-script.ts). Nothing the page can
// reach is involved: the engine is not web-accessible, so a page cannot probe for it, and a dynamic import()
// of an extension URL is what Mozilla's linter rejects as an unsafe call.
import type { FirstStageApi } from './ext-api';

export async function loadEngine(api: FirstStageApi): Promise<void> {
  await api.runtime.sendMessage({ type: 'load-script', script: 'engine' });
}
