// Settings where they are only read (the engine, on every page about the talks): asked of the background,
// which parses the stored value with the schema (settings-store.ts) and sends every open frame the parsed
// settings when they change (messaging/settings-broadcast.ts). The engine so ships neither zod nor the
// storage API, whose set-up alone cost each such page a few milliseconds.
import { browser } from 'wxt/browser';
import type { SettingsChanged } from '../messaging/messages';
import { DEFAULT_SETTINGS } from './settings-defaults';
import type { Settings } from './settings-schema';

/** The current settings, parsed by the background; the defaults if it cannot answer. */
export async function readSettings(): Promise<Settings> {
  try {
    return ((await browser.runtime.sendMessage({ type: 'get-settings' })) as Settings | undefined) ?? structuredClone(DEFAULT_SETTINGS);
  } catch (error) {
    console.warn('[Gaza Talks Context] settings unavailable; using defaults', error);
    return structuredClone(DEFAULT_SETTINGS);
  }
}

/** Calls back with the parsed settings on every change; returns the unwatch function. */
export function onSettingsChanged(callback: (settings: Settings) => void): () => void {
  const listener = (message: unknown) => {
    if ((message as Partial<SettingsChanged> | null)?.type === 'settings-changed') callback((message as SettingsChanged).settings);
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
