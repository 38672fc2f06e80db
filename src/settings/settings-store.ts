// Settings in browser.storage.local, versioned so later formats migrate instead of breaking.
import { storage } from 'wxt/utils/storage';
import { migrations, SETTINGS_VERSION } from './migrations';
import { DEFAULT_SETTINGS, type ParsedSettings, parseSettings, type Settings } from './settings-schema';

// Stored raw (unknown) so a corrupted value reaches parseSettings instead of crashing a consumer.
const settingsItem = storage.defineItem<Record<string, unknown> | null>('local:settings', {
  fallback: null,
  version: SETTINGS_VERSION,
  migrations,
});

export async function loadSettings(): Promise<ParsedSettings> {
  const parsed = parseSettings(await settingsItem.getValue());
  for (const problem of parsed.problems) console.warn(`[Gaza Talks Context] ${problem}`);
  return parsed;
}

export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const { settings } = await loadSettings();
  const next = { ...settings, ...patch };
  await settingsItem.setValue(next);
  return next;
}

/** Calls back with parsed settings on every change; returns the unwatch function. */
export function watchSettings(callback: (settings: Settings) => void): () => void {
  return settingsItem.watch((raw) => callback(parseSettings(raw ?? DEFAULT_SETTINGS).settings));
}
