// A page that clears the shared CSS.highlights registry every 200 ms: no error, no busy loop from us (the
// page's own 10 ms timer keeps its pace, and our paint comes back only on the paint-keeper's backing-off
// timer), the paint is back within seconds once the page stops, and cards open during and after.
import { describe, expect, test } from 'vitest';
import { KEEP_BASE_MS, KEEP_MAX_MS } from '@/src/overlay/paint-keeper';
import { paintedList } from '../../support/page-probes';
import { collectPageErrors, moveAway, openCard } from '../driver/hostile-actions';
import { pause } from '../driver/page-actions';
import { openPainted, useBrowser } from '../driver/use-browser';

const CLEARING_MS = 6000;

interface ClearerStats {
  elapsedMs: number;
  clears: number;
  /** How many times the page found our paint back before clearing it: our restores. */
  oursSeen: number;
  maxGapMs: number;
}
const startClearing = () => (window as unknown as { clearer: { start(): void } }).clearer.start();
const stopClearing = () => (window as unknown as { clearer: { stop(): ClearerStats } }).clearer.stop();

describe('a page that clears CSS.highlights every 200 ms', () => {
  const suite = useBrowser();

  test('is not fought in a loop, gets its paint back once it stops, and its cards open throughout', async () => {
    const page = await suite.driver.newPage();
    const errors = collectPageErrors(page);
    await openPainted(page, suite.server, '/hostile/highlight-clearer.html');
    const painted = await page.evaluate(paintedList);
    expect(painted).toEqual(['Steve Witkoff', 'Khalil al-Hayya', 'Sharm el-Sheikh', 'Hamas', '20-point plan']);

    // A first card before the page starts: loading the card's file is a one-off cost of the first hover
    // (docs/performance.md), not part of what the page's clearing makes us do.
    await openCard(page, 'Khalil al-Hayya');
    await moveAway(page);

    await page.evaluate(startClearing);
    const started = Date.now();
    await expect.poll(() => page.evaluate(paintedList)).toEqual([]);
    // While the page clears, the card still opens: hovering finds mentions, not paint.
    await pause(1500);
    await openCard(page, 'Hamas');
    await moveAway(page);
    await pause(Math.max(0, CLEARING_MS - (Date.now() - started)));
    const stats = await page.evaluate(stopClearing);
    console.log(`[${suite.driver.name}] clearing: ${JSON.stringify(stats)}`);

    expect(stats.clears).toBeGreaterThanOrEqual(Math.floor(stats.elapsedMs / 200) - 3);
    // Our paint came back at most once a paint-keeper tick (one a second at the fastest, backing off to one
    // in four), never at every clear: no fight. And it did come back while the page kept clearing.
    expect(stats.oursSeen).toBeGreaterThanOrEqual(1);
    expect(stats.oursSeen).toBeLessThanOrEqual(Math.floor(stats.elapsedMs / KEEP_BASE_MS) + 1);
    // The page timer's longest wait (maxGapMs) is printed above, not asserted: speed is the benchmark's to judge.

    // Stopped: the next tick (at most KEEP_MAX_MS away) puts the paint back as it was.
    await expect.poll(() => page.evaluate(paintedList), { timeout: KEEP_MAX_MS + 2000 }).toEqual(painted);
    await openCard(page, 'Steve Witkoff');
    await moveAway(page);
    expect(errors).toEqual([]);
  });
});
