import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startBackground } from '@/src/messaging/background-router';
import { SETTINGS_VERSION } from '@/src/settings/migrations';
import { onSettingsChanged, readSettings } from '@/src/settings/settings-reader';
import { DEFAULT_SETTINGS, parseSettings, siteOf } from '@/src/settings/settings-schema';
import { loadSettings, migrateSettings, saveSettings } from '@/src/settings/settings-store';

describe('parseSettings', () => {
  it('uses defaults when nothing is stored', () => {
    expect(parseSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
  });

  it('keeps valid fields and reports corrupted ones', () => {
    expect(parseSettings({ enabled: false }).settings).toEqual({ ...DEFAULT_SETTINGS, enabled: false });
    const parsed = parseSettings({ enabled: false, density: 'sometimes', hoverDelayMs: -5, pausedSites: ['example.org'] });
    expect(parsed.settings).toEqual({ ...DEFAULT_SETTINGS, enabled: false, pausedSites: ['example.org'] });
    expect(parsed.problems).toEqual([
      'settings.hoverDelayMs: unreadable value -5; using 150',
      'settings.density: unreadable value "sometimes"; using "first"',
    ]);
  });

  it('survives a stored value that is not an object', () => {
    expect(parseSettings('garbage').problems).toHaveLength(1);
    expect(parseSettings([1, 2]).settings).toEqual(DEFAULT_SETTINGS);
  });

  it('ignores fields it does not know', () => {
    expect(parseSettings({ enabled: true, colour: 'pink' })).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
  });
});

describe('settings store', () => {
  beforeEach(() => fakeBrowser.reset());

  it('saves and loads', async () => {
    await saveSettings({ enabled: false });
    expect((await loadSettings()).settings.enabled).toBe(false);
    await saveSettings({ enabled: true, density: 'every' });
    expect((await loadSettings()).settings).toEqual({ ...DEFAULT_SETTINGS, density: 'every' });
  });

  it('does not overwrite corrupted storage just by reading it', async () => {
    await fakeBrowser.storage.local.set({ settings: { enabled: 42 }, settings$: { v: SETTINGS_VERSION } });
    const parsed = await loadSettings();
    expect(parsed.settings.enabled).toBe(true);
    expect(parsed.problems).toHaveLength(1);
    expect((await fakeBrowser.storage.local.get('settings')).settings).toEqual({ enabled: 42 });
  });
});

describe('settings reader (the engine asks the background)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    // As in the browsers: a listener's returned promise is the reply.
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
      const replies = await fakeBrowser.runtime.onMessage.trigger(message, {}, () => {});
      return replies.find((reply) => reply !== undefined);
    });
    startBackground();
  });
  afterEach(() => vi.restoreAllMocks());

  it('reads what the store saved, and repairs a corrupted field without writing', async () => {
    await saveSettings({ hoverDelayMs: 400 });
    expect(await readSettings()).toEqual({ ...DEFAULT_SETTINGS, hoverDelayMs: 400 });
    await fakeBrowser.storage.local.set({ settings: { enabled: 'yes', density: 'every' } });
    expect(await readSettings()).toEqual({ ...DEFAULT_SETTINGS, density: 'every' });
    expect((await fakeBrowser.storage.local.get('settings')).settings).toEqual({ enabled: 'yes', density: 'every' });
  });

  it('sees a v1 value in the current format once the background has migrated it', async () => {
    await fakeBrowser.storage.local.set({ settings: { enabled: false } });
    await migrateSettings();
    expect((await fakeBrowser.storage.local.get('settings$')).settings$).toEqual({ v: SETTINGS_VERSION });
    expect((await fakeBrowser.storage.local.get('settings')).settings).toEqual({ ...DEFAULT_SETTINGS, enabled: false });
    expect((await readSettings()).enabled).toBe(false);
  });

  it('falls back to the defaults when the background cannot answer', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValue(new Error('Could not establish connection'));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
    expect(warn).toHaveBeenCalled();
  });

  it('hears every change from the background, parsed, in every open tab', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://news.example.org/' });
    const sent = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(async (_tabId: number, message: unknown) => {
      await fakeBrowser.runtime.onMessage.trigger(message, {}, () => {});
    });
    const seen: unknown[] = [];
    const stop = onSettingsChanged((settings) => seen.push(settings));
    await fakeBrowser.storage.local.set({ settings: { enabled: false, hoverDelayMs: 'slow' } });
    await vi.waitFor(() => expect(seen.at(-1)).toEqual({ ...DEFAULT_SETTINGS, enabled: false }));
    expect(sent).toHaveBeenCalledWith(tab.id, expect.objectContaining({ type: 'settings-changed' }));
    const heard = seen.length;
    stop();
    await fakeBrowser.storage.local.set({ settings: { enabled: true } });
    await new Promise((r) => setTimeout(r, 20));
    expect(seen).toHaveLength(heard);
  });
});

describe('siteOf', () => {
  it('is the host name, or empty for a bad URL', () => {
    expect(siteOf('https://news.example.org/a?b')).toBe('news.example.org');
    expect(siteOf('not a url')).toBe('');
  });
});
