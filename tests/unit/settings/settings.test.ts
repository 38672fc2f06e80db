import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, parseSettings } from '@/src/settings/settings-schema';
import { loadSettings, saveSettings, watchSettings } from '@/src/settings/settings-store';

describe('parseSettings', () => {
  it('uses defaults when nothing is stored', () => {
    expect(parseSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
  });

  it('keeps valid fields and reports corrupted ones', () => {
    expect(parseSettings({ enabled: false })).toEqual({ settings: { enabled: false }, problems: [] });
    const parsed = parseSettings({ enabled: 'yes' });
    expect(parsed.settings).toEqual(DEFAULT_SETTINGS);
    expect(parsed.problems).toEqual(['settings.enabled: unreadable value "yes"; using true']);
  });

  it('survives a stored value that is not an object', () => {
    expect(parseSettings('garbage').problems).toHaveLength(1);
    expect(parseSettings([1, 2]).settings).toEqual(DEFAULT_SETTINGS);
  });
});

describe('settings store', () => {
  beforeEach(() => fakeBrowser.reset());

  it('saves, loads and notifies watchers', async () => {
    const seen: boolean[] = [];
    const unwatch = watchSettings((s) => seen.push(s.enabled));
    await saveSettings({ enabled: false });
    expect((await loadSettings()).settings.enabled).toBe(false);
    await saveSettings({ enabled: true });
    unwatch();
    await saveSettings({ enabled: false });
    expect(seen).toEqual([false, true]);
  });

  it('does not overwrite corrupted storage just by reading it', async () => {
    await fakeBrowser.storage.local.set({ settings: { enabled: 42 } });
    const parsed = await loadSettings();
    expect(parsed.settings.enabled).toBe(true);
    expect(parsed.problems).toHaveLength(1);
    expect(await fakeBrowser.storage.local.get('settings')).toEqual({ settings: { enabled: 42 } });
  });
});
