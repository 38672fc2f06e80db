// The toolbar button's API: `action` in MV3 (Chromium), `browserAction` in Firefox's MV2 build.
import { browser } from 'wxt/browser';

export function toolbarAction(): typeof browser.action {
  return browser.action ?? browser.browserAction;
}
