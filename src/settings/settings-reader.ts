// Reading settings where they are only read (the engine on every page about the talks): the stored value
// straight from storage.local, parsed field by field. Writers go through settings-store.ts, whose
// @wxt-dev/storage item migrates the stored format; the background runs those migrations at start-up.
import { browser } from 'wxt/browser';
import { SETTINGS_KEY } from './settings-key';
import { DEFAULT_SETTINGS, type ParsedSettings, parseSettings, type Settings } from './settings-schema';

export async function readSettings(): Promise<ParsedSettings> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  const parsed = parseSettings(stored[SETTINGS_KEY]);
  for (const problem of parsed.problems) console.warn(`[Gaza Talks Context] ${problem}`);
  return parsed;
}

/** Calls back with parsed settings on every change; returns the unwatch function. */
export function onSettingsChanged(callback: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(SETTINGS_KEY in changes)) return;
    callback(parseSettings(changes[SETTINGS_KEY]?.newValue ?? DEFAULT_SETTINGS).settings);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
