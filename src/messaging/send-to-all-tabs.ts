// One message to every tab (all its frames). A tab with no content script of ours (a browser page, one still
// loading) has no receiver: that is fine.
import { browser } from 'wxt/browser';

export function sendToAllTabs(message: unknown): void {
  void browser.tabs.query({}).then((tabs) => {
    for (const tab of tabs) {
      if (tab.id === undefined) continue;
      const id = tab.id;
      Promise.resolve()
        .then(() => browser.tabs.sendMessage(id, message))
        .catch(() => {});
    }
  });
}
