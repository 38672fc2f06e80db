// Every malformed settings value of the corpus (tests/support/malformed), stored as the settings and repaired
// as the background does at start-up: the result is valid current settings, every valid field kept, each
// problem one plain line, the old value kept in the repair record, and no prototype touched.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SETTINGS_VERSION } from '@/src/settings/migrations';
import { DEFAULT_SETTINGS } from '@/src/settings/settings-schema';
import { loadSettings, migrateSettings, repairItem, repairSettings } from '@/src/settings/settings-store';
import {
  expectCurrent,
  expectFieldsKept,
  expectNoPollution,
  expectPlainLines,
  plainName,
  unusableKeys,
} from '../../support/malformed/settings-checks';
import { malformedSettings, WRONG_VERSIONS } from '../../support/malformed/settings-corpus';

const corpus = malformedSettings();
const area = fakeBrowser.storage.local;

async function store(blob: unknown, version: unknown = SETTINGS_VERSION): Promise<unknown> {
  await area.set({ settings: blob, settings$: { v: version } });
  // What storage holds is the JSON of the blob (as in a browser): compare with that.
  return (await area.get('settings')).settings;
}

function expectPlainProblems(raw: unknown, problems: string[]): void {
  expect(problems.length).toBeGreaterThan(0);
  expectPlainLines(problems);
  for (const line of problems) expect(line, line.slice(0, 200)).toMatch(/^settings(?:[.[][^\n\r]*)?: \S/);
  // Every field that could not be used is named: `settings.density`, or `settings["odd\nkey"]`.
  for (const key of unusableKeys(raw)) {
    const prefix = plainName(key) ? `settings.${key}: ` : 'settings["';
    expect(
      problems.some((line) => line.startsWith(prefix)),
      `${key.slice(0, 40)}: ${problems.join(' | ')}`,
    ).toBe(true);
  }
}

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

describe('malformed stored settings, repaired', () => {
  it('the corpus has at least 50 distinct values', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(50);
    expect(new Set(corpus.map((c) => c.name)).size).toBe(corpus.length);
  });

  it.each(corpus.map((c) => [c.name, c.blob] as const))('%s', async (_name, blob) => {
    const raw = await store(blob);
    const repair = await repairSettings(new Date('2026-03-04T05:06:07Z'));
    const { settings: stored } = await area.get('settings');
    if (raw === undefined) {
      // Nothing stored reads as the defaults, with nothing to repair.
      expect(repair).toBeNull();
      expect((await loadSettings()).settings).toEqual(DEFAULT_SETTINGS);
      return;
    }
    expectCurrent(stored);
    expectFieldsKept(raw, stored, DEFAULT_SETTINGS);
    expect(repair).not.toBeNull();
    expectPlainProblems(raw, repair?.problems ?? []);
    expect(repair?.previous).toEqual(raw);
    expect(await repairItem.getValue()).toEqual(repair);
    expect((await area.get('settings$')).settings$).toEqual({ v: SETTINGS_VERSION });
    expectNoPollution(stored);
    // Repaired once: nothing is left to repair.
    expect(await repairSettings()).toBeNull();
  });

  it.each(corpus.map((c) => [c.name, c.blob] as const))('%s: a repair cut short keeps the old value', async (_name, blob) => {
    const raw = await store(blob);
    if (raw === undefined) return;
    const set = area.set.bind(area);
    vi.spyOn(area, 'set').mockImplementation(async (items: Record<string, unknown>) => {
      if ('settings' in items) throw new Error('quota exceeded');
      return set(items);
    });
    await expect(repairSettings()).rejects.toThrow('quota exceeded');
    expect((await area.get('settings')).settings).toEqual(raw);
    expect((await repairItem.getValue())?.previous).toEqual(raw);
  });
});

describe('settings stored with a wrong version stamp', () => {
  const blob = { ...DEFAULT_SETTINGS, density: 'sometimes', pausedSites: ['paused.example.org'], theme: 'dark' };

  it.each(WRONG_VERSIONS)('%s: migrated and repaired as at start-up, or refused and left as it was', async (_name, version) => {
    const raw = await store(blob, version);
    const refused = typeof version === 'number' && version > SETTINGS_VERSION;
    // The background's start-up: migrate, then repair (background-router.ts).
    const started = migrateSettings().then(() => repairSettings());
    if (refused) {
      // wxt refuses to migrate down; the value stays for the newer version, and reads field by field.
      await expect(started).rejects.toThrow(`v${version} -> v${SETTINGS_VERSION}`);
      expect(await area.get(['settings', 'settings$'])).toEqual({ settings: raw, settings$: { v: version } });
    } else {
      await started;
      expect((await area.get('settings$')).settings$).toEqual({ v: SETTINGS_VERSION });
      const { settings: stored } = await area.get('settings');
      expectCurrent(stored);
      expectFieldsKept(raw, stored, DEFAULT_SETTINGS);
    }
    const { settings } = await loadSettings();
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, pausedSites: ['paused.example.org'], theme: 'dark' });
  });
});
