// The extension's keyboard commands (manifest `commands`, shortcuts in wxt.config.ts and the README).
import { browser } from 'wxt/browser';
import type { Request } from './messages';

export const BROWSE_COMMAND = 'browse-findings';

/** The browse command goes to the active tab's top frame, where the engine runs if the page is about the talks. */
export function listenForCommands(): void {
  browser.commands?.onCommand.addListener((command) => {
    if (command !== BROWSE_COMMAND) return;
    void browser.tabs
      .query({ active: true, currentWindow: true })
      .then(([tab]) => {
        if (tab?.id === undefined) return;
        const message: Request = { type: 'browse-findings' };
        return browser.tabs.sendMessage(tab.id, message, { frameId: 0 });
      })
      // A page the engine does not run on has no one to answer: nothing to browse there.
      .catch(() => {});
  });
}
