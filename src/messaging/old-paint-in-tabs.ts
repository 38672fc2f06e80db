// Firefox: on an install or an update, the old copy's paint left in open pages is removed (see
// src/overlay/old-paint.ts). Firefox injects the new content scripts there by itself; this runs beside them.
import { browser } from 'wxt/browser';

export const OLD_PAINT_FILE = '/old-paint.js';

/** How many tabs it ran in; pages we may not script refuse, quietly. */
export async function forgetOldPaintInTabs(): Promise<number> {
  // A discarded tab holds no page, so no paint: it is left asleep.
  const tabs = await browser.tabs.query({ discarded: false });
  const done = await Promise.all(
    tabs.map(({ id }) =>
      id === undefined
        ? false
        : browser.tabs.executeScript(id, { file: OLD_PAINT_FILE, allFrames: true, matchAboutBlank: true }).then(
            () => true,
            () => false,
          ),
    ),
  );
  return done.filter(Boolean).length;
}
