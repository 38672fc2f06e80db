// Hostile pages, right to left: an Arabic story (dir="rtl") naming the talks by the dataset's Arabic aliases
// and by English names set inline. Each is painted, and its card opens and stays inside the window whether
// the mention sits at the right edge where lines start, at the left edge, or low on the screen.
import type { Page } from 'puppeteer-core';
import { describe, expect, test } from 'vitest';
import { bodyMatchesSource, cardBox, cardText, paintedRangeCentre, paintedTexts } from '../../support/page-probes';
import { openPainted, useBrowser } from '../driver/use-browser';

const paintedList = async (page: Page) => Object.values(await page.evaluate(paintedTexts)).flat();

async function hoverAt(page: Page, point: { x: number; y: number } | null): Promise<void> {
  if (!point) throw new Error('nothing to hover');
  await page.mouse.move(point.x + 20, point.y);
  await page.mouse.move(point.x, point.y);
}

async function expectCardInWindow(page: Page, entry: string, mention: string): Promise<void> {
  await expect.poll(() => page.evaluate(cardText)).toContain(entry);
  await expect.poll(() => page.evaluate(cardBox)).toMatchObject({ visible: true });
  const box = await page.evaluate(cardBox);
  if (!box) throw new Error('no card');
  expect(box.left, mention).toBeGreaterThanOrEqual(0);
  expect(box.top, mention).toBeGreaterThanOrEqual(0);
  expect(box.right, mention).toBeLessThanOrEqual(box.vw);
  expect(box.bottom, mention).toBeLessThanOrEqual(box.vh);
  await page.mouse.move(box.vw / 2, 2);
  await expect.poll(() => page.evaluate(cardText)).toBeNull();
}

describe('hostile pages: right to left', () => {
  const suite = useBrowser();

  test('Arabic aliases and inline English names are painted; the page is unchanged', async () => {
    const page = await suite.driver.newPage();
    await openPainted(page, suite.server, '/hostile/rtl-arabic.html');
    await expect
      .poll(() => paintedList(page))
      .toEqual(expect.arrayContaining(['حماس', 'شرم الشيخ', 'خليل الحية', 'بدر عبد العاطي', 'Steve Witkoff']));
    expect(await page.evaluate(bodyMatchesSource)).toBe(true);
  });

  test('the card stays inside the window at the right edge, the left edge and low on the screen', async () => {
    const page = await suite.driver.newPage();
    await page.setViewport({ width: 900, height: 640 });
    await openPainted(page, suite.server, '/hostile/rtl-arabic.html');

    // "حماس" starts the first paragraph: the right edge.
    const right = await page.evaluate(paintedRangeCentre, 'حماس');
    expect(right?.x).toBeGreaterThan(700);
    await hoverAt(page, right);
    await expectCardInWindow(page, 'Hamas', 'حماس');

    // The left-aligned byline: the left edge.
    const left = await page.evaluate(paintedRangeCentre, 'Steve Witkoff');
    expect(left?.x).toBeLessThan(200);
    await hoverAt(page, left);
    await expectCardInWindow(page, 'Steve Witkoff', 'Steve Witkoff');

    // A later mention of "خليل الحية", its paragraph scrolled to the bottom of the window.
    const low = await page.$eval('#bottom', (p) => {
      p.scrollIntoView({ block: 'end' });
      const node = p.firstChild as Text;
      const at = node.data.indexOf('خليل الحية');
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + 'خليل الحية'.length);
      const r = range.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    expect(low.y).toBeGreaterThan(500);
    await hoverAt(page, low);
    await expectCardInWindow(page, 'Khalil al-Hayya', 'خليل الحية (low)');
  });
});
