// The toolbar button's count of what the tab's page mentions, when the settings want it; turning it off
// clears every tab's count at once.
import { browser } from 'wxt/browser';
import { SETTINGS_KEY } from '../settings/settings-key';
import { parseSettings } from '../settings/settings-schema';
import { loadSettings } from '../settings/settings-store';
import { toolbarAction } from './toolbar-action';

const COLOR = '#1d6fb8';

export async function showCount(tabId: number, count: number): Promise<void> {
  const { settings } = await loadSettings();
  const text = settings.badge && count > 0 ? String(count) : '';
  const action = toolbarAction();
  await Promise.all([action.setBadgeText({ tabId, text }), action.setBadgeBackgroundColor({ tabId, color: COLOR })]);
}

/** Clears every tab's count when the badge is turned off (pages send a new count when they next change). */
export function clearBadgesWhenOff(): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(SETTINGS_KEY in changes)) return;
    if (parseSettings(changes[SETTINGS_KEY]?.newValue).settings.badge) return;
    void browser.tabs.query({}).then((tabs) => {
      for (const tab of tabs) if (tab.id !== undefined) void toolbarAction().setBadgeText({ tabId: tab.id, text: '' });
    });
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
