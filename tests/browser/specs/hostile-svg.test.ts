// Hostile pages, SVG: a story with a diagram naming people in SVG <text> and in HTML inside <foreignObject>.
// The scan skips the whole <svg> (skip-rules.ts): the diagram is quietly left as drawn, no card opens on it,
// and the story around it is read, painted and hovered as usual.
import type { Page } from 'puppeteer-core';
import { describe, expect, test } from 'vitest';
import { paintedInside } from '../../support/hostile-probes';
import { bodyMatchesSource, cardText, paintedRangeCentre, paintedTexts, scanFinished } from '../../support/page-probes';
import { pause } from '../driver/page-actions';
import { openPainted, useBrowser } from '../driver/use-browser';

const paintedList = async (page: Page) => Object.values(await page.evaluate(paintedTexts)).flat();

/** Centre of an element of the diagram. */
const centreOf = (page: Page, selector: string) =>
  page.$eval(selector, (el) => {
    const r = el.getBoundingClientRect();
    return { x: r.left + Math.min(40, r.width / 2), y: r.top + r.height / 2 };
  });

describe('hostile pages: SVG text', () => {
  const suite = useBrowser();

  test('the story is painted; SVG <text> and <foreignObject> are skipped without a fault', async () => {
    const page = await suite.driver.newPage();
    await openPainted(page, suite.server, '/hostile/svg-text.html');
    await expect.poll(() => page.evaluate(scanFinished)).toBe(true);
    const painted = await paintedList(page);
    expect(painted).toEqual(expect.arrayContaining(['Hamas', 'Sharm el-Sheikh', 'Steve Witkoff', '20-point plan']));
    expect(painted).not.toContain('Khalil al-Hayya');
    expect(painted).not.toContain('Badr Abdelatty');
    expect(await page.evaluate(paintedInside, 'svg')).toBe(0);
    expect(await page.evaluate(bodyMatchesSource)).toBe(true);
  });

  test('resting on the diagram opens no card; the story opens its own', async () => {
    const page = await suite.driver.newPage();
    await openPainted(page, suite.server, '/hostile/svg-text.html');
    for (const selector of ['#svg-label', '#svg-foreign p']) {
      const point = await centreOf(page, selector);
      await page.mouse.move(point.x - 20, point.y);
      await page.mouse.move(point.x, point.y);
      await pause(900);
      expect(await page.evaluate(cardText), selector).toBeNull();
    }
    const witkoff = await page.evaluate(paintedRangeCentre, 'Steve Witkoff');
    if (!witkoff) throw new Error('Steve Witkoff is not painted');
    await page.mouse.move(witkoff.x - 20, witkoff.y);
    await page.mouse.move(witkoff.x, witkoff.y);
    await expect.poll(() => page.evaluate(cardText)).toContain('Steve Witkoff');
  });
});
