import { describe, expect, it } from 'vitest';
import { daysSince, isStale } from '@/src/card/staleness';

describe('staleness', () => {
  it('counts calendar days, whatever the hour', () => {
    expect(daysSince('2025-10-08', new Date(2025, 10, 7, 0, 1))).toBe(30);
    expect(daysSince('2025-10-08', new Date(2025, 10, 7, 23, 59))).toBe(30);
  });

  it('is fresh at exactly the threshold and stale one day past it', () => {
    expect(isStale('2025-10-08', new Date(2025, 10, 7), 30)).toBe(false);
    expect(isStale('2025-10-08', new Date(2025, 10, 8), 30)).toBe(true);
  });

  it('counts a month alone from its last day', () => {
    expect(daysSince('2025-10', new Date(2025, 10, 30))).toBe(30);
    expect(isStale('2025-10', new Date(2025, 10, 30), 30)).toBe(false);
    expect(isStale('2025-10', new Date(2025, 11, 1), 30)).toBe(true);
  });

  it('never flags a malformed date', () => {
    expect(isStale('October 2025', new Date(2030, 0, 1), 30)).toBe(false);
  });
});
