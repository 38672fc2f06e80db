import { afterEach, describe, expect, it, vi } from 'vitest';
import { SMALL_PAGE_BYTES, smallPage } from '@/src/first-stage/small-page';

const navigation = (decodedBodySize: number) =>
  vi.spyOn(performance, 'getEntriesByType').mockReturnValue([{ decodedBodySize } as unknown as PerformanceEntry]);

describe('a small page', () => {
  afterEach(() => vi.restoreAllMocks());

  it('is one whose decoded HTML is known and at most 512 KB', () => {
    navigation(48_000);
    expect(smallPage()).toBe(true);
    navigation(SMALL_PAGE_BYTES);
    expect(smallPage()).toBe(true);
    navigation(SMALL_PAGE_BYTES + 1);
    expect(smallPage()).toBe(false);
  });

  it('is not assumed where the size is unknown (no navigation entry, or zero bytes) or the API throws', () => {
    vi.spyOn(performance, 'getEntriesByType').mockReturnValue([]);
    expect(smallPage()).toBe(false);
    navigation(0);
    expect(smallPage()).toBe(false);
    vi.spyOn(performance, 'getEntriesByType').mockImplementation(() => {
      throw new Error('no timeline');
    });
    expect(smallPage()).toBe(false);
  });
});
