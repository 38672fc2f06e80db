// Scans a root in slices that yield, so a huge page never blocks input for long.
import type { MatchSource } from '../matcher/lazy-page-matcher';
import type { BlockMatch, Reading } from '../matcher/page-matcher';
import { blockFindings } from './block-findings';
import type { Finding } from './finding';
import { REMOTE_MAX_CHARS, type RemoteMatch, stillReads } from './remote-scan';
import { type TextBlock, textBlocks } from './text-blocks';
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
  /**
   * Has the background match the blocks (remote-scan.ts): they are read first, sent once, and located when
   * the answer comes; the page matches them itself if it does not, or past REMOTE_MAX_CHARS.
   */
  remote?: RemoteMatch;
}

export interface ScanStats {
  /** Main-thread time spent scanning, slices added up. */
  busyMs: number;
  longestSliceMs: number;
  slices: number;
  /** The background's time matching for this pass, when it did (not the page's main thread). */
  remoteMs?: number;
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
export async function scanPage(roots: Node | readonly Node[], matcher: MatchSource, options: ScanOptions = {}): Promise<Finding[]> {
  const sliceMs = options.sliceMs ?? SLICE_MS;
  const stats = options.stats ?? newScanStats();
  const findings: Finding[] = [];
  const started = performance.now();
  let progressed = !options.onProgress;
  let sliceStart = started;
  const endSlice = () => countSlice(stats, sliceStart);
  // The clock is read every few blocks, not for each of the ~100,000 blocks of a long page.
  let sinceClock = 0;
  /** Whether the slice has run long, counting `chars` more of work (called for every block read, matched or located). */
  const due = (chars: number): boolean => {
    // Many tiny blocks (a storm of small mutations) are work too: count each as a few characters more.
    sinceClock += chars + BLOCK_WEIGHT_CHARS;
    if (sinceClock < CLOCK_EVERY_CHARS) return false;
    sinceClock = 0;
    return performance.now() - sliceStart > sliceMs;
  };
  /** Ends the slice and yields to the page (awaited only when due: a promise per block would be work too). */
  const breathe = async () => {
    if (!progressed && findings.length > 0 && performance.now() - started > (options.progressAfterMs ?? 50)) {
      progressed = true;
      options.onProgress?.(findings);
    }
    endSlice();
    await yieldToPage();
    options.signal?.throwIfAborted();
    sliceStart = performance.now();
  };
  const at: { perRoot: boolean; run?: number } = { perRoot: options.runPerRoot === true };
  // One reading for the pass: a bare name after a false friend in an earlier block names the other one. Made
  // at the first block the page matches itself (the matcher may be fetched and built only then).
  let reading: Reading | undefined;
  const readingHere = async (): Promise<Reading> => {
    reading ??= await matcher.reading();
    return reading;
  };
  const add = (block: TextBlock, matches: BlockMatch[], run: number | undefined) => {
    if (matches.length > 0) for (const finding of blockFindings(block, matches, matcher.index, run)) findings.push(finding);
  };
  // A block read in an earlier slice: the page may have changed it since, and a changed block waits for the
  // rescan its change queued.
  const addHeld = (block: TextBlock, matches: BlockMatch[], run: number | undefined) => {
    if (matches.length > 0 && stillReads(block)) add(block, matches, run);
  };
  // Blocks read for the background, with their run, until there is too much text to wait for.
  let sent: { block: TextBlock; run: number | undefined }[] | undefined = options.remote ? [] : undefined;
  let sentChars = 0;
  for (const block of blocksOf(roots, options.omit, at)) {
    if (sent) {
      sent.push({ block, run: at.run });
      sentChars += block.text.length;
      if (sentChars > REMOTE_MAX_CHARS) {
        const held = sent;
        sent = undefined;
        const here = await readingHere();
        for (const { block: heldBlock, run } of held) {
          addHeld(heldBlock, here.find(heldBlock.text), run);
          if (due(heldBlock.text.length)) await breathe();
        }
      }
    } else add(block, (reading ?? (await readingHere())).find(block.text), at.run);
    if (due(block.text.length)) await breathe();
  }
  endSlice();
  options.signal?.throwIfAborted();
  if (sent && sent.length > 0 && options.remote) {
    const answer = await options.remote(sent.map(({ block }) => block.text));
    options.signal?.throwIfAborted();
    if (answer) stats.remoteMs = answer.matchMs;
    const here = answer ? undefined : await readingHere();
    sliceStart = performance.now();
    for (const [i, { block, run }] of sent.entries()) {
      // The page may have changed while the background matched.
      addHeld(block, answer?.blocks[i] ?? here?.find(block.text) ?? [], run);
      if (due(block.text.length)) await breathe();
    }
    endSlice();
  }
  return findings;
}
