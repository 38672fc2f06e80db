// While the engine is not loaded: does a change to the page bring a strong name? Added and edited text is
// read natively after a pause, so a burst of changes is one read, and a busy page costs little.
import { countPage } from './count-page';
import { type NameTable, StrongCounter } from './strong-count';

export interface NameWatchOptions {
  signal: AbortSignal;
  /** Open shadow roots already on the page, watched too (the count that found no name found them). */
  shadowRoots?: Iterable<ShadowRoot>;
  /** Pause before changed nodes are read. */
  delayMs?: number;
  /** Above this many changed nodes, the whole page is read again instead. */
  bulkThreshold?: number;
}

/** Calls `onName` once, when a strong name arrives under `root`; stops with `signal`. */
export function watchForNames(root: Node, table: NameTable, onName: () => void, options: NameWatchOptions): void {
  const { signal, shadowRoots = [], delayMs = 150, bulkThreshold = 200 } = options;
  let changed = new Set<Node>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let reading = false;

  const read = async () => {
    timer = undefined;
    const nodes = changed;
    changed = new Set();
    reading = true;
    try {
      const counter = new StrongCounter(table, true);
      const targets = nodes.size > bulkThreshold ? [root] : [...nodes].filter((n) => n.isConnected);
      for (const node of targets) {
        // A changed text node's parent block is what may now hold a whole name.
        await countPage(node.nodeType === Node.TEXT_NODE ? (node.parentNode ?? node) : node, counter, { signal });
        if (counter.any) break;
      }
      if (counter.any) {
        observer.disconnect();
        onName();
      }
    } finally {
      reading = false;
      if (changed.size > 0 && !signal.aborted) schedule();
    }
  };

  // An abort while reading rejects with AbortError: nothing to do then.
  const schedule = () => {
    timer ??= setTimeout(() => void read().catch(() => {}), delayMs);
  };

  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'characterData') changed.add(record.target);
      else for (const node of record.addedNodes) changed.add(node);
    }
    if (!reading) schedule();
  });
  const watch = { childList: true, subtree: true, characterData: true };
  observer.observe(root, watch);
  // A story may also arrive in an open shadow root already on the page.
  for (const shadow of shadowRoots) observer.observe(shadow, watch);
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
  });
}
