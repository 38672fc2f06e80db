// Settings in browser.storage.local, versioned so later formats migrate instead of breaking.
import { storage } from 'wxt/utils/storage';
import { migrations, SETTINGS_VERSION } from './migrations';
import { SETTINGS_KEY } from './settings-key';
import { type ParsedSettings, parseSettings, type Settings } from './settings-schema';

// Stored raw (unknown) so a corrupted value reaches parseSettings instead of crashing a consumer.
const settingsItem = storage.defineItem<Record<string, unknown> | null>(`local:${SETTINGS_KEY}`, {
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

/**
 * Brings the stored value to the current format. The background runs it at start-up, so the pages that only
 * read settings (settings-reader.ts) always see the current format.
 */
export function migrateSettings(): Promise<void> {
  return settingsItem.migrate();
}
