import { describe, expect, it, vi } from 'vitest';
import type { CardModule, Popover } from '@/src/card/card-module';
import { LazyPopover } from '@/src/card/lazy-popover';
import type { Finding } from '@/src/scan/finding';

const fakePopover = (): Popover & { shows: Finding[]; prepared: Finding[] } => {
  const shows: Finding[] = [];
  const prepared: Finding[] = [];
  return {
    shows,
    prepared,
    prepare: (f) => {
      prepared.push(f);
    },
    get shownFinding() {
      return shows.at(-1);
    },
    pinned: false,
    contains: () => true,
    hasFocus: () => false,
    show: async (f) => {
      shows.push(f);
    },
    hide: vi.fn(),
    announce: vi.fn(),
    applySettings: vi.fn(),
    destroy: vi.fn(),
  };
};

describe('lazy card popover', () => {
  it('loads the card module once, on prepare or first show, and hands over to it', async () => {
    const inner = fakePopover();
    const load = vi.fn(async (): Promise<CardModule> => ({ createPopover: () => inner }));
    const popover = new LazyPopover(document, async () => undefined, load);
    expect(popover.contains(null)).toBe(false);
    popover.hide();
    const f = { entry: { id: 'a' } } as unknown as Finding;
    popover.prepare(f);
    popover.prepare(f);
    await vi.waitFor(() => expect(inner.prepared).toEqual([f, f]));
    await popover.show(f);
    await popover.show(f);
    expect(load).toHaveBeenCalledTimes(1);
    expect(inner.shows).toEqual([f, f]);
    expect(popover.shownFinding).toBe(f);
    expect(popover.contains(null)).toBe(true);
  });

  it('does not show a card that was destroyed while its module loaded', async () => {
    const inner = fakePopover();
    let release: () => void = () => {};
    const load = () => new Promise<CardModule>((r) => (release = () => r({ createPopover: () => inner })));
    const popover = new LazyPopover(document, async () => undefined, load);
    const showing = popover.show({ entry: { id: 'a' } } as unknown as Finding);
    popover.destroy();
    release();
    await showing;
    expect(inner.shows).toEqual([]);
  });
});

describe('lazy card popover: entries', () => {
  it('hands the card the entry prefetched while the pointer rested, without asking again', async () => {
    let loadEntry: ((id: string) => Promise<unknown>) | undefined;
    const inner = fakePopover();
    const load = async (): Promise<CardModule> => ({
      createPopover: (_doc, entry) => {
        loadEntry = entry;
        return inner;
      },
    });
    const ask = vi.fn(async (id: string) => ({ id }) as never);
    const popover = new LazyPopover(document, ask, load);
    const f = { entry: { id: 'hamas' } } as unknown as Finding;
    popover.prepare(f);
    await popover.show(f);
    expect(await loadEntry?.('hamas')).toEqual({ id: 'hamas' });
    expect(ask).toHaveBeenCalledTimes(1);
    popover.forgetEntries();
    await loadEntry?.('hamas');
    expect(ask).toHaveBeenCalledTimes(2);
  });
});
