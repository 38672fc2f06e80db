// What people would otherwise use, on the same pages and patterns: mark.js 8.11 (one combined expression,
// and the array of terms), and the floor: a TreeWalker that only reads the text. No extension loaded.
import { resolve } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { chromiumPath } from '../tests/support/chromium-extension';
import { readScanResults, recordLongTasks, runFloorWalk, runMarkJs } from './in-page';

const MARK_JS = resolve('node_modules/mark.js/dist/mark.min.js');

export interface BaselineRun {
  ms: number;
  longestTaskMs: number;
  marks: number;
  /** The bare walk, timed on the same page load before mark.js ran (when asked for). */
  floorMs?: number;
}

export function launchPlainChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: ['--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update'],
  });
}

export async function runMarkJsOn(
  browser: Browser,
  url: string,
  args: { pattern?: string; terms?: string[] },
  withFloor = false,
): Promise<BaselineRun> {
  const page = await browser.newPage({ viewport: { width: 1100, height: 800 } });
  try {
    await page.addInitScript(recordLongTasks);
    await page.goto(url, { timeout: 120_000 });
    // The floor only reads the page, so it can share the load (a 10 MB page takes ~10 s to load here).
    let floorMs: number | undefined;
    if (withFloor) {
      await page.waitForTimeout(200);
      floorMs = (await page.evaluate(runFloorWalk)).ms;
    }
    await page.addScriptTag({ path: MARK_JS });
    await page.waitForTimeout(300);
    const before = (await page.evaluate(readScanResults)).longTasks.length;
    const r = await page.evaluate(runMarkJs, args);
    await page.waitForTimeout(100);
    const tasks = (await page.evaluate(readScanResults)).longTasks.slice(before);
    // mark.js marks in one synchronous call: that call is at least one task.
    const run = { ms: r.ms, longestTaskMs: Math.max(r.syncMs, ...tasks.map((t) => t.duration)), marks: r.marks };
    return floorMs === undefined ? run : { ...run, floorMs };
  } finally {
    await page.close();
  }
}
