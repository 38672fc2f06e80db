// Scans a root in slices that yield, so a huge page never blocks input for long.
import type { PageMatcher } from '../matcher/page-matcher';
import { blockFindings } from './block-findings';
import type { Finding } from './finding';
import { textBlocks } from './text-blocks';
import type { LeftOut } from './text-pieces';
import { SLICE_MS, yieldToPage } from './yield-to-page';

export interface ScanOptions {
  signal?: AbortSignal;
  sliceMs?: number;
  /** Filled in as the scan runs: what it cost the main thread. */
  stats?: ScanStats;
  /** Called once with the findings so far when a scan runs long, so the top of a big page is painted early. */
  onProgress?: (findingsSoFar: readonly Finding[]) => void;
  /** How long a scan runs before `onProgress` is called. */
  progressAfterMs?: number;
  /** Elements not scanned this time (far from the screen on a long page). */
  omit?: LeftOut;
  /**
   * Each root's findings are a run of their own (Finding.run): a pass over parts of the page that changed,
   * whose roots come in the order they changed, not in page order.
   */
  runPerRoot?: boolean;
}

export interface ScanStats {
  /** Main-thread time spent scanning, slices added up. */
  busyMs: number;
  longestSliceMs: number;
  slices: number;
}

/** Text scanned between two looks at the clock (well under a millisecond's work). */
const CLOCK_EVERY_CHARS = 2_000;
/** What walking to a block costs, in characters of matching. */
const BLOCK_WEIGHT_CHARS = 100;

export const newScanStats = (): ScanStats => ({ busyMs: 0, longestSliceMs: 0, slices: 0 });

/** Counts one stretch of main-thread work, begun at `since`, into `stats`. */
export function countSlice(stats: ScanStats | undefined, since: number): void {
  addSlice(stats, performance.now() - since);
}

/** Counts one stretch of main-thread work of `spent` ms into `stats`. */
export function addSlice(stats: ScanStats | undefined, spent: number): void {
  if (!stats) return;
  stats.busyMs += spent;
  stats.slices += 1;
  stats.longestSliceMs = Math.max(stats.longestSliceMs, spent);
}

let nextRun = 0;

/**
 * Every block under each of `roots` in turn: many small roots share the slices of one scan. With
 * `at.perRoot`, each root's findings are a run of their own (`at.run`; see Finding.run).
 */
function* blocksOf(roots: Node | readonly Node[], omit: ScanOptions['omit'], at: { perRoot: boolean; run?: number }) {
  for (const root of Array.isArray(roots) ? roots : [roots]) {
    if (at.perRoot) at.run = nextRun++;
    yield* textBlocks(root, { omit });
  }
}

/**
 * Resolves with every finding under `roots` (one node or several, scanned in turn), in document order;
 * rejects with AbortError when aborted.
 */
export async function scanPage(roots: Node | readonly Node[], matcher: PageMatcher, options: ScanOptions = {}): Promise<Finding[]> {
  const sliceMs = options.sliceMs ?? SLICE_MS;
  const stats = options.stats ?? newScanStats();
  const findings: Finding[] = [];
  const started = performance.now();
  let progressed = !options.onProgress;
  let sliceStart = started;
  const endSlice = () => countSlice(stats, sliceStart);
  // The clock is read every few blocks, not for each of the ~100,000 blocks of a long page.
  let sinceClock = 0;
  const at: { perRoot: boolean; run?: number } = { perRoot: options.runPerRoot === true };
  // One reading for the pass: a bare name after a false friend in an earlier block names the other one.
  const reading = matcher.reading();
  for (const block of blocksOf(roots, options.omit, at)) {
    const matches = reading.find(block.text);
    if (matches.length > 0) for (const finding of blockFindings(block, matches, matcher.index, at.run)) findings.push(finding);
    // Many tiny blocks (a storm of small mutations) are work too: count each as a few characters more.
    sinceClock += block.text.length + BLOCK_WEIGHT_CHARS;
    if (sinceClock < CLOCK_EVERY_CHARS) continue;
    sinceClock = 0;
    if (performance.now() - sliceStart > sliceMs) {
      if (!progressed && findings.length > 0 && performance.now() - started > (options.progressAfterMs ?? 50)) {
        progressed = true;
        options.onProgress?.(findings);
      }
      endSlice();
      await yieldToPage();
      options.signal?.throwIfAborted();
      sliceStart = performance.now();
    }
  }
  endSlice();
  options.signal?.throwIfAborted();
  return findings;
}
