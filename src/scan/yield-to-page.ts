// Gives the main thread back between slices. scheduler.yield keeps our place in the queue;
// setTimeout is the fallback (requestIdleCallback was 6x slower on busy pages).
interface Scheduler {
  yield(): Promise<void>;
}

export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<Scheduler> }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** How long one slice of scanning may hold the main thread. */
export const SLICE_MS = 8;
