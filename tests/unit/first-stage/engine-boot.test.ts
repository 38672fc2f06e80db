import index from 'virtual:gtc/matcher-index';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ACTIVE_INDEX_KEY, type ActiveIndex, activeIndexItem } from '@/src/dataset/active-index';
import type { MatcherIndex } from '@/src/dataset/matcher-index';
import { bootOf, type EngineBoot, expectBoot, takeBoot } from '@/src/first-stage/engine-boot';
import { loadEngine } from '@/src/first-stage/engine-loader';
import type { FirstStageApi } from '@/src/first-stage/ext-api';
import { keptUntilChanged } from '@/src/messaging/kept-until-changed';
import { type BootSources, engineBootFor, indexInUse } from '@/src/messaging/settings-broadcast';
import { DEFAULT_SETTINGS } from '@/src/settings/settings-defaults';
import { SETTINGS_KEY } from '@/src/settings/settings-key';
import { loadSettings, saveSettings } from '@/src/settings/settings-store';

const apiAnswering = (reply: unknown): FirstStageApi => ({
  runtime: {
    sendMessage: vi.fn(async () => reply),
    onMessage: { addListener: () => {}, removeListener: () => {} },
  },
});

describe('engine boot', () => {
  afterEach(async () => void (await takeBoot()));

  it('reads the background answer only when it ran the engine with settings and an index', () => {
    const settings = structuredClone(DEFAULT_SETTINGS);
    expect(bootOf({ loaded: true, settings, index: { index } })).toEqual({ settings, index: { index } });
    for (const reply of [
      true,
      false,
      null,
      undefined,
      'yes',
      { loaded: true },
      { loaded: false, settings, index: { index } },
      { loaded: true, settings },
      { loaded: true, settings, index: null },
      { loaded: true, settings, index: {} },
    ])
      expect(bootOf(reply)).toBeUndefined();
  });

  it('hands the engine, once, what the background answered', async () => {
    const settings = { ...structuredClone(DEFAULT_SETTINGS), density: 'every' as const };
    const api = apiAnswering({ loaded: true, settings, index: { index } });
    await expect(loadEngine(api)).resolves.toBe(true);
    await expect(takeBoot()).resolves.toEqual({ settings, index: { index } } satisfies EngineBoot);
    // Once: a second engine (never, but say) asks for itself.
    await expect(takeBoot()).resolves.toBeUndefined();
  });

  it('leaves the engine to ask for itself when the answer carries nothing, and says no when it ran nothing', async () => {
    await expect(loadEngine(apiAnswering(true))).resolves.toBe(true);
    await expect(takeBoot()).resolves.toBeUndefined();
    await expect(loadEngine(apiAnswering(false))).resolves.toBe(false);
    await expect(takeBoot()).resolves.toBeUndefined();
  });

  it('settles the promise when asking fails, so an engine never waits for ever', async () => {
    const api = apiAnswering(undefined);
    vi.mocked(api.runtime.sendMessage).mockRejectedValueOnce(new Error('no background'));
    await expect(loadEngine(api)).rejects.toThrow('no background');
    await expect(takeBoot()).resolves.toBeUndefined();
    const settle = expectBoot();
    settle(undefined);
    await expect(takeBoot()).resolves.toBeUndefined();
  });
});

describe('the background deciding on the engine', () => {
  beforeEach(() => fakeBrowser.reset());
  const fromStorage = (bundled: () => Promise<MatcherIndex>): BootSources => ({ settings: loadSettings, inUse: () => indexInUse(bundled) });

  it("starts it with the parsed settings and the bundled index's entries, and not where the settings say no", async () => {
    await saveSettings({ density: 'every', pausedSites: ['paused.example'] });
    const bundled = vi.fn(async () => index);
    const boot = await engineBootFor('news.example', fromStorage(bundled));
    expect(boot?.settings.density).toBe('every');
    // The entries alone: the background matches the page's text, and the rest is asked for only if the page must.
    expect(boot?.index).toEqual({ index: { version: index.version, entries: index.entries } });
    expect(await engineBootFor('paused.example', fromStorage(bundled))).toBeUndefined();
    await saveSettings({ enabled: false });
    expect(await engineBootFor('news.example', fromStorage(bundled))).toBeUndefined();
  });

  it("sends the imported index's entries, with its strong names, instead of the bundled one", async () => {
    const imported: ActiveIndex = { index: { ...index, version: 'imported-2' }, firstWords: '{}' };
    await activeIndexItem.setValue(imported);
    const bundled = vi.fn(async () => index);
    expect(await indexInUse(bundled)).toEqual(imported);
    expect((await engineBootFor('news.example', fromStorage(bundled)))?.index).toEqual({
      index: { version: 'imported-2', entries: index.entries },
      firstWords: '{}',
    });
    expect(bundled).not.toHaveBeenCalled();
  });

  it('decides from what the background keeps, read once, and reads again once the settings or the index change', async () => {
    const bundled = vi.fn(async () => index);
    const readSettings = vi.fn(loadSettings);
    const kept: BootSources = {
      settings: keptUntilChanged([SETTINGS_KEY], readSettings),
      inUse: keptUntilChanged([ACTIVE_INDEX_KEY], () => indexInUse(bundled)),
    };
    for (let i = 0; i < 3; i++) expect(await engineBootFor('news.example', kept)).toBeDefined();
    expect(readSettings).toHaveBeenCalledTimes(1);
    expect(bundled).toHaveBeenCalledTimes(1);
    await saveSettings({ pausedSites: ['news.example'] });
    expect(await engineBootFor('news.example', kept)).toBeUndefined();
    await activeIndexItem.setValue({ index: { ...index, version: 'imported-3' }, firstWords: '{}' });
    expect((await engineBootFor('elsewhere.example', kept))?.index.index.version).toBe('imported-3');
  });
});
