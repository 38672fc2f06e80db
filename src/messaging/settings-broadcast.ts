// The first stage reads no storage (its bindings cost every page a few milliseconds), so the background
// answers for the settings: it runs the engine only where they allow, and tells every open frame when they change.
import { browser } from 'wxt/browser';
import { activeOn } from '../first-stage/site-settings';
import { SETTINGS_KEY } from '../settings/settings-key';
import { parseSettings } from '../settings/settings-schema';
import type { SettingsChanged } from './messages';
import { sendToAllTabs } from './send-to-all-tabs';

/** Whether the stored settings let the engine run on a page of `site` (a frame's hostname). */
export async function engineAllowedOn(site: string): Promise<boolean> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  return activeOn(stored[SETTINGS_KEY], site);
}

/** Sends every tab (all its frames) the new settings, parsed, whenever they change; returns the unsubscribe. */
export function broadcastSettingsChanges(): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(SETTINGS_KEY in changes)) return;
    const message: SettingsChanged = { type: 'settings-changed', settings: parseSettings(changes[SETTINGS_KEY]?.newValue).settings };
    sendToAllTabs(message);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
