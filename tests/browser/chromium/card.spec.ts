// The card as a reader meets it: it opens on hover and stays while the pointer is in it, follows its mention
// when the page scrolls, stays inside the window at every edge, pins, closes on Escape, is browsed from the
// keyboard, comes back after the page removed it, and passes axe-core in light and dark.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { AXE_SOURCE, axeCardViolations } from '../../support/axe';
import {
  cardAnnouncement,
  cardBox,
  cardControlCentre,
  cardHasFocus,
  cardMention,
  cardText,
  paintedInDocumentOrder,
  paintedRangeCentre,
} from '../../support/page-probes';
import { expect, openPainted, tabIdOf, test } from './fixtures';

const PIN = 'button[aria-pressed]';

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

test.describe('the card', () => {
  test('opens on hover and stays while the pointer moves into it', async ({ page, server }) => {
    await openPainted(page, server, '/wire-story.html');
    await hoverText(page, 'Hamas');
    const box = await page.evaluate(cardBox);
    if (!box) throw new Error('no card');
    // Into the card, through the gap between mention and card.
    await page.mouse.move(box.left + 20, box.top + 20, { steps: 5 });
    await page.waitForTimeout(700);
    expect(await page.evaluate(cardText)).toContain('Hamas');
    await moveAway(page);
  });

  test('follows its mention when the page scrolls', async ({ page, server }) => {
    await openPainted(page, server, '/wire-story.html');
    await hoverText(page, 'Hamas');
    const before = await page.evaluate(cardBox);
    await page.evaluate(() => window.scrollBy(0, 120));
    await expect.poll(async () => Math.round(((await page.evaluate(cardBox))?.top ?? 0) - (before?.top ?? 0))).toBeLessThanOrEqual(-110);
    await moveAway(page);
  });

  test('stays inside the window for mentions at all four edges', async ({ page, server }) => {
    await page.setViewportSize({ width: 900, height: 640 });
    await openPainted(page, server, '/card-edges.html');
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

  test('a pinned card stays when the pointer leaves; Escape closes it', async ({ page, server }) => {
    await openPainted(page, server, '/wire-story.html');
    await hoverText(page, 'Hamas');
    const pin = await page.evaluate(cardControlCentre, PIN);
    if (!pin) throw new Error('no pin button');
    await page.mouse.move(pin.x, pin.y, { steps: 4 });
    await page.mouse.click(pin.x, pin.y);
    await page.mouse.move(2, 2);
    await page.waitForTimeout(900);
    expect(await page.evaluate(cardText)).toContain('Hamas');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(cardText)).toBeNull();
  });

  test('keyboard browsing visits findings in document order, then Escape returns focus', async ({ page, server, chromiumExt }) => {
    await openPainted(page, server, '/wire-story.html');
    const expected = await page.evaluate(paintedInDocumentOrder);
    await page.evaluate(() => {
      const link = document.createElement('a');
      link.href = '#top';
      link.id = 'start-here';
      link.textContent = 'Top';
      document.body.prepend(link);
      link.focus();
    });
    const tabId = await tabIdOf(chromiumExt, page);
    // What the command shortcut does (the shortcut itself is the browser's, outside the page).
    await chromiumExt.serviceWorker.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'browse-findings' }, { frameId: 0 }), tabId);
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

  test('comes back on the next hover after the page removed our host', async ({ page, server }) => {
    await openPainted(page, server, '/node-remover.html');
    await hoverText(page, 'Hamas');
    await moveAway(page);
    await page.evaluate(() => (window as unknown as { sweep: () => void }).sweep());
    expect(await page.evaluate(() => document.querySelector('gaza-talks-context-ui'))).toBeNull();
    await hoverText(page, 'Hamas');
    expect(await page.evaluate(cardText)).toContain('Hamas');
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`axe-core finds no serious problem in the card (${scheme})`, async ({ page, server }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await openPainted(page, server, '/figures.html');
      await hoverText(page, 'at least 67,173');
      await page.addScriptTag({ content: AXE_SOURCE });
      expect(await page.evaluate(axeCardViolations)).toEqual([]);
    });
  }

  test('screenshots of the card in light, dark and on a right-to-left page are written into docs/', async ({ page, server }) => {
    const dir = resolve('docs/screenshots');
    mkdirSync(dir, { recursive: true });
    await page.setViewportSize({ width: 1000, height: 760 });
    for (const [name, scheme, path, text] of [
      ['card-light', 'light', '/figures.html', 'at least 67,173'],
      ['card-dark', 'dark', '/figures.html', 'at least 67,173'],
      ['card-rtl', 'light', '/arabic.html', 'شرم الشيخ'],
    ] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await openPainted(page, server, path);
      await hoverText(page, text);
      await page.screenshot({ path: resolve(dir, `${name}.png`) });
      await moveAway(page);
    }
  });
});
