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

/**
 * Resolves once the browser has drawn its next frame, so layout is clean and reading the page's height
 * costs nothing; after `timeoutMs` in a hidden tab, where frames are not drawn.
 */
export function afterNextFrame(timeoutMs = 100): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, timeoutMs);
    requestAnimationFrame(() => {
      clearTimeout(timer);
      setTimeout(resolve, 0);
    });
  });
}

/** How long one slice of scanning may hold the main thread. */
export const SLICE_MS = 8;
