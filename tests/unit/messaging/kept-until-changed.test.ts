import { describe, expect, it, vi } from 'vitest';
import { type ChangeEvents, keptUntilChanged } from '@/src/messaging/kept-until-changed';

/** Storage change events the test fires by hand. */
function changeEvents() {
  const listeners: ((changes: Record<string, unknown>, area: string) => void)[] = [];
  const events: ChangeEvents = { addListener: (listener) => listeners.push(listener) };
  const fire = (keys: string[], area = 'local') => {
    for (const listener of listeners) listener(Object.fromEntries(keys.map((key) => [key, { newValue: 1 }])), area);
  };
  return { events, fire };
}

describe('keptUntilChanged', () => {
  it('reads once, and again only after one of its keys changed in local storage', async () => {
    const { events, fire } = changeEvents();
    let value = 0;
    const read = vi.fn(async () => ++value);
    const get = keptUntilChanged(['settings'], read, events);
    expect([await get(), await get(), await get()]).toEqual([1, 1, 1]);
    fire(['other']);
    fire(['settings'], 'session');
    expect(await get()).toBe(1);
    fire(['other', 'settings']);
    expect([await get(), await get()]).toEqual([2, 2]);
    expect(read).toHaveBeenCalledTimes(2);
  });

  it('gives callers during a read the same answer, and a read in flight at a change does not outlive it', async () => {
    const { events, fire } = changeEvents();
    const pending: ((value: string) => void)[] = [];
    const read = vi.fn(() => new Promise<string>((resolve) => pending.push(resolve)));
    const get = keptUntilChanged(['index'], read, events);
    const first = get();
    expect(get()).toBe(first);
    fire(['index']);
    const second = get();
    pending[0]?.('old');
    pending[1]?.('new');
    expect([await first, await second, await get()]).toEqual(['old', 'new', 'new']);
    expect(read).toHaveBeenCalledTimes(2);
  });

  it('does not keep a failed read', async () => {
    const { events } = changeEvents();
    const read = vi.fn().mockRejectedValueOnce(new Error('storage unavailable')).mockResolvedValue('ok');
    const get = keptUntilChanged(['settings'], read, events);
    await expect(get()).rejects.toThrow('storage unavailable');
    await expect(get()).resolves.toBe('ok');
    expect(read).toHaveBeenCalledTimes(2);
  });
});
