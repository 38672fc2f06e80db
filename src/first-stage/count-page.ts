// Reads a page's text natively (textContent pieces, inline scripts and styles passed over) and counts its
// strong names, in slices that yield: a 10 MB body read in one go is a ~50 ms task.

import { possibleHosts } from '../scan/shadow-hosts';
import { textPieces } from '../scan/text-pieces';
import { SLICE_MS, yieldToPage } from '../scan/yield-to-page';
import { foldForCount } from './fold-text';
import type { StrongCounter } from './strong-count';

export interface CountOptions {
  signal?: AbortSignal;
  /** Called with the main-thread time of each slice. */
  onSlice?: (ms: number) => void;
  /** Called with each open shadow root read (looked for only while the light tree's count is not enough). */
  onShadowRoot?: (root: ShadowRoot) => void;
  /**
   * Called for a custom element with no open shadow root: it may hold a closed one, which only the engine
   * reads (scan/closed-shadow-root.ts), so this count may be short of what the engine finds.
   */
  onClosedRootCandidate?: () => void;
}

/**
 * Text counted per step, doubling from the first size to the last: most pages are read in one step, and
 * a page about the talks usually names them early. Steps overlap so a name across a cut is seen whole.
 */
const FIRST_CHUNK = 16 * 1024;
const CHUNK = 256 * 1024;
const OVERLAP = 512;

/**
 * Counts strong names under `root` into `counter`, and in open shadow roots too while that is not enough
 * (a yes, or the page on topic): a page naming the talks once in its light tree may name them again in a
 * web component's shadow root, and the engine loads only where the count reaches on topic.
 */
export async function countPage(root: Node, counter: StrongCounter, options: CountOptions = {}): Promise<void> {
  await countText(root, counter, options);
  if (counter.finished) return;
  let sliceStart = performance.now();
  let hosts = 0;
  for (const el of possibleHosts(root)) {
    if (el.shadowRoot) {
      options.onShadowRoot?.(el.shadowRoot);
      options.onSlice?.(performance.now() - sliceStart);
      await countPage(el.shadowRoot, counter, options);
      sliceStart = performance.now();
      if (counter.finished) return;
    } else if (el.localName.includes('-')) options.onClosedRootCandidate?.();
    // The clock is read every few dozen hosts: a page may have thousands of <div>s.
    if ((++hosts & 31) === 0 && performance.now() - sliceStart > SLICE_MS) {
      options.onSlice?.(performance.now() - sliceStart);
      await yieldToPage();
      options.signal?.throwIfAborted();
      sliceStart = performance.now();
    }
  }
  options.onSlice?.(performance.now() - sliceStart);
}

async function countText(root: Node, counter: StrongCounter, options: CountOptions): Promise<void> {
  let sliceStart = performance.now();
  // Folded text not yet counted, with the tail of what was.
  let buffer = '';
  // Where counting resumes in `buffer`: past the tail already counted.
  let from = 0;
  let chunk = FIRST_CHUNK;
  for (const piece of textPieces(root, undefined, 'skip')) {
    // Folded piece by piece, so the buffer's offsets are the folded text's own.
    buffer += foldForCount(piece);
    if (buffer.length >= chunk) {
      chunk = Math.min(chunk * 2, CHUNK);
      // Names starting in the tail are left to the next step, which sees them whole.
      const cut = buffer.length - OVERLAP;
      const end = counter.add(buffer, from, cut);
      if (counter.finished) break;
      from = Math.max(0, end - cut);
      buffer = buffer.slice(-OVERLAP);
    }
    if (performance.now() - sliceStart > SLICE_MS) {
      options.onSlice?.(performance.now() - sliceStart);
      await yieldToPage();
      options.signal?.throwIfAborted();
      sliceStart = performance.now();
    }
  }
  if (!counter.finished) counter.add(buffer, from);
  options.onSlice?.(performance.now() - sliceStart);
}
