// The two settings the first stage obeys (on/off and paused sites), read from the stored value without
// zod: the engine parses all of it with the settings schema. Invalid fields count as their defaults,
// as parseSettings treats them.
import type { Settings } from '../settings/settings-schema';

export { SETTINGS_KEY } from '../settings/settings-key';

type SiteSettings = Pick<Settings, 'enabled' | 'disabledSites'>;

const isSiteList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((s) => typeof s === 'string' && s.length >= 1 && s.length <= 253);

export function siteSettingsOf(raw: unknown): SiteSettings {
  const record = raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  return {
    enabled: typeof record.enabled === 'boolean' ? record.enabled : true,
    disabledSites: isSiteList(record.disabledSites) ? record.disabledSites : [],
  };
}

/** Whether the extension works on a page of `hostname` under the stored settings `raw`. */
export function activeOn(raw: unknown, hostname: string): boolean {
  const settings = siteSettingsOf(raw);
  return settings.enabled && !settings.disabledSites.includes(hostname);
}
