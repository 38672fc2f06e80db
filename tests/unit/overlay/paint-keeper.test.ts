import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { KEEP_BASE_MS, KEEP_MAX_MS, keepPaint } from '../../../src/overlay/paint-keeper';

describe('keepPaint', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  test('puts the paint back after the page cleared it, at the next slow tick', () => {
    let painted = true;
    const restore = vi.fn(() => {
      const missing = !painted;
      painted = true;
      return missing;
    });
    keepPaint({ isValid: () => true, restore, signal: new AbortController().signal });
    painted = false;
    vi.advanceTimersByTime(KEEP_BASE_MS - 1);
    expect(painted).toBe(false);
    vi.advanceTimersByTime(1);
    expect(painted).toBe(true);
  });

  test('backs off while the page keeps clearing (no loop), and is back to the base delay once it stops', () => {
    let clearing = true;
    const restore = vi.fn(() => clearing);
    keepPaint({ isValid: () => true, restore, signal: new AbortController().signal });
    // 1 s, then 2 s, then 4 s, then 4 s: four looks in 11 s, however often the page clears.
    vi.advanceTimersByTime(KEEP_BASE_MS + 2000 + KEEP_MAX_MS + KEEP_MAX_MS);
    expect(restore).toHaveBeenCalledTimes(4);
    clearing = false;
    vi.advanceTimersByTime(KEEP_MAX_MS);
    expect(restore).toHaveBeenCalledTimes(5);
    vi.advanceTimersByTime(KEEP_BASE_MS);
    expect(restore).toHaveBeenCalledTimes(6);
  });

  test('stops when its context ends, and when the extension is gone', () => {
    const controller = new AbortController();
    const restore = vi.fn(() => false);
    keepPaint({ isValid: () => true, restore, signal: controller.signal });
    controller.abort();
    vi.advanceTimersByTime(10 * KEEP_MAX_MS);
    expect(restore).not.toHaveBeenCalled();

    let valid = true;
    const restoreAfterReload = vi.fn(() => false);
    keepPaint({ isValid: () => valid, restore: restoreAfterReload, signal: new AbortController().signal });
    vi.advanceTimersByTime(KEEP_BASE_MS);
    valid = false;
    vi.advanceTimersByTime(10 * KEEP_MAX_MS);
    expect(restoreAfterReload).toHaveBeenCalledTimes(1);
    expect(vi.getTimerCount()).toBe(0);
  });
});
