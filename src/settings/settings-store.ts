// Settings in browser.storage.local, versioned so later formats migrate instead of breaking. Only the
// background and the extension's pages use this; the engine asks the background (settings-reader.ts).
import { storage } from 'wxt/utils/storage';
import { migrations, SETTINGS_VERSION } from './migrations';
import { SETTINGS_KEY } from './settings-key';
import { cloneDefaults, type ParsedSettings, parseSettings, type Settings } from './settings-schema';
import { settingsPath } from './shown-value';

// Stored raw (unknown) so a corrupted value reaches parseSettings instead of crashing a consumer.
const settingsItem = storage.defineItem<Record<string, unknown> | null>(`local:${SETTINGS_KEY}`, {
  fallback: null,
  version: SETTINGS_VERSION,
  migrations,
});

/** What the last repair replaced: shown once on the options page, kept until the reader dismisses it. */
export interface SettingsRepair {
  at: string;
  /** The stored value before the repair, as it was. */
  previous: unknown;
  problems: string[];
}

export const repairItem = storage.defineItem<SettingsRepair | null>('local:settingsRepair', { fallback: null });

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

/** Calls back with the parsed settings whenever they change (from any page); returns the unwatch function. */
export function watchSettings(callback: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => callback(parseSettings(value).settings));
}

/** Back to the defaults (the options page's reset; tests restore with it). */
export async function resetSettings(): Promise<Settings> {
  const defaults = cloneDefaults();
  await settingsItem.setValue(defaults);
  return defaults;
}

/**
 * Brings the stored value to the current format. The background runs it at start-up, so the pages that only
 * read settings (settings-reader.ts) always see the current format.
 */
export function migrateSettings(): Promise<void> {
  return settingsItem.migrate();
}

/**
 * Rewrites a corrupted stored value as valid settings, keeping every valid field, and keeps the value it
 * replaced (with what was wrong) for the options page to show. Returns the repair, or null when none was needed.
 */
export async function repairSettings(now = new Date()): Promise<SettingsRepair | null> {
  const raw = await settingsItem.getValue();
  const { settings, problems } = parseSettings(raw);
  // hasOwn, not `in`: a stored `constructor` or `__proto__` key is no setting either.
  const unknownKeys =
    raw && typeof raw === 'object' && !Array.isArray(raw) ? Object.keys(raw).filter((key) => !Object.hasOwn(settings, key)) : [];
  if (problems.length === 0 && unknownKeys.length === 0) return null;
  const repair: SettingsRepair = {
    at: now.toISOString(),
    previous: raw,
    problems: [...problems, ...unknownKeys.map((key) => `${settingsPath(key)}: not a setting; removed`)],
  };
  // The backup first: a repair that stopped half-way must not lose the old value.
  await repairItem.setValue(repair);
  await settingsItem.setValue(settings);
  return repair;
}
