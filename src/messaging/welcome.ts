// The welcome page opens once, when the extension is first installed (not on updates or browser updates).
import { browser } from 'wxt/browser';

export function openWelcomeOnInstall(): void {
  // Added while the background starts, so the install event is not missed (MV3 wakes the worker for it).
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason !== 'install') return;
    void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  });
}
