// Dynamic pages: queue what changed, and after a short pause hand back the blocks to rescan, or ask for
// one full rescan when a batch is too big to be worth doing piece by piece (Dark Reader's approach), or
// when the page's address changed since the last batch: a single-page app's new route is a new page.
import { blockOwner, insideSkipped } from './skip-rules';

export interface MutationBatch {
  /** Blocks whose text changed or arrived, none inside another. */
  roots: Element[];
  /** Too much changed, or the address changed (a new route): rescan the whole page instead. */
  full: boolean;
  /** Something was removed: findings in detached nodes must go. */
  removed: boolean;
}

export interface WatchOptions {
  signal: AbortSignal;
  /** Pause before a batch is handed over, so a burst of mutations becomes one scan. */
  delayMs?: number;
  /** Above this many changed nodes in a batch, one full rescan is cheaper. */
  bulkThreshold?: number;
}

export function watchMutations(root: Element, onBatch: (batch: MutationBatch) => void, options: WatchOptions): void {
  const { signal, delayMs = 40, bulkThreshold = 400 } = options;
  let changed = new Set<Node>();
  let removed = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // A route is read from the batch its new content brings, not from a navigation listener: WXT's (the
  // Navigation API's first use in our isolated world) cost every page about the talks ~0.5–0.9 ms, sampled.
  let address = location.href;

  const drain = () => {
    timer = undefined;
    const nodes = changed;
    const wasRemoved = removed;
    changed = new Set();
    removed = false;
    const newRoute = location.href !== address;
    address = location.href;
    if (newRoute || nodes.size > bulkThreshold) {
      onBatch({ roots: [], full: true, removed: wasRemoved });
      return;
    }
    const owners = new Set<Element>();
    for (const node of nodes) {
      if (!node.isConnected || insideSkipped(node)) continue;
      const owner = blockOwner(node, root) ?? root;
      owners.add(owner);
    }
    // Keep only the outermost blocks: scanning a block scans what it contains.
    const roots = [...owners].filter((o) => ![...owners].some((other) => other !== o && other.contains(o)));
    if (roots.length > 0 || wasRemoved) onBatch({ roots, full: false, removed: wasRemoved });
  };

  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'characterData') changed.add(record.target);
      else {
        for (const node of record.addedNodes) changed.add(node);
        if (record.removedNodes.length > 0) removed = true;
      }
    }
    timer ??= setTimeout(drain, delayMs);
  });
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
  });
}
