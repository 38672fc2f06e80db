// The badge's count: at once on an article, in a task of its own after a long page's whole read.
import { describe, expect, it, vi } from 'vitest';
import { COUNT_APART_FROM, countApart } from '@/src/content/count-apart';

describe('countApart', () => {
  it('counts at once while there are few mentions', () => {
    const count = vi.fn();
    const later = vi.fn();
    const ask = countApart(count, () => 40, later);
    ask();
    ask();
    expect(count).toHaveBeenCalledTimes(2);
    expect(later).not.toHaveBeenCalled();
  });

  it('counts many mentions once, in a task of its own, however often it is asked before that task runs', () => {
    const count = vi.fn();
    const queued: (() => void)[] = [];
    let size = COUNT_APART_FROM;
    const ask = countApart(
      count,
      () => size,
      (run) => queued.push(run),
    );
    ask();
    ask();
    expect(count).not.toHaveBeenCalled();
    expect(queued).toHaveLength(1);
    queued[0]?.();
    expect(count).toHaveBeenCalledTimes(1);
    // Asked again after it ran: a new task.
    ask();
    expect(queued).toHaveLength(2);
    // The page emptied meanwhile (turned off here): counted at once.
    size = 0;
    ask();
    expect(count).toHaveBeenCalledTimes(2);
  });

  it('waits for a real task by default', async () => {
    const count = vi.fn();
    countApart(count, () => COUNT_APART_FROM + 1)();
    expect(count).not.toHaveBeenCalled();
    await new Promise((r) => setTimeout(r, 0));
    expect(count).toHaveBeenCalledTimes(1);
  });
});
