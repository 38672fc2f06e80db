import { describe, expect, it, vi } from 'vitest';
import { EntryPrefetch } from '@/src/card/entry-prefetch';
import type { EntryView } from '@/src/dataset/entry-view';

const view = (id: string) => ({ id }) as unknown as EntryView;

describe('entry prefetch', () => {
  it('asks once for an entry prefetched and then shown', async () => {
    const ask = vi.fn(async (id: string) => view(id));
    const entries = new EntryPrefetch(ask);
    entries.prefetch('hamas');
    entries.prefetch('hamas');
    expect(await entries.load('hamas')).toEqual(view('hamas'));
    expect(ask).toHaveBeenCalledTimes(1);
  });

  it('asks again after a failure or a missing entry', async () => {
    let fail = true;
    const ask = vi.fn(async (id: string) => {
      if (fail) throw new Error('no background');
      return id === 'gone' ? undefined : view(id);
    });
    const entries = new EntryPrefetch(ask);
    entries.prefetch('hamas');
    await expect(entries.load('hamas')).rejects.toThrow('no background');
    fail = false;
    expect(await entries.load('hamas')).toEqual(view('hamas'));
    expect(await entries.load('gone')).toBeUndefined();
    await entries.load('gone');
    expect(ask.mock.calls.map(([id]) => id)).toEqual(['hamas', 'hamas', 'gone', 'gone']);
  });

  it('keeps the eight most recently used and forgets all on a new dataset', async () => {
    const ask = vi.fn(async (id: string) => view(id));
    const entries = new EntryPrefetch(ask);
    for (let i = 0; i < 9; i++) entries.prefetch(`e${i}`);
    await entries.load('e8');
    expect(ask).toHaveBeenCalledTimes(9);
    await entries.load('e0');
    expect(ask).toHaveBeenCalledTimes(10);
    await entries.load('e8');
    expect(ask).toHaveBeenCalledTimes(10);
    entries.forget();
    await entries.load('e8');
    expect(ask).toHaveBeenCalledTimes(11);
  });
});
