// Asks the background to run the engine in this frame (src/messaging/inject-script.ts). Nothing the page can
// reach is involved: the engine is not web-accessible, so a page cannot probe for it, and a dynamic import()
// of an extension URL is what Mozilla's linter rejects as an unsafe call. The background checks the settings,
// and its answer carries what the engine needs to start (engine-boot.ts).
import { expectBoot } from './engine-boot';
import type { FirstStageApi } from './ext-api';

/** Resolves true once the engine runs in this frame, false where the settings (off, or this site paused) say no. */
export async function loadEngine(api: FirstStageApi): Promise<boolean> {
  const settle = expectBoot();
  try {
    const reply = await api.runtime.sendMessage({ type: 'load-script', script: 'engine', site: location.hostname });
    settle(reply);
    return reply === true || (reply as { loaded?: unknown } | null)?.loaded === true;
  } catch (error) {
    settle(undefined);
    throw error;
  }
}
