// Runs one page with the extension in Chromium and reads what the scan cost, from the page's own timeline.
import type { Page } from 'playwright-core';
import type { LoadedChromium } from '../tests/support/chromium-extension';
import { FIRST_STAGE_FINAL, type PageScanResult, readAppends, readScanResults, readStorm, recordLongTasks } from './in-page';
import { rendererRssMb } from './renderer-memory';

export interface ExtensionRun {
  /** Main-thread time of every scan pass, painting included. */
  busyMs: number;
  /** The longest slice the content script ran. */
  longestSliceMs: number;
  /** The longest task seen while the content script was scanning (any cause). */
  longestTaskMs: number;
  findings: number;
  highlights: number;
  /** Live pages: append → painted, per append. */
  appendToPaintMs: number[];
  /** Storm pages: the longest task during the storm. */
  stormLongestTaskMs: number;
  /** Building the matcher for the page, before any scan (not in busyMs). */
  setupMs: number;
  /** Long pages: reading the whole page when the popup asks (regions far from the screen included). */
  whole?: WholeRead;
}

export interface WholeRead {
  busyMs: number;
  longestSliceMs: number;
  longestTaskMs: number;
  findings: number;
  /** From the request to the reply, as the popup waits for it. */
  replyMs: number;
  /** The background's time matching the far regions' text (messaging/tally-service.ts): not the page's main thread. */
  backgroundMs: number;
}

/** One load of a page: with the extension off, then turned on, then read whole (see runMemoryToggle). */
export interface MemoryRun {
  /** What the content script spent while the extension was off. */
  disabledBusyMs: number;
  /** Renderer memory, collected, with the extension off; after its first scan; after the whole read. */
  offMb: number;
  onMb: number;
  wholeMb: number;
  whole: WholeRead;
}

export type PageKind = 'static' | 'live' | 'storm';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitUntil(check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await check()) return;
    await sleep(100);
  }
  throw new Error('timed out waiting for the page');
}

export async function setEnabled(ext: LoadedChromium, enabled: boolean): Promise<void> {
  await ext.saveSettings({ enabled });
}

/**
 * Renderer memory once garbage has been collected: RSS read right after a run swings by ±100 MB on the 10 MB
 * page with when V8 last collected, in both arms of the comparison alike.
 */
async function settledRssMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
  } finally {
    await cdp.detach();
  }
  await sleep(200);
  return rendererRssMb();
}

/** Asks the page for its findings as the popup does, and reads what answering cost. */
async function readWhole(ext: LoadedChromium, page: Page, before: number): Promise<WholeRead> {
  await page.bringToFront();
  const replyMs = await ext.serviceWorker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    if (tab?.id === undefined) throw new Error('no active tab');
    const start = performance.now();
    await chrome.tabs.sendMessage(tab.id, { type: 'get-findings' }, { frameId: 0 });
    return performance.now() - start;
  });
  await sleep(150);
  const result = await page.evaluate(readScanResults);
  const reports = result.reports.slice(before).filter((r) => r.kind === 'tally' || r.kind === 'region');
  const windows = reports.map((r) => [r.at - r.totalMs, r.at] as const);
  const tasks = result.longTasks.filter((t) => windows.some(([a, b]) => t.start < b && t.start + t.duration > a));
  return {
    busyMs: reports.reduce((sum, r) => sum + r.busyMs, 0),
    longestSliceMs: Math.max(0, ...reports.map((r) => r.longestSliceMs)),
    longestTaskMs: Math.max(0, ...tasks.map((t) => t.duration)),
    findings: reports.at(-1)?.findings ?? result.reports.at(-1)?.findings ?? 0,
    replyMs,
    backgroundMs: reports.reduce((sum, r) => sum + (r.remoteMs ?? 0), 0),
  };
}

/**
 * Memory, measured on one load so both arms share a renderer and a page: the extension is off while the
 * page loads, memory is read, the extension is turned on (the content script follows its settings), and
 * memory is read after its first scan and again after the popup's whole read. Garbage is collected before
 * each reading (3.8 s on the 10 MB page, so only these runs pay for it).
 */
export async function runMemoryToggle(ext: LoadedChromium, url: string): Promise<MemoryRun> {
  await setEnabled(ext, false);
  const page = await ext.context.newPage();
  try {
    await page.addInitScript(recordLongTasks);
    await page.goto(url, { timeout: 120_000 });
    await sleep(600);
    const off = await page.evaluate(readScanResults);
    const disabledBusyMs = off.reports.reduce((sum, r) => sum + r.busyMs, 0);
    const offMb = await settledRssMb(page);
    await setEnabled(ext, true);
    await waitUntil(async () => (await page.evaluate(readScanResults)).reports.some((x) => x.kind === 'full'), 180_000);
    await sleep(400);
    const onMb = await settledRssMb(page);
    const whole = await readWhole(ext, page, (await page.evaluate(readScanResults)).reports.length);
    const wholeMb = await settledRssMb(page);
    return { disabledBusyMs, offMb, onMb, wholeMb, whole };
  } finally {
    await setEnabled(ext, true);
    await page.close();
  }
}

export async function runWithExtension(
  ext: LoadedChromium,
  url: string,
  kind: PageKind,
  enabled = true,
  whole = false,
): Promise<ExtensionRun> {
  const page = await ext.context.newPage();
  try {
    await page.addInitScript(recordLongTasks);
    await page.goto(url, { timeout: 120_000 });
    const done = async () => {
      const r = await page.evaluate(readScanResults);
      if (!enabled) return true;
      // A page the first stage lets go (no strong name on it) gets no scan, so no scan report either.
      if (r.reports.length === 0 && r.firstStage.some((x) => FIRST_STAGE_FINAL.includes(x.verdict))) return true;
      if (!r.reports.some((x) => x.kind === 'full' || x.kind === 'gated')) return false;
      if (kind === 'live') return (await page.evaluate(readAppends)).length >= 1000;
      if (kind === 'storm') return (await page.evaluate(readStorm)).end > 0;
      return true;
    };
    await waitUntil(done, 180_000);
    await sleep(enabled ? 200 : 400);
    const result: PageScanResult = await page.evaluate(readScanResults);
    const windows = result.reports.map((r) => [r.at - r.totalMs, r.at] as const);
    const overlaps = (t: { start: number; duration: number }) => windows.some(([a, b]) => t.start < b && t.start + t.duration > a);
    const appends = kind === 'live' ? await page.evaluate(readAppends) : [];
    const ends = result.reports.map((r) => r.at).sort((a, b) => a - b);
    const appendToPaintMs = appends.map((t) => (ends.find((at) => at >= t) ?? Number.NaN) - t);
    const storm = kind === 'storm' ? await page.evaluate(readStorm) : undefined;
    const stormTasks = storm ? result.longTasks.filter((t) => t.start >= storm.start && t.start <= storm.end) : [];
    const last = result.reports.filter((r) => r.kind !== 'partial').at(-1) ?? result.reports.at(-1);
    const wholeRead = whole && enabled ? await readWhole(ext, page, result.reports.length) : undefined;
    // Without a scan, what the first stage spent (by its own marks) is the content script's whole cost.
    const firstStageOnly = result.reports.length === 0 ? result.firstStage.reduce((sum, r) => sum + r.busyMs, 0) : 0;
    return {
      ...(wholeRead ? { whole: wholeRead } : {}),
      busyMs: result.reports.reduce((sum, r) => sum + r.busyMs, 0) + firstStageOnly,
      longestSliceMs: Math.max(0, ...result.reports.map((r) => r.longestSliceMs)),
      longestTaskMs: Math.max(0, ...result.longTasks.filter(overlaps).map((t) => t.duration)),
      findings: last?.findings ?? 0,
      highlights: result.highlights,
      appendToPaintMs,
      stormLongestTaskMs: Math.max(0, ...stormTasks.map((t) => t.duration)),
      setupMs: result.reports.find((r) => r.setupMs !== undefined)?.setupMs ?? Number.NaN,
    };
  } finally {
    await page.close();
  }
}
