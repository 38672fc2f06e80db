// The card in Firefox, as a reader meets it: the same behaviours as tests/browser/chromium/card.spec.ts.
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
  paintedInDocumentOrder,
  paintedRangeCentre,
} from '../../support/page-probes';
import { type ExtensionApi, type FirefoxSuite, openPainted, tabIdOf, useFirefox } from './fixtures';

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

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function axeClean(suite: FirefoxSuite): Promise<string[]> {
  const page = await suite.firefox.newPage();
  await openPainted(page, suite.server, '/figures.html');
  await hoverText(page, 'at least 67,173');
  await page.addScriptTag({ content: AXE_SOURCE });
  const violations = await page.evaluate(axeCardViolations);
  await page.close();
  return violations;
}

describe('the card (Firefox)', () => {
  const suite = useFirefox();

  test('opens on hover and stays while the pointer moves into it', async () => {
    const page = await suite.firefox.newPage();
    await openPainted(page, suite.server, '/wire-story.html');
    await hoverText(page, 'Hamas');
    const box = await page.evaluate(cardBox);
    if (!box) throw new Error('no card');
    await page.mouse.move(box.left + 20, box.top + 20, { steps: 5 });
    await pause(700);
    expect(await page.evaluate(cardText)).toContain('Hamas');
    await moveAway(page);
    await page.close();
  });

  test('follows its mention when the page scrolls', async () => {
    const page = await suite.firefox.newPage();
    await openPainted(page, suite.server, '/wire-story.html');
    await hoverText(page, 'Hamas');
    const before = await page.evaluate(cardBox);
    await page.evaluate(() => window.scrollBy(0, 120));
    await expect.poll(async () => Math.round(((await page.evaluate(cardBox))?.top ?? 0) - (before?.top ?? 0))).toBeLessThanOrEqual(-110);
    await moveAway(page);
    await page.close();
  });

  test('stays inside the window for mentions at all four edges', async () => {
    const page = await suite.firefox.newPage();
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
    await page.close();
  });

  test('a pinned card stays when the pointer leaves; Escape closes it', async () => {
    const page = await suite.firefox.newPage();
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
    await page.close();
  });

  test('keyboard browsing visits findings in document order, then Escape returns focus', async () => {
    const page = await suite.firefox.newPage();
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
    const extensionPage = await suite.firefox.newPage();
    await suite.firefox.openExtensionPage(extensionPage, 'popup.html');
    const tabId = await tabIdOf(extensionPage, page);
    await extensionPage.evaluate(
      (id) =>
        (globalThis as unknown as { browser: ExtensionApi }).browser.tabs.sendMessage(id, { type: 'browse-findings' }, { frameId: 0 }),
      tabId,
    );
    await extensionPage.close();
    await page.bringToFront();
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
    await page.close();
  });

  test('comes back on the next hover after the page removed our host', async () => {
    const page = await suite.firefox.newPage();
    await openPainted(page, suite.server, '/node-remover.html');
    await hoverText(page, 'Hamas');
    await moveAway(page);
    await page.evaluate(() => (window as unknown as { sweep: () => void }).sweep());
    expect(await page.evaluate(() => document.querySelector('gaza-talks-context-ui') === null)).toBe(true);
    await hoverText(page, 'Hamas');
    expect(await page.evaluate(cardText)).toContain('Hamas');
    await page.close();
  });

  test('axe-core finds no serious problem in the card (light)', async () => {
    expect((await axeClean(suite)).join('\n')).toBe('');
  });
});

describe('the card in a dark colour scheme (Firefox)', () => {
  // 0: pages see prefers-color-scheme: dark.
  const suite = useFirefox({ 'layout.css.prefers-color-scheme.content-override': 0, 'ui.systemUsesDarkTheme': 1 });

  test('axe-core finds no serious problem in the card (dark)', async () => {
    const page = await suite.firefox.newPage();
    await page.goto(suite.server.url('/demo.html'));
    expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
    await page.close();
    expect((await axeClean(suite)).join('\n')).toBe('');
  });
});
