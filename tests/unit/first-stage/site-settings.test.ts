import { describe, expect, it } from 'vitest';
import { activeOn, siteSettingsOf } from '@/src/first-stage/site-settings';
import { parseSettings } from '@/src/settings/settings-schema';

describe('site settings in the first stage', () => {
  it('is on by default, and off when turned off or the site is paused', () => {
    expect(activeOn(undefined, 'example.org')).toBe(true);
    expect(activeOn({ enabled: false }, 'example.org')).toBe(false);
    expect(activeOn({ enabled: true, disabledSites: ['example.org'] }, 'example.org')).toBe(false);
    expect(activeOn({ enabled: true, disabledSites: ['example.org'] }, 'other.org')).toBe(true);
  });

  it('reads corrupted values as parseSettings does', () => {
    for (const raw of [
      null,
      'x',
      [],
      { enabled: 'yes' },
      { disabledSites: 'a' },
      { disabledSites: ['ok', ''] },
      { enabled: false, disabledSites: [1] },
    ]) {
      const full = parseSettings(raw).settings;
      expect(siteSettingsOf(raw), JSON.stringify(raw)).toEqual({ enabled: full.enabled, disabledSites: full.disabledSites });
    }
  });
});
