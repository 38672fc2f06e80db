// The card as a reader meets it: it opens on hover and stays while the pointer is in it, follows its mention
// when the page scrolls, stays inside the window at every edge, pins, closes on Escape, is browsed from the
// keyboard, comes back after the page removed it, and passes axe-core in light and dark.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { describe, expect, test } from 'vitest';
import { AXE_SOURCE, axeCardViolations } from '../../support/axe';
import {
  cardAnnouncement,
  cardBox,
  cardControlCentre,
  cardHasFocus,
  cardMention,
  cardText,
  chartOverlaps,
  paintedInDocumentOrder,
  paintedRangeCentre,
} from '../../support/page-probes';
import { pause } from '../driver/page-actions';
import { type BrowserSuite, openPainted, useBrowser } from '../driver/use-browser';

const PIN = 'button[aria-pressed]';
const SCREENSHOTS = resolve('docs/screenshots');

async function hoverText(page: Page, text: string): Promise<void> {
  const point = await page.evaluate(paintedRangeCentre, text);
  if (!point) throw new Error(`"${text}" is not painted`);
  await page.mouse.move(point.x - 20, point.y);
  await page.mouse.move(point.x, point.y);
  await expect.poll(() => page.evaluate(cardText)).not.toBeNull();
}

async function moveAway(page: Page): Promise<void> {
  await page.mouse.move(2, 2);
  await expect.poll(() => page.evaluate(cardText)).toBeNull();
}

/** axe-core's serious problems in the card on the figures page, once the page is seen to use `scheme`. */
async function axeViolations(suite: BrowserSuite, scheme: 'light' | 'dark'): Promise<string[]> {
  const page = await suite.driver.newPage();
  await openPainted(page, suite.server, '/figures.html');
  expect(await page.evaluate((s) => matchMedia(`(prefers-color-scheme: ${s})`).matches, scheme)).toBe(true);
  await hoverText(page, 'at least 67,173');
  await page.addScriptTag({ content: AXE_SOURCE });
  return page.evaluate(axeCardViolations);
}

/** Screenshots the card open on `text` in `path`, as docs/screenshots/<name>.png. */
async function screenshotCard(suite: BrowserSuite, shots: readonly (readonly [name: string, path: string, text: string])[]): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const page = await suite.driver.newPage();
  await page.setViewport({ width: 1000, height: 760 });
  for (const [name, path, text] of shots) {
    await openPainted(page, suite.server, path);
    await hoverText(page, text);
    // docs/ shows Chromium's rendering: a Firefox run would overwrite it with its own, so it only takes the shot.
    const shot = await page.screenshot(suite.driver.name === 'chromium' ? { path: resolve(SCREENSHOTS, `${name}.png`) } : {});
    expect(shot.byteLength, name).toBeGreaterThan(0);
    await moveAway(page);
  }
}

describe('the card', () => {
  const suite = useBrowser({ colorScheme: 'light' });

  test('opens on hover and stays while the pointer moves into it', async () => {
    const page = await suite.driver.newPage();
    await openPainted(page, suite.server, '/wire-story.html');
    await hoverText(page, 'Hamas');
    const box = await page.evaluate(cardBox);
    if (!box) throw new Error('no card');
    // Into the card, through the gap between mention and card.
    await page.mouse.move(box.left + 20, box.top + 20, { steps: 5 });
    await pause(700);
    expect(await page.evaluate(cardText)).toContain('Hamas');
    await moveAway(page);
  });

  test('follows its mention when the page scrolls', async () => {
    const page = await suite.driver.newPage();
    await openPainted(page, suite.server, '/wire-story.html');
    await hoverText(page, 'Hamas');
    const before = await page.evaluate(cardBox);
    await page.evaluate(() => window.scrollBy(0, 120));
    await expect.poll(async () => Math.round(((await page.evaluate(cardBox))?.top ?? 0) - (before?.top ?? 0))).toBeLessThanOrEqual(-110);
    await moveAway(page);
  });

  test('stays inside the window for mentions at all four edges', async () => {
    const page = await suite.driver.newPage();
    await page.setViewport({ width: 900, height: 640 });
    await openPainted(page, suite.server, '/card-edges.html');
    for (const text of ['Hamas', 'Steve Witkoff', 'Doha', 'Sharm el-Sheikh']) {
      await hoverText(page, text);
      await expect.poll(() => page.evaluate(cardBox)).toMatchObject({ visible: true });
      const box = await page.evaluate(cardBox);
      if (!box) throw new Error('no card');
      expect(box.left, text).toBeGreaterThanOrEqual(0);
      expect(box.top, text).toBeGreaterThanOrEqual(0);
      expect(box.right, text).toBeLessThanOrEqual(box.vw);
      expect(box.bottom, text).toBeLessThanOrEqual(box.vh);
      await moveAway(page);
    }
  });

  test('a pinned card stays when the pointer leaves; Escape closes it', async () => {
    const page = await suite.driver.newPage();
    await openPainted(page, suite.server, '/wire-story.html');
    await hoverText(page, 'Hamas');
    const pin = await page.evaluate(cardControlCentre, PIN);
    if (!pin) throw new Error('no pin button');
    await page.mouse.move(pin.x, pin.y, { steps: 4 });
    await page.mouse.click(pin.x, pin.y);
    await page.mouse.move(2, 2);
    await pause(900);
    expect(await page.evaluate(cardText)).toContain('Hamas');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(cardText)).toBeNull();
  });

  test('keyboard browsing visits findings in document order, then Escape returns focus', async () => {
    const page = await suite.driver.newPage();
    await openPainted(page, suite.server, '/wire-story.html');
    const expected = await page.evaluate(paintedInDocumentOrder);
    await page.evaluate(() => {
      const link = document.createElement('a');
      link.href = '#top';
      link.id = 'start-here';
      link.textContent = 'Top';
      document.body.prepend(link);
      link.focus();
    });
    const tabId = await suite.driver.tabIdOf(page);
    // What the command shortcut does (the shortcut itself is the browser's, outside the page).
    await suite.driver.extensionCall((api, id) => api.tabs.sendMessage(id, { type: 'browse-findings' }, { frameId: 0 }), tabId);
    const seen: string[] = [];
    for (let i = 0; i < expected.length; i++) {
      await expect.poll(() => page.evaluate(cardMention)).toBe(expected[i]);
      expect(await page.evaluate(cardHasFocus)).toBe(true);
      seen.push((await page.evaluate(cardMention)) ?? '');
      await page.keyboard.press('n');
    }
    expect(seen).toEqual(expected);
    expect(await page.evaluate(cardAnnouncement)).toMatch(/finding \d+ of \d+/);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(cardText)).toBeNull();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('start-here');
  });

  test('comes back on the next hover after the page removed our host', async () => {
    const page = await suite.driver.newPage();
    await openPainted(page, suite.server, '/node-remover.html');
    await hoverText(page, 'Hamas');
    await moveAway(page);
    await page.evaluate(() => (window as unknown as { sweep: () => void }).sweep());
    expect(await page.evaluate(() => document.querySelector('gaza-talks-context-ui') === null)).toBe(true);
    await hoverText(page, 'Hamas');
    expect(await page.evaluate(cardText)).toContain('Hamas');
  });

  test("a figure's chart writes no number over another mark, number or axis label, nor left of the value axis", async () => {
    const page = await suite.driver.newPage();
    await openPainted(page, suite.server, '/figures.html');
    // The health ministry's toll: two of its dates are nine days apart.
    await hoverText(page, 'at least 67,173');
    expect(await page.evaluate(chartOverlaps)).toEqual([]);
    // The IPC's famine count: its first mark stands on the value axis with the next date above right of it, and
    // its number went left of the axis, among the axis's labels of values.
    await moveAway(page);
    await page.evaluate(() =>
      [...document.querySelectorAll('p')].find((p) => p.textContent?.includes('more than 500,000'))?.scrollIntoView({ block: 'center' }),
    );
    await hoverText(page, 'more than 500,000');
    await expect.poll(() => page.evaluate(cardText)).toContain('IPC');
    expect(await page.evaluate(chartOverlaps)).toEqual([]);
  });

  test('axe-core finds no serious problem in the card (light)', async () => {
    expect(await axeViolations(suite, 'light')).toEqual([]);
  });

  test('screenshots of the card in light and on a right-to-left page are written into docs/', async () => {
    await screenshotCard(suite, [
      ['card-light', '/figures.html', 'at least 67,173'],
      ['card-rtl', '/arabic.html', 'شرم الشيخ'],
    ]);
  });
});

// A browser of its own: Firefox sets the colour scheme for the whole browser, not per page.
describe('the card in a dark colour scheme', () => {
  const suite = useBrowser({ colorScheme: 'dark' });

  test('axe-core finds no serious problem in the card (dark)', async () => {
    expect(await axeViolations(suite, 'dark')).toEqual([]);
  });

  test('a screenshot of the card in dark is written into docs/', async () => {
    await screenshotCard(suite, [['card-dark', '/figures.html', 'at least 67,173']]);
  });
});
