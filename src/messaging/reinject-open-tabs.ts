// After an install, an update or a reload, pages that were already open keep the old content scripts, whose
// extension is gone. In Chromium they notice and remove their paint (src/overlay/paint-keeper.ts), and the new
// ones are not injected there, so the background does it, from the manifest's own list. Firefox injects declared
// content scripts into open tabs by itself, but ends the old ones at once, paint left behind: the background
// has it removed (old-paint-in-tabs.ts).
import { browser } from 'wxt/browser';
import type { ScriptPublicPath } from 'wxt/utils/inject-script';
import { forgetOldPaintInTabs } from './old-paint-in-tabs';

export function reinjectOnUpdate(): void {
  // Added while the background starts, so the event is not missed (MV3 wakes the worker for it).
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason !== 'install' && reason !== 'update') return;
    // Firefox runs the new scripts in open pages itself, but the old copy there could not remove its paint.
    if (import.meta.env.FIREFOX) void forgetOldPaintInTabs();
    else void reinjectOpenTabs();
  });
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
