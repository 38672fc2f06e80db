// The first stage reads no storage (its bindings cost every page a few milliseconds), so the background
// answers for the settings: it runs the engine only where they allow, and tells every open frame when they change.
import { browser } from 'wxt/browser';
import { activeIndexItem, type IndexInUse } from '../dataset/active-index';
import { loadBundledIndex } from '../dataset/bundled-index';
import { entriesOnly } from '../dataset/entries-index';
import type { MatcherIndex } from '../dataset/matcher-index';
import type { EngineBoot } from '../first-stage/engine-boot';
import { activeOn } from '../first-stage/site-settings';
import { SETTINGS_KEY } from '../settings/settings-key';
import { type ParsedSettings, parseSettings } from '../settings/settings-schema';
import type { SettingsChanged } from './messages';
import { sendToAllTabs } from './send-to-all-tabs';

/** The index engines match with: the imported one, else the bundled one. */
export async function indexInUse(bundled: () => Promise<MatcherIndex> = loadBundledIndex): Promise<IndexInUse> {
  return (await activeIndexItem.getValue()) ?? { index: await bundled() };
}

/** Where the engine's start is read from: storage, or what the background keeps of it (kept-until-changed.ts). */
export interface BootSources {
  settings: () => Promise<ParsedSettings>;
  inUse: () => Promise<IndexInUse>;
}

/**
 * What the engine starts with on a page of `site` (a frame's hostname): the parsed settings and the index
 * in use's entries (this background matches the page's text: block-match-service.ts); undefined where the
 * settings do not let it run there.
 */
export async function engineBootFor(site: string, sources: BootSources): Promise<EngineBoot | undefined> {
  const [{ settings }, inUse] = await Promise.all([sources.settings(), sources.inUse()]);
  return activeOn(settings, site) ? { settings, index: { ...inUse, index: entriesOnly(inUse.index) } } : undefined;
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
