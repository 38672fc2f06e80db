import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SETTINGS_VERSION } from '@/src/settings/migrations';
import { DEFAULT_SETTINGS } from '@/src/settings/settings-schema';
import { repairItem, repairSettings } from '@/src/settings/settings-store';

const store = (settings: unknown) => fakeBrowser.storage.local.set({ settings, settings$: { v: SETTINGS_VERSION } });
const stored = async () => (await fakeBrowser.storage.local.get('settings')).settings;

describe('repair of corrupted settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps every valid field, replaces the rest, and keeps the old value as a backup', async () => {
    const corrupted = {
      enabled: false,
      density: 'sometimes',
      hoverDelayMs: 'slow',
      theme: 'dark',
      pausedSites: ['a.org', 'not a site', 7],
    };
    await store(corrupted);
    const repair = await repairSettings(new Date('2026-12-03T08:00:00Z'));
    expect(await stored()).toEqual({ ...DEFAULT_SETTINGS, enabled: false, theme: 'dark', pausedSites: ['a.org'] });
    expect(repair?.previous).toEqual(corrupted);
    expect(repair?.problems).toEqual([
      'settings.hoverDelayMs: unreadable value "slow"; using 150',
      'settings.density: unreadable value "sometimes"; using "first"',
      'settings.pausedSites: dropped 2 unreadable item(s)',
    ]);
    expect(await repairItem.getValue()).toEqual({ at: '2026-12-03T08:00:00.000Z', previous: corrupted, problems: repair?.problems });
  });

  it('repairs a value that is not an object at all', async () => {
    await store('garbage');
    const repair = await repairSettings();
    expect(await stored()).toEqual(DEFAULT_SETTINGS);
    expect(repair?.previous).toBe('garbage');
    expect(repair?.problems).toEqual(['settings: not an object; using defaults']);
  });

  it('removes keys that are not settings, and says so', async () => {
    await store({ ...DEFAULT_SETTINGS, colour: 'pink' });
    expect((await repairSettings())?.problems).toEqual(['settings.colour: not a setting; removed']);
    expect(await stored()).toEqual(DEFAULT_SETTINGS);
  });

  it('removes a prototype key too, and names an odd key and a huge value in one short line', async () => {
    await store(JSON.parse(`{"constructor": 1, "odd\\nkey": 2, "theme": "${'x'.repeat(1000)}"}`));
    expect((await repairSettings())?.problems).toEqual([
      `settings.theme: unreadable value "${'x'.repeat(78)}…; using "auto"`,
      'settings.constructor: not a setting; removed',
      'settings["odd\\nkey"]: not a setting; removed',
    ]);
    expect(await stored()).toEqual(DEFAULT_SETTINGS);
  });

  it('does nothing to valid settings', async () => {
    await store({ ...DEFAULT_SETTINGS, density: 'every' });
    expect(await repairSettings()).toBeNull();
    expect(await repairItem.getValue()).toBeNull();
  });

  it('a kinds list with a duplicate or an unknown kind keeps the valid kinds', async () => {
    await store({ ...DEFAULT_SETTINGS, kinds: ['person', 'person', 'dragon', 'figure'] });
    await repairSettings();
    expect(((await stored()) as { kinds: string[] }).kinds).toEqual(['person', 'figure']);
  });
});
