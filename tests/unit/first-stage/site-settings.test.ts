import { describe, expect, it } from 'vitest';
import { activeOn, siteSettingsOf } from '@/src/first-stage/site-settings';
import { parseSettings } from '@/src/settings/settings-schema';

describe('site settings in the first stage', () => {
  it('is on by default, and off when turned off or the site is paused', () => {
    expect(activeOn(undefined, 'example.org')).toBe(true);
    expect(activeOn({ enabled: false }, 'example.org')).toBe(false);
    expect(activeOn({ enabled: true, pausedSites: ['example.org'] }, 'example.org')).toBe(false);
    expect(activeOn({ enabled: true, pausedSites: ['example.org'] }, 'other.org')).toBe(true);
    expect(activeOn({ enabled: true, pausedSites: ['*.example.org'] }, 'news.example.org')).toBe(false);
  });

  it('obeys "only on these sites"', () => {
    const only = { enabled: true, siteMode: 'only', onlySites: ['*.example.org'], pausedSites: ['live.example.org'] };
    expect(activeOn(only, 'example.org')).toBe(true);
    expect(activeOn(only, 'news.example.org')).toBe(true);
    expect(activeOn(only, 'live.example.org')).toBe(false);
    expect(activeOn(only, 'example.com')).toBe(false);
  });

  it('decides on corrupted values as parseSettings does', () => {
    const hosts = ['a.org', 'ok.org', 'news.a.org', 'example.org', '127.0.0.1', 'localhost'];
    for (const raw of [
      null,
      'x',
      [],
      { enabled: 'yes' },
      { pausedSites: 'a' },
      { pausedSites: ['ok.org', ''] },
      { enabled: false, pausedSites: [1] },
      { siteMode: 'sometimes', onlySites: ['a.org'] },
      { siteMode: 'only', onlySites: ['a.org', 'not a site'] },
      { pausedSites: ['*', '*.', 'a.org/world', 'https://ok.org', '*.*.org', 'OK.org ', 'A.org'] },
      // Stored before v4: the background migrates it before any frame hears of it.
      { enabled: true, disabledSites: ['example.org'] },
      { siteMode: 'only', onlySites: ['*', 'ok.org:443', ' a.org'] },
    ]) {
      const { enabled, siteMode } = parseSettings(raw).settings;
      expect(siteSettingsOf(raw), JSON.stringify(raw)).toMatchObject({ enabled, siteMode });
      for (const host of hosts)
        expect(activeOn(raw, host), `${JSON.stringify(raw)} on ${host}`).toBe(activeOn(parseSettings(raw).settings, host));
    }
  });
});
