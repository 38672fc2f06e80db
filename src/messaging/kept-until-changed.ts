// What the background reads from storage for every page about the talks (the settings, the index in use),
// kept between requests and dropped when one of its stored keys changes: each first stage's "load-script" read
// both, and an imported index (~200 KB) was copied out of storage for every article opened.
import { browser } from 'wxt/browser';

/** storage.onChanged, as far as this reads it. */
export interface ChangeEvents {
  addListener(listener: (changes: Record<string, unknown>, area: string) => void): void;
}

/**
 * `read`, called once and its answer kept until `keys` change in local storage. A read in flight when they
 * change answers its own callers only; a failed read is not kept. Listens from the call on, so it is made
 * when the background starts.
 */
export function keptUntilChanged<T>(
  keys: readonly string[],
  read: () => Promise<T>,
  changes: ChangeEvents = browser.storage.onChanged,
): () => Promise<T> {
  let kept: Promise<T> | undefined;
  changes.addListener((changed, area) => {
    if (area === 'local' && keys.some((key) => key in changed)) kept = undefined;
  });
  return () => {
    if (kept) return kept;
    const reading = read();
    kept = reading;
    reading.catch(() => {
      if (kept === reading) kept = undefined;
    });
    return reading;
  };
}
