// Keeps the imported-names content script registered exactly while an imported dataset is active, so pages
// that name only the imported entries still wake the engine. Chromium (MV3) persists a registration across
// sessions; Firefox's MV2 `contentScripts.register` lasts as long as the background page, so it runs at
// every start-up.
import { browser } from 'wxt/browser';
import { ACTIVE_INDEX_KEY, activeIndexItem } from '../dataset/active-index';

const ID = 'gtc-imported-names';
const FILE = '/content-scripts/imported-names.js';

interface FirefoxRegistration {
  unregister(): Promise<void>;
}
interface FirefoxContentScripts {
  register(options: {
    js: { file: string }[];
    matches: string[];
    allFrames: boolean;
    matchAboutBlank: boolean;
    runAt: 'document_start';
  }): Promise<FirefoxRegistration>;
}

let firefoxRegistration: FirefoxRegistration | undefined;

async function setRegistered(on: boolean): Promise<void> {
  const scripting = browser.scripting;
  if (scripting?.registerContentScripts) {
    const existing = await scripting.getRegisteredContentScripts({ ids: [ID] });
    if (on && existing.length === 0) {
      await scripting.registerContentScripts([
        { id: ID, js: [FILE.slice(1)], matches: ['<all_urls>'], allFrames: true, matchOriginAsFallback: true, runAt: 'document_start' },
      ]);
    } else if (!on && existing.length > 0) await scripting.unregisterContentScripts({ ids: [ID] });
    return;
  }
  const contentScripts = (browser as unknown as { contentScripts?: FirefoxContentScripts }).contentScripts;
  if (!contentScripts) return;
  if (on && !firefoxRegistration) {
    firefoxRegistration = await contentScripts.register({
      js: [{ file: FILE }],
      matches: ['<all_urls>'],
      allFrames: true,
      matchAboutBlank: true,
      runAt: 'document_start',
    });
  } else if (!on && firefoxRegistration) {
    await firefoxRegistration.unregister();
    firefoxRegistration = undefined;
  }
}

/** Registers or unregisters now and whenever an import is applied or reverted; returns the unsubscribe. */
export function syncImportedNamesScript(): () => void {
  const sync = () =>
    activeIndexItem
      .getValue()
      .then((active) => setRegistered(active !== null))
      .catch((error: unknown) => console.error('[Gaza Talks Context] imported names script', error));
  void sync();
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && ACTIVE_INDEX_KEY in changes) void sync();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
