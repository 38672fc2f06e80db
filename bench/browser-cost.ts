// What the browser itself says a page load cost: CDP Performance.getMetrics TaskDuration (seconds of
// renderer main-thread work), read once the page has settled. Compared across three arms in the same run:
// no extension, a control extension whose content script is empty, and ours. Nothing here reads marks
// that our own code sets, except to know when the scan has finished.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { type LoadedChromium, launchChromiumWithExtension, launchChromiumWithoutExtension } from '../tests/support/chromium-extension';
import { type OurTasks, ourTasksFromTrace, serviceWorkerBusyMs, TASK_CATEGORIES, traceWhile } from './task-attribution';

export interface CostArms {
  none: BrowserContext;
  empty: LoadedChromium;
  ours: LoadedChromium;
  close(): Promise<void>;
}

/** A Manifest V3 extension with one content script on every page that does nothing. */
export function writeEmptyExtension(): string {
  const dir = mkdtempSync(join(tmpdir(), 'gtc-empty-ext-'));
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'empty control',
      version: '1.0.0',
      // A worker too: the launcher reads the extension's id from it.
      background: { service_worker: 'background.js' },
      content_scripts: [{ matches: ['<all_urls>'], js: ['content.js'], all_frames: true, run_at: 'document_idle' }],
    }),
  );
  writeFileSync(join(dir, 'content.js'), 'void 0;\n');
  writeFileSync(join(dir, 'background.js'), 'void 0;\n');
  return dir;
}

export async function launchCostArms(ourDir: string): Promise<CostArms> {
  // Launched the way the extension arms are (a persistent profile, the same flags): a plain browser with a
  // fresh in-memory context read up to a few hundred milliseconds apart from them on the 2 MB page.
  const none = await launchChromiumWithoutExtension();
  const empty = await launchChromiumWithExtension(writeEmptyExtension());
  const ours = await launchChromiumWithExtension(ourDir);
  return {
    none,
    empty,
    ours,
    close: async () => {
      await Promise.all([none.close(), empty.close(), ours.close()]);
    },
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Asks the content script for the whole page's findings, as the popup does. */
export const readWholeWith = (ext: LoadedChromium) => async (page: Page) => {
  await page.bringToFront();
  await ext.serviceWorker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    if (tab?.id === undefined) throw new Error('no active tab');
    await chrome.tabs.sendMessage(tab.id, { type: 'get-findings' }, { frameId: 0 });
  });
};

export interface LoadOptions {
  viewport?: { width: number; height: number };
  /**
   * How long after the load event the counter is read. The same in every arm: an idle renderer still does
   * ~2 ms of work a second (and every probe adds some), so only a fixed schedule makes the arms comparable.
   */
  settleMs: number;
  /** Run after settling, then wait `settleMs` again: the popup's whole read, or mark.js in the plain arm. */
  then?: (page: Page) => Promise<void>;
}

// ---------------------------------------------------------------------------------------------------------
// Tabs that rest between loads (what npm run bench uses).
//
// Two things about the counter, found on this Chromium (156) and checked on every load below:
// - It restarts with each new document. TaskDuration (and ThreadTime) count from when the tab's performance
//   agent started, and a browser-initiated navigation, even same-site, commits in a new renderer process
//   with a new agent, so the reading at the end is the new document's whole cost: its commit, parse, style,
//   layout, paint, the content scripts and the fixed wait. (ProcessTime, the process's CPU, shows the new
//   process.) If it ever did not restart, the resting page's reading is subtracted instead.
// - Read just after the commit it races the page's first parser tasks: on a 50 KB page
//   that "before" reading held 20–220 ms of the page's own parse on one load and none of it on the next.
// The tab rests on a small same-site page between loads, so the last page's teardown is done before the
// next load starts.

export interface ArmLoad {
  /** Renderer main-thread work for the whole load (TaskDuration: wall time of its tasks), ms. */
  taskMs: number;
  /** The same tasks' CPU time (ThreadTime): no descheduling by the other processes on the machine. */
  threadMs: number;
  /** The longest long task after DOMContentLoaded (the page's own parse and first layout come before). */
  longestTaskMs: number;
  /** The longest long task of the whole load. */
  longestTaskAnyMs: number;
  /** Highlighted ranges at the end. */
  highlights: number;
  /** How long `then` took (the slot is padded to `thenSlotMs`). */
  thenMs: number;
  /**
   * With `then`: the counter from just before `then` to the end (the step, its slot and the wait after it).
   * The page's own parse and layout are not in this window, so it varies far less on long pages.
   */
  stepTaskMs?: number;
  stepThreadMs?: number;
  /**
   * How long before the end reading the page's last User Timing mark was made (a content script's marks
   * included; Infinity if none): well under the wait after load means work may still have been going on.
   */
  lastMarkAgoMs: number;
  /** Whether the counter restarted with the document (see above); false would be a surprise worth a look. */
  restarted: boolean;
}

export interface ArmLoadOptions extends LoadOptions {
  /** `then` and the wait after it fill at least this long in every arm, so the arms keep one schedule. */
  thenSlotMs?: number;
}

interface Counters {
  taskMs: number;
  threadMs: number;
  /** Time the agent spent on DevTools commands (anyone's, evaluations included): the restart test below. */
  devToolsMs: number;
  /** The renderer process's CPU time (all its threads, since it started; 10 ms steps here). */
  processMs: number;
}

async function counters(cdp: CDPSession): Promise<Counters> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  const ms = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
  return {
    taskMs: ms('TaskDuration'),
    threadMs: ms('ThreadTime'),
    devToolsMs: ms('DevToolsCommandDuration'),
    processMs: ms('ProcessTime'),
  };
}

function recordTimedTasks(): void {
  const w = window as unknown as { __costTaskList: { start: number; duration: number }[] };
  w.__costTaskList = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__costTaskList.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No Long Tasks API: TaskDuration still counts.
  }
}

function timedProbe(): {
  highlights: number;
  tasks: { start: number; duration: number }[];
  domContentLoaded: number;
  lastMarkAgoMs: number;
} {
  let highlights = 0;
  CSS.highlights.forEach((h) => {
    highlights += h.size;
  });
  const w = window as unknown as { __costTaskList?: { start: number; duration: number }[] };
  const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  // Any User Timing mark on the page's timeline (a content script's included): how long ago the last one was.
  const marks = performance.getEntriesByType('mark').map((m) => m.startTime);
  return {
    highlights,
    tasks: w.__costTaskList ?? [],
    domContentLoaded: nav?.domContentLoadedEventEnd ?? 0,
    lastMarkAgoMs: marks.length > 0 ? performance.now() - Math.max(...marks) : Number.POSITIVE_INFINITY,
  };
}

function busy(ms: number): void {
  const t0 = performance.now();
  while (performance.now() - t0 < ms) {
    // Work on purpose: see `restarted` in ArmTab.measure.
  }
}

/**
 * One tab per arm, resting on a small same-site page between loads (see the note above). Each load gets a
 * new renderer process here, so no earlier load's garbage is collected inside it; were a process and its
 * agent reused, `restarted` would say so.
 */
export class ArmTab {
  private constructor(
    readonly page: Page,
    private readonly cdp: CDPSession,
    /** Traces the whole browser (the extension's service worker too); the page's session where there is none. */
    private readonly tracer: CDPSession,
    private readonly restUrl: string,
  ) {}

  static async open(context: BrowserContext, restUrl: string): Promise<ArmTab> {
    const page = await context.newPage();
    await page.addInitScript(recordTimedTasks);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const browser = context.browser();
    const tracer = browser ? await browser.newBrowserCDPSession() : cdp;
    await page.goto(restUrl);
    return new ArmTab(page, cdp, tracer, restUrl);
  }

  async measure(url: string, options: ArmLoadOptions): Promise<ArmLoad> {
    const viewport = options.viewport ?? { width: 1100, height: 800 };
    const size = this.page.viewportSize();
    if (size?.width !== viewport.width || size.height !== viewport.height) await this.page.setViewportSize(viewport);
    if (this.page.url() !== this.restUrl) await this.page.goto(this.restUrl);
    // An evaluation the resting page's agent counts as DevTools command time (see `restarted`).
    await this.page.evaluate(busy, 50);
    const rest = await counters(this.cdp);
    await this.page.goto(url, { timeout: 180_000, waitUntil: 'commit' });
    await this.page.waitForLoadState('load', { timeout: 180_000 });
    const loaded = await counters(this.cdp);
    await sleep(options.settleMs);
    let thenMs = 0;
    let step: Counters | undefined;
    if (options.then) {
      step = await counters(this.cdp);
      thenMs = await this.stepAfterLoad(options.then, options);
    }
    const end = await counters(this.cdp);
    const probe = await this.page.evaluate(timedProbe);
    // Back to rest now, so tearing this page down is not counted in the next load.
    await this.page.goto(this.restUrl, { timeout: 180_000 });
    // TaskDuration and ThreadTime both count from when this tab's performance agent started. A new agent
    // (a new document's, or a new process's) has spent next to no time on DevTools commands by the load
    // event, where the resting one had just run a 50 ms evaluation; ProcessTime going down means a new
    // process. Neither test races the page's own tasks, as a reading just after the commit would.
    const restarted = loaded.devToolsMs < rest.devToolsMs || end.processMs < rest.processMs;
    const after = probe.tasks.filter((t) => t.start >= probe.domContentLoaded);
    return {
      taskMs: restarted ? end.taskMs : end.taskMs - rest.taskMs,
      threadMs: restarted ? end.threadMs : end.threadMs - rest.threadMs,
      longestTaskMs: Math.max(0, ...after.map((t) => t.duration)),
      longestTaskAnyMs: Math.max(0, ...probe.tasks.map((t) => t.duration)),
      highlights: probe.highlights,
      thenMs,
      lastMarkAgoMs: probe.lastMarkAgoMs,
      ...(step ? { stepTaskMs: end.taskMs - step.taskMs, stepThreadMs: end.threadMs - step.threadMs } : {}),
      restarted,
    };
  }

  /**
   * One more load on the same schedule, traced with V8's sampling profiler: how much of one task was ours
   * (task-attribution.ts). `ours` says whether a script URL is the extension's. Not counted in `measure`'s
   * figures: tracing and sampling slow the page.
   */
  async attribute(url: string, options: ArmLoadOptions, ours: (scriptUrl: string) => boolean): Promise<OurTasks> {
    return ourTasksFromTrace(await this.tracedLoad(url, options, this.cdp), url, ours);
  }

  /**
   * One more load on the same schedule, traced browser-wide with tasks and script runs alone: how long the
   * extension's service worker was busy meanwhile, ms (task-attribution.ts serviceWorkerBusyMs; 0 when it did
   * nothing or slept).
   */
  async backgroundBusy(url: string, options: ArmLoadOptions): Promise<number> {
    return serviceWorkerBusyMs(await this.tracedLoad(url, options, this.tracer, TASK_CATEGORIES));
  }

  private async tracedLoad(url: string, options: ArmLoadOptions, session: CDPSession, categories?: readonly string[]) {
    await this.page.setViewportSize(options.viewport ?? { width: 1100, height: 800 });
    if (this.page.url() !== this.restUrl) await this.page.goto(this.restUrl);
    const events = await traceWhile(
      session,
      async () => {
        await this.page.goto(url, { timeout: 180_000, waitUntil: 'load' });
        await sleep(options.settleMs);
        if (options.then) await this.stepAfterLoad(options.then, options);
      },
      categories,
    );
    await this.page.goto(this.restUrl, { timeout: 180_000 });
    return events;
  }

  /** Runs the step after load, pads it to its slot and waits again: the same schedule in every arm. Its own length, ms. */
  private async stepAfterLoad(then: NonNullable<ArmLoadOptions['then']>, options: ArmLoadOptions): Promise<number> {
    const t0 = Date.now();
    await then(this.page);
    const thenMs = Date.now() - t0;
    await sleep(Math.max(0, (options.thenSlotMs ?? 0) - thenMs));
    await sleep(options.settleMs);
    return thenMs;
  }

  async close(): Promise<void> {
    if (this.tracer !== this.cdp) await this.tracer.detach().catch(() => {});
    await this.cdp.detach().catch(() => {});
    await this.page.close();
  }
}
