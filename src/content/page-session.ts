// Everything the content script does on one page, tied to WXT's context so it all ends together.
import strong from 'virtual:gtc/strong-names';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { CardPopover } from '../card/card-popover';
import type { EntryView } from '../dataset/entry-view';
import type { MatcherIndex } from '../dataset/matcher-index';
import { countPage } from '../first-stage/count-page';
import type { Handoff } from '../first-stage/handoff';
import { ENGINE_MARK, markStage } from '../first-stage/stage-marks';
import { type NameTable, nameTable, type StrongCount, StrongCounter } from '../first-stage/strong-count';
import { createPageMatcher } from '../matcher/page-matcher';
import { type FindingsResponse, parseRequest } from '../messaging/messages';
import { findingAtPoint } from '../overlay/hit-test';
import { trackHover } from '../overlay/hover-tracker';
import { Painter } from '../overlay/painter';
import { FarRegions } from '../scan/far-regions';
import type { Finding } from '../scan/finding';
import { FindingsByNode } from '../scan/findings-by-node';
import { FindingsStore } from '../scan/findings-store';
import { type MutationBatch, watchMutations } from '../scan/mutation-watcher';
import { relevanceOf, shownFindings } from '../scan/relevance';
import { addSlice, newScanStats, type ScanStats, scanPage } from '../scan/scan-page';
import { afterNextFrame, yieldToPage } from '../scan/yield-to-page';
import { DEFAULT_SETTINGS, type Settings, siteOf } from '../settings/settings-schema';
import { loadSettings, watchSettings } from '../settings/settings-store';
import { markScan } from './scan-report';
import { summariseFindings } from './summarise-findings';

const HIDE_DELAY_MS = 300;
/** Below this many elements the topic gate is not run (see fullScan). */
const GATE_FROM_ELEMENTS = 1_500;

export async function startPageSession(ctx: ContentScriptContext, index: MatcherIndex, handoff?: Handoff): Promise<void> {
  const doc = document;
  const root = doc.body ?? doc.documentElement;
  markStage(ENGINE_MARK, { reason: handoff?.reason ?? 'direct' });
  const setupStart = performance.now();
  const matcher = createPageMatcher(index);
  // What the first stage counted over the whole page; a later full rescan counts again.
  let firstCount: StrongCount | undefined = handoff?.count;
  // Long pages: the strong names of the whole page (the scan reads only the screens round the view).
  let pageCount: StrongCount | undefined;
  let strongTable: NameTable | undefined;
  const countStrong = async (under: Node, signal: AbortSignal, stats?: ScanStats, untilAny = false) => {
    strongTable ??= nameTable(strong.names);
    const counter = new StrongCounter(strongTable, untilAny);
    await countPage(under, counter, { signal, onSlice: (ms) => addSlice(stats, ms) });
    return counter.result;
  };
  // Reported once, with the first pass: what building the matcher costs each page, apart from scanning.
  let setupMs: number | undefined = performance.now() - setupStart;
  // True while the page has no strong name at all: mutations are then only checked against the gate.
  let gatedOut = false;
  const store = new FindingsStore();
  // Long pages: regions far from the screen wait until the reader scrolls near them or the popup asks.
  const far = new FarRegions(window);
  const popover = new CardPopover(doc, (id) => browser.runtime.sendMessage({ type: 'get-entry', id }) as Promise<EntryView | undefined>);
  let settings: Settings = DEFAULT_SETTINGS;
  let run: AbortController | undefined;
  let painter: Painter | undefined;
  let shown: readonly Finding[] = [];
  // Built on the first hover after a pass, not at every pass: on a 10 MB page it is 43,000 map entries.
  let byNode: FindingsByNode | undefined;
  const hoverIndex = () => {
    byNode ??= new FindingsByNode(shown);
    return byNode;
  };
  let relevance = relevanceOf([]);
  // Scans run one after another: a mutation batch never races a full rescan.
  let queue: Promise<void> = Promise.resolve();

  const report = () => {
    const count = summariseFindings(shown).length;
    void browser.runtime.sendMessage({ type: 'findings-changed', count }).catch(() => {});
  };

  const refresh = () => {
    relevance = relevanceOf(store.all);
    // A long page is judged on the whole page, as the first stage counted it, not on the screens read so far.
    if (pageCount?.onTopic && !relevance.onTopic)
      relevance = { ...relevance, score: Math.max(relevance.score, pageCount.score), onTopic: true };
    shown = shownFindings(store.all, relevance);
    byNode = undefined;
    painter?.paint(shown, settings.density);
    report();
  };

  const enqueue = (task: () => Promise<void>, signal: AbortSignal) => {
    queue = queue
      .then(() => (signal.aborted ? undefined : task()))
      .catch((error: unknown) => {
        if ((error as Error).name !== 'AbortError') console.error('[Gaza Talks Context]', error);
      });
  };

  /** Paints and reports what one pass cost, painting included (it runs on the main thread too). */
  const finishPass = (kind: 'full' | 'partial' | 'gated' | 'region', stats: ScanStats, startedAt: number) => {
    const paintStart = performance.now();
    refresh();
    const paintMs = performance.now() - paintStart;
    markScan({
      kind,
      busyMs: stats.busyMs + paintMs,
      longestSliceMs: Math.max(stats.longestSliceMs, paintMs),
      slices: stats.slices + 1,
      totalMs: performance.now() - startedAt,
      paintMs,
      findings: store.all.length,
      shown: shown.length,
      onTopic: relevance.onTopic,
      ...(setupMs === undefined ? {} : { setupMs }),
    });
    setupMs = undefined;
  };

  const fullScan = async (signal: AbortSignal) => {
    const startedAt = performance.now();
    const stats = newScanStats();
    // A huge page may still be laying out: reading its height now would do all that layout in our task.
    await afterNextFrame();
    signal.throwIfAborted();
    const long = far.isLong();
    // A small page costs less to scan than to gate: the scan finds its strong names just as well.
    const small = !long && doc.getElementsByTagName('*').length < GATE_FROM_ELEMENTS;
    far.clear();
    // The first stage's count serves the first pass; later full rescans (a new route) count again.
    const counted = small ? undefined : (firstCount ?? (await countStrong(root, signal, stats)));
    firstCount = undefined;
    pageCount = long ? counted : undefined;
    gatedOut = counted !== undefined && counted.entries === 0;
    if (gatedOut) {
      store.clear();
      finishPass('gated', stats, startedAt);
      return;
    }
    // Each phase ends its own slice, so none adds to the next one's task.
    if (stats.slices > 0) {
      await yieldToPage();
      signal.throwIfAborted();
    }
    const onProgress = (soFar: readonly Finding[]) => {
      // Page documents load scrolled to the top: what is found first is what the reader sees first.
      store.replaceAll([...soFar]);
      refresh();
    };
    // A long page is scanned round the screen first (and painted once: on a huge page every change to the
    // highlights costs the browser a whole-page PrePaint, ~90 ms on 10 MB).
    const omit = long ? await far.split(root, { signal, stats }) : undefined;
    if (omit) {
      await yieldToPage();
      signal.throwIfAborted();
    }
    store.replaceAll(await scanPage(root, matcher, { signal, stats, ...(omit ? { omit } : {}), ...(long ? {} : { onProgress }) }));
    finishPass('full', stats, startedAt);
  };

  /** Scans regions of a long page that were set aside. */
  const scanRegions = async (regions: Element[], signal: AbortSignal) => {
    if (regions.length === 0) return;
    const startedAt = performance.now();
    const stats = newScanStats();
    const fresh = await scanPage(regions, matcher, { signal, stats });
    // A change inside a region may have been scanned already: its findings are replaced, not doubled.
    store.replaceUnder(regions, fresh);
    finishPass('region', stats, startedAt);
  };

  /** Resolves once nothing is set aside any more (the popup lists the whole page). */
  const scanEverything = async () => {
    const current = run;
    if (!current || far.pending === 0) return;
    const signal = AbortSignal.any([current.signal, ctx.signal]);
    enqueue(() => scanRegions(far.takeAll(), signal), signal);
    await queue;
  };

  const partialScan = async (batch: MutationBatch, signal: AbortSignal) => {
    if (batch.full) return fullScan(signal);
    if (gatedOut) {
      // Nothing was scanned yet: the first strong name to arrive makes the whole page worth a scan.
      for (const block of batch.roots) if ((await countStrong(block, signal, undefined, true)).entries > 0) return fullScan(signal);
      return;
    }
    const startedAt = performance.now();
    const stats = newScanStats();
    if (batch.removed) store.dropDetached();
    const fresh = await scanPage(batch.roots, matcher, { signal, stats });
    store.replaceUnder(batch.roots, fresh);
    finishPass('partial', stats, startedAt);
  };

  const activate = () => {
    run = new AbortController();
    const signal = AbortSignal.any([run.signal, ctx.signal]);
    painter = new Painter(window, signal);
    trackHover(
      doc,
      {
        findingAt: (x, y) => findingAtPoint(doc, hoverIndex(), x, y),
        isOverCard: (target) => popover.contains(target),
        show: (f) => void popover.show(f),
        hide: () => popover.hide(),
        shown: () => popover.shownFinding,
      },
      { delayMs: () => settings.hoverDelayMs, hideDelayMs: HIDE_DELAY_MS, signal },
    );
    watchMutations(root, (batch) => enqueue(() => partialScan(batch, signal), signal), { signal });
    // Scrolling brings set-aside regions near: scan them before they reach the screen.
    let frame = 0;
    const onScroll = () => {
      if (frame || far.pending === 0) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        const near = far.takeNear();
        if (near.length > 0) enqueue(() => scanRegions(near, signal), signal);
      });
    };
    window.addEventListener('scroll', onScroll, { passive: true, signal });
    window.addEventListener('resize', onScroll, { passive: true, signal });
    signal.addEventListener('abort', () => cancelAnimationFrame(frame));
    // The reader may have scrolled while the first scan ran.
    enqueue(async () => {
      await fullScan(signal);
      onScroll();
    }, signal);
  };

  const deactivate = () => {
    run?.abort();
    run = undefined;
    painter = undefined;
    store.clear();
    far.clear();
    shown = [];
    byNode = undefined;
    relevance = relevanceOf([]);
    pageCount = undefined;
    popover.destroy();
    report();
  };

  const apply = (next: Settings) => {
    const previous = settings;
    settings = next;
    const wanted = next.enabled && !next.disabledSites.includes(siteOf(location.href));
    if (wanted && !run) activate();
    else if (!wanted && run) deactivate();
    else if (run && previous.density !== next.density) painter?.paint(shown, next.density);
  };

  // Single-page apps: a new route is a new page.
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    const current = run;
    if (current) enqueue(() => fullScan(AbortSignal.any([current.signal, ctx.signal])), current.signal);
  });

  const onMessage = (message: unknown): Promise<FindingsResponse> | undefined => {
    const request = parseRequest(message);
    if (request?.type !== 'get-findings') return undefined;
    return scanEverything().then(() => ({
      url: location.href,
      version: index.version,
      enabled: run !== undefined,
      relevance: { score: relevance.score, onTopic: relevance.onTopic },
      findings: summariseFindings(shown),
    }));
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => {
    browser.runtime.onMessage.removeListener(onMessage);
    deactivate();
  });
  ctx.onInvalidated(watchSettings(apply));
  apply((await loadSettings()).settings);
}
