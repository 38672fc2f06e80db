// What every repaired or imported malformed settings value must satisfy (tests/unit/settings and
// tests/unit/options use these): valid current settings, the usable fields kept, no prototype touched.
import { expect } from 'vitest';
import { DEFAULT_SETTINGS, parseSettings, type Settings, settingsSchema } from '@/src/settings/settings-schema';

export const SETTING_KEYS = Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[];
const PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype).sort();

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isSetting = (key: string): key is keyof Settings => Object.hasOwn(DEFAULT_SETTINGS, key);
const validField = (key: keyof Settings, value: unknown) => settingsSchema.shape[key].safeParse(value).success;

/** The keys of `raw` a reader must be told about: not settings, or settings whose value cannot be used. */
export const unusableKeys = (raw: unknown): string[] =>
  isRecord(raw) ? Object.keys(raw).filter((key) => !isSetting(key) || !validField(key, raw[key])) : [];

/** Whether the messages name `key` the way the store does: as is when a plain name, else quoted. */
export const plainName = (key: string) => /^[A-Za-z_$][\w$]{0,79}$/.test(key);

/** Valid current settings, exactly the setting keys, a plain object. */
export function expectCurrent(value: unknown): asserts value is Settings {
  expect(isRecord(value)).toBe(true);
  expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
  expect(Object.keys(value as object).sort()).toEqual([...SETTING_KEYS].sort());
  expect(settingsSchema.safeParse(value).success).toBe(true);
  expect(parseSettings(value).problems).toEqual([]);
}

/**
 * A field `raw` holds validly is kept; one it holds unusably is its default or, for a list, some of its items;
 * one it does not name is as in `unnamed` (the defaults for a repair, the earlier settings for an import).
 */
export function expectFieldsKept(raw: unknown, settings: Settings, unnamed: Settings): void {
  for (const key of SETTING_KEYS) {
    const named = isRecord(raw) && Object.hasOwn(raw, key);
    const value = named ? raw[key] : undefined;
    if (!named) expect(settings[key], key).toEqual(unnamed[key]);
    else if (validField(key, value)) expect(settings[key], key).toEqual(value);
    else if (Array.isArray(value) && Array.isArray(settings[key])) {
      const items = new Set(value);
      expect(
        (settings[key] as unknown[]).filter((item) => !items.has(item)),
        key,
      ).toEqual([]);
    } else expect(settings[key], key).toEqual(DEFAULT_SETTINGS[key]);
  }
}

/** One short line each, with nothing leaked from the code (`undefined`, `[object Object]`). */
export function expectPlainLines(lines: string[]): void {
  for (const line of lines) {
    expect(line.length, line.slice(0, 200)).toBeLessThanOrEqual(300);
    expect(line, line.slice(0, 200)).not.toMatch(/[\n\r]|undefined|\[object /);
  }
}

export function expectNoPollution(stored: unknown): void {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTOTYPE_KEYS);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.hasOwn(stored as object, '__proto__') || Object.hasOwn(stored as object, 'constructor')).toBe(false);
}
