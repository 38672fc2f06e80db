// After an install, an update, a reload or being turned off and on again, pages that were already open keep the
// old content scripts (or, turned off, none), whose extension is gone. In Chromium they notice and remove their
// paint (src/overlay/paint-keeper.ts), and the new ones are not injected there, so the background does it, from
// the manifest's own list. Firefox injects declared
// content scripts into open tabs by itself, but ends the old ones at once, paint left behind: the background
// has it removed (old-paint-in-tabs.ts).
import { browser } from 'wxt/browser';
import type { ScriptPublicPath } from 'wxt/utils/inject-script';
import { forgetOldPaintInTabs } from './old-paint-in-tabs';

/** Kept in the session storage from a start of ours on: what a later start of the worker finds there. */
const STARTED_KEY = 'started';
/** How long a first start waits for the install or browser-start event that says why it started. */
const WHY_STARTED_MS = 1000;

export function reinjectOnUpdate(): void {
  let explained = false;
  // Added while the background starts, so the event is not missed (MV3 wakes the worker for it).
  browser.runtime.onInstalled.addListener(({ reason }) => {
    explained = true;
    if (reason !== 'install' && reason !== 'update') return;
    // Firefox runs the new scripts in open pages itself, but the old copy there could not remove its paint.
    if (import.meta.env.FIREFOX) void forgetOldPaintInTabs();
    else void reinjectOpenTabs();
  });
  if (import.meta.env.FIREFOX) return;
  // Chromium: turned off and on again (chrome://extensions) fires no event, and the open pages have none of our
  // scripts. The session storage is emptied then, as on an install, an update or a browser start (whose pages run
  // the manifest's scripts themselves): a first start that neither event explains gives them to the open pages.
  browser.runtime.onStartup.addListener(() => {
    explained = true;
  });
  const session = browser.storage.session;
  void session
    .get(STARTED_KEY)
    .then(async (stored) => {
      if (stored[STARTED_KEY]) return;
      await session.set({ [STARTED_KEY]: true });
      await new Promise((done) => setTimeout(done, WHY_STARTED_MS));
      if (!explained) await reinjectOpenTabs();
    })
    .catch((error: unknown) => console.error('[Gaza Talks Context] open pages not checked after a start', error));
}

export async function reinjectOpenTabs(): Promise<number> {
  const scripting = browser.scripting;
  if (!scripting?.executeScript) return 0;
  const declared = browser.runtime.getManifest().content_scripts ?? [];
  // Without the "tabs" permission a tab has no URL here: pages we may not script just refuse, quietly.
  const tabs = await browser.tabs.query({});
  const done = await Promise.all(
    tabs.map(async ({ id }) => {
      if (id === undefined) return false;
      try {
        for (const script of declared) {
          const target = { tabId: id, allFrames: script.all_frames === true };
          if (script.css?.length) await scripting.insertCSS({ target, files: script.css });
          // The manifest's own paths, which are the extension's public script paths.
          if (script.js?.length) await scripting.executeScript({ target, files: script.js as ScriptPublicPath[] });
        }
        return true;
      } catch {
        return false;
      }
    }),
  );
  return done.filter(Boolean).length;
}
