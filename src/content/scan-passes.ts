// The engine's passes over a page: the full scan (a long page round the screen first), the regions of a
// long page set aside until the reader scrolls near them, and the blocks a mutation changed.
import type { StrongCount } from '../first-stage/strong-count';
import type { LazyPageMatcher } from '../matcher/lazy-page-matcher';
import type { FarRegions } from '../scan/far-regions';
import type { Finding } from '../scan/finding';
import type { MutationBatch } from '../scan/mutation-watcher';
import { tallyRegions } from '../scan/region-tally';
import type { RemoteMatch } from '../scan/remote-scan';
import { newScanStats, type ScanOptions, type ScanStats, scanPage } from '../scan/scan-page';
import type { RemoteRead } from '../scan/tally-batches';
import { afterNextFrame, yieldToPage } from '../scan/yield-to-page';
import { ChangeMatching } from './change-matching';
import type { PageFindings } from './page-findings';
import { markScan, type ScanReport } from './scan-report';

/** Below this many elements a page is scanned without counting its strong names first. */
const COUNT_FROM_ELEMENTS = 1_500;

export interface PassDeps {
  root: Element;
  /**
   * The index's entries, and the page's own reading when it matches itself (fetched and built at first use, or
   * ahead of need on a page that keeps changing: change-matching.ts).
   */
  matcher: LazyPageMatcher;
  far: FarRegions;
  findings: PageFindings;
  /** Counts the strong names under a node (see first-stage/count-page), into `stats`. */
  countStrong(under: Node, signal: AbortSignal, stats?: ScanStats, untilAny?: boolean): Promise<StrongCount>;
  /** Refreshes what is shown, paints it and reports the count. */
  show(): void;
  /** Has the underline rules inserted into this frame (asked on pages that are not long; see paint-style); Firefox only. */
  underline?(): Promise<void>;
  /** A whole read matched by the background (messaging/tally-service.ts); without it the page matches. */
  remote?(): RemoteRead;
  /** Blocks matched by the background (scan/remote-scan.ts); without it the page matches them. */
  remoteBlocks?: RemoteMatch;
}

export class ScanPasses {
  // True while the page has no strong name at all: mutations are then only counted, not scanned.
  private gatedOut = false;
  private long = false;
  private setupReported = false;
  /** The background's matching for a change (change-matching.ts), made once. */
  private readonly changeRemote: RemoteMatch | undefined;

  constructor(
    private readonly deps: PassDeps,
    /** What the first stage counted over the whole page, for the first pass only. */
    private firstCount: StrongCount | undefined,
    /** Building the matcher, once the page built it: reported once, with the pass that built it. */
    private readonly setupMs: () => number | undefined,
  ) {
    this.changeRemote = deps.remoteBlocks && new ChangeMatching(deps.matcher).remoteFor(deps.remoteBlocks);
  }

  /** Whether the last full pass found the page long (many screens tall: see far-regions). */
  get longPage(): boolean {
    return this.long;
  }

  async full(signal: AbortSignal): Promise<void> {
    const { root, far, findings } = this.deps;
    const startedAt = performance.now();
    const stats = newScanStats();
    // A huge page may still be laying out: reading its height now would do all that layout in our task.
    await afterNextFrame();
    signal.throwIfAborted();
    const long = far.isLong();
    this.long = long;
    // A small page costs less to scan than to count: the scan finds its strong names just as well.
    const small = !long && (root.ownerDocument ?? document).getElementsByTagName('*').length < COUNT_FROM_ELEMENTS;
    far.clear();
    findings.clearTallies();
    // The first stage's count serves the first pass; later full rescans (a new route) count again.
    const counted = small ? undefined : (this.firstCount ?? (await this.deps.countStrong(root, signal, stats)));
    this.firstCount = undefined;
    findings.setWholePage(long ? counted : undefined);
    this.gatedOut = counted !== undefined && counted.entries === 0;
    if (this.gatedOut) {
      findings.store.clear();
      this.finish('gated', stats, startedAt);
      return;
    }
    // Each phase ends its own slice, so none adds to the next one's task.
    if (stats.slices > 0) {
      await yieldToPage();
      signal.throwIfAborted();
    }
    const onProgress = (soFar: readonly Finding[]) => {
      // Page documents load scrolled to the top: what is found first is what the reader sees first.
      findings.store.replaceAll([...soFar]);
      this.deps.show();
    };
    // A long page is scanned round the screen first, and painted once.
    const omit = long ? await far.split(root, { signal, stats }) : undefined;
    if (omit) {
      await yieldToPage();
      signal.throwIfAborted();
    }
    // Asked before the first paint, so the mentions appear underlined (a round trip, not main-thread work).
    if (!long) await this.deps.underline?.();
    findings.store.replaceAll(await this.scan(root, { signal, stats, ...(omit ? { omit } : {}), ...(long ? {} : { onProgress }) }));
    // A long page's paint (its first mentions picked from thousands, its ranges registered) is a task of its
    // own, not the end of the scan's last slice (together they made tasks of 30–59 ms of ours on the 2 MB
    // page, under the profiler). An article is painted in the scan's task: one task fewer.
    if (long) {
      await yieldToPage();
      signal.throwIfAborted();
    }
    this.finish('full', stats, startedAt);
  }

  /** Scans regions of a long page that were set aside. */
  async regions(regions: Element[], signal: AbortSignal): Promise<void> {
    if (regions.length === 0) return;
    const startedAt = performance.now();
    const stats = newScanStats();
    const fresh = await this.scan(regions, { signal, stats });
    // A change inside a region may have been scanned already: its findings are replaced, not doubled.
    this.deps.findings.store.replaceUnder(regions, fresh);
    this.deps.findings.dropTallies(regions);
    this.finish('region', stats, startedAt);
  }

  /**
   * The popup's whole read of a long page: the regions still set aside are read and their mentions counted
   * (region-tally.ts); they stay set aside, to be scanned and painted when the reader scrolls near them.
   */
  async tally(regions: Element[], signal: AbortSignal): Promise<void> {
    const { findings, matcher, far } = this.deps;
    const todo = regions.filter((region) => !findings.hasTally(region));
    if (todo.length === 0) return;
    // innerText needs layout: after a drawn frame it is clean, and none is forced into our task.
    await afterNextFrame();
    signal.throwIfAborted();
    const startedAt = performance.now();
    const stats = newScanStats();
    const { tallies, counted, scan, remoteMs } = await tallyRegions(todo, matcher, {
      signal,
      stats,
      ...(this.deps.remote ? { remote: this.deps.remote } : {}),
    });
    // A change scanned inside a region before it was counted is in its count now.
    if (tallies.size > 0) findings.store.replaceUnder([...tallies.keys()], []);
    findings.addTallies(tallies, counted);
    if (scan.length > 0) {
      far.take(scan);
      findings.store.replaceUnder(scan, await this.scan(scan, { signal, stats }));
    }
    // Showing the result goes over every mention of the page (44,000 on the 10 MB page): a task of its own,
    // not the end of the reading's last slice.
    await yieldToPage();
    signal.throwIfAborted();
    this.finish('tally', stats, startedAt, remoteMs);
  }

  async partial(batch: MutationBatch, signal: AbortSignal): Promise<void> {
    if (batch.full) return this.full(signal);
    if (this.gatedOut) {
      // Nothing was scanned yet: the first strong name to arrive makes the whole page worth a scan.
      for (const block of batch.roots)
        if ((await this.deps.countStrong(block, signal, undefined, true)).entries > 0) return this.full(signal);
      return;
    }
    const startedAt = performance.now();
    const stats = newScanStats();
    const { store } = this.deps.findings;
    if (batch.removed) store.dropDetached();
    // A changed region far from the screen is counted again at the next whole read.
    this.deps.findings.dropTallies(batch.roots);
    // Rescanned blocks are numbered after everything else: a run each, so first mentions are still taken in page order.
    const fresh = await this.scan(batch.roots, { signal, stats, runPerRoot: true }, true);
    store.replaceUnder(batch.roots, fresh);
    this.finish('partial', stats, startedAt);
  }

  /** Scans `roots`, their blocks matched by the background when it can (scan/remote-scan.ts); `change`: see change-matching.ts. */
  private scan(roots: Node | readonly Node[], options: ScanOptions, change = false): Promise<Finding[]> {
    const remote = change ? this.changeRemote : this.deps.remoteBlocks;
    return scanPage(roots, this.deps.matcher, remote ? { ...options, remote } : options);
  }

  /** Paints and reports what one pass cost, painting included (it runs on the main thread too). */
  private finish(kind: ScanReport['kind'], stats: ScanStats, startedAt: number, remoteMs?: number): void {
    const paintStart = performance.now();
    this.deps.show();
    const paintMs = performance.now() - paintStart;
    const { findings } = this.deps;
    const setupMs = this.setupReported ? undefined : this.setupMs();
    if (setupMs !== undefined) this.setupReported = true;
    const remote = remoteMs ?? stats.remoteMs;
    markScan({
      kind,
      busyMs: stats.busyMs + paintMs,
      longestSliceMs: Math.max(stats.longestSliceMs, paintMs),
      slices: stats.slices + 1,
      totalMs: performance.now() - startedAt,
      paintMs,
      findings: findings.mentionCount(),
      shown: findings.shown.length,
      onTopic: findings.relevance.onTopic,
      ...(setupMs === undefined ? {} : { setupMs }),
      ...(remote === undefined ? {} : { remoteMs: remote }),
    });
  }
}
