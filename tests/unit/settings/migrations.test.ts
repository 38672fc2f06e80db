// Every migration from every older version, with a full stored fixture (what storage.local held), through the
// store's own item: the result must be exactly the expected current value, with nothing left to repair.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { migrations, SETTINGS_VERSION } from '@/src/settings/migrations';
import { parseSettings } from '@/src/settings/settings-schema';
import { loadSettings, migrateSettings, repairSettings } from '@/src/settings/settings-store';

const fixture = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(resolve(__dirname, 'fixtures', `${name}.json`), 'utf8')) as Record<string, unknown>;

const OLDER = [1, 2, 3] as const;

describe('settings migrations', () => {
  beforeEach(() => fakeBrowser.reset());

  it('has one numbered migration per version after the first, and a fixture for every older version', () => {
    expect(Object.keys(migrations).map(Number)).toEqual(Array.from({ length: SETTINGS_VERSION - 1 }, (_, i) => i + 2));
    expect([...OLDER, SETTINGS_VERSION]).toEqual(Array.from({ length: SETTINGS_VERSION }, (_, i) => i + 1));
  });

  for (const version of OLDER) {
    it(`brings a stored v${version} value to v${SETTINGS_VERSION} exactly`, async () => {
      await fakeBrowser.storage.local.set(fixture(`stored-v${version}`));
      await migrateSettings();
      const stored = await fakeBrowser.storage.local.get(['settings', 'settings$']);
      expect(stored.settings$).toEqual({ v: SETTINGS_VERSION });
      expect(stored.settings).toEqual(fixture(`expected-v4-from-v${version}`));
      expect(parseSettings(stored.settings).problems).toEqual([]);
      expect(await repairSettings()).toBeNull();
    });
  }

  it('v4 carries the paused sites over (renamed, in lower case, once each)', () => {
    const v3 = (fixture('stored-v2').settings as Record<string, unknown>) ?? {};
    const v4 = migrations[4]?.(migrations[3]?.(v3));
    expect(v4?.pausedSites).toEqual(['news.example.org', 'blog.example.net']);
    expect(v4).not.toHaveProperty('disabledSites');
  });

  it('a current value stamped with a lost or damaged version keeps its paused sites', async () => {
    const current = { ...fixture('expected-v4-from-v3'), pausedSites: ['paused.example.org'] };
    await fakeBrowser.storage.local.set({ settings: current, settings$: { v: 0 } });
    await migrateSettings();
    expect((await fakeBrowser.storage.local.get('settings')).settings).toEqual(current);
  });

  it('reads a stored v1 value in the current format on first read', async () => {
    await fakeBrowser.storage.local.set(fixture('stored-v1'));
    expect((await loadSettings()).settings).toEqual(fixture('expected-v4-from-v1'));
  });

  it('leaves nothing stored (a new install) as nothing', async () => {
    await migrateSettings();
    expect((await fakeBrowser.storage.local.get('settings')).settings ?? null).toBeNull();
  });
});
