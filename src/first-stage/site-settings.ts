// The settings the first stage's gate obeys (on/off and the site rules), read without zod from what the
// background sends when they change (parsed and migrated: settings-broadcast.ts); the background checks them
// again before it runs the engine. Invalid fields count as their defaults, as parseSettings treats them.
import { type SiteRules, siteAllowed } from '../settings/site-patterns';

export { SETTINGS_KEY } from '../settings/settings-key';

interface SiteSettings extends SiteRules {
  enabled: boolean;
}

// Not checked for being site patterns (parseSettings drops the others, and keeps them lower case): one that is
// not never names a page's host, so the answer is the same, and the check's expressions stayed out of the first stage.
const siteList = (value: unknown): string[] => (Array.isArray(value) ? value.filter((s): s is string => typeof s === 'string') : []);

export function siteSettingsOf(raw: unknown): SiteSettings {
  const record = raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  return {
    enabled: typeof record.enabled === 'boolean' ? record.enabled : true,
    siteMode: record.siteMode === 'only' ? 'only' : 'all',
    pausedSites: siteList(record.pausedSites),
    onlySites: siteList(record.onlySites),
  };
}

/** Whether the extension works on a page of `hostname` under the stored settings `raw`. */
export function activeOn(raw: unknown, hostname: string): boolean {
  const settings = siteSettingsOf(raw);
  return settings.enabled && siteAllowed(settings, hostname);
}
