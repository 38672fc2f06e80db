// The toolbar popup and the search page in real Firefox, opened as tabs (the real popup panel is browser UI):
// the same behaviours as tests/browser/chromium/popup.spec.ts.
import type { Page } from 'puppeteer-core';
import { describe, expect, test } from 'vitest';
import { AXE_SOURCE, axePageViolations } from '../../support/axe';
import { cardText, paintedTexts, scanFinished } from '../../support/page-probes';
import { type FirefoxSuite, openPainted, storeSettings, tabIdOf, useFirefox } from './fixtures';

const BOX = '#gtc-search';
const firstOption = (page: Page) =>
  page.$eval('[role="listbox"] [role="option"]', (o) => ({
    id: o.getAttribute('data-entry-id'),
    selected: o.getAttribute('aria-selected'),
    mark: o.querySelector('mark')?.textContent ?? null,
    detail: o.querySelector('.gtc-result-detail')?.textContent ?? '',
  }));

async function axeClean(suite: FirefoxSuite, path: string): Promise<string> {
  const page = await suite.firefox.newPage();
  await suite.firefox.openExtensionPage(page, path);
  await page.waitForSelector(BOX);
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(axePageViolations);
  await page.close();
  return violations.join('\n');
}

describe('popup (Firefox)', () => {
  const suite = useFirefox();

  test('search finds an entry despite a typo; the arrow keys and Enter open its card', async () => {
    const page = await suite.firefox.newPage();
    await suite.firefox.openExtensionPage(page, 'popup.html');
    await page.locator(BOX).fill('Witkof');
    await expect.poll(() => firstOption(page).catch(() => null)).toMatchObject({ id: 'person-steve-witkoff', mark: 'Witkoff' });
    expect((await firstOption(page)).detail).not.toBe('');
    await page.keyboard.press('ArrowDown');
    expect((await firstOption(page)).selected).toBe('true');
    await page.keyboard.press('Enter');
    await page.waitForSelector('article.gtc-card h2');
    expect(await page.$eval('article.gtc-card h2', (h) => h.textContent)).toBe('Steve Witkoff');
    expect(await page.$eval('.gtc-source a', (a) => (a as HTMLAnchorElement).href)).toMatch(/^https:\/\//);
    await page.close();
  });

  test('answers a reader question and says plainly when nothing matches', async () => {
    const page = await suite.firefox.newPage();
    await suite.firefox.openExtensionPage(page, 'popup.html');
    await page.locator(BOX).fill('who negotiates for israel');
    await expect.poll(() => firstOption(page).catch(() => null)).toMatchObject({ id: 'person-ron-dermer' });
    await page.locator(BOX).fill('zzzzqqq');
    await expect.poll(() => page.evaluate(() => document.body.textContent)).toContain('Nothing in the dataset matches “zzzzqqq”.');
    await page.close();
  });

  test("lists the page's findings by kind; choosing one scrolls to it and opens its card", async () => {
    const page = await suite.firefox.newPage();
    const painted = await openPainted(page, suite.server, '/wire-story.html');
    const popup = await suite.firefox.newPage();
    await suite.firefox.openExtensionPage(popup, 'popup.html');
    const tabId = await tabIdOf(popup, page);
    await suite.firefox.openExtensionPage(popup, `popup.html?tab=${tabId}`);
    const listed = () => popup.$$eval('[aria-label="On this page"] button.gtc-result', (b) => b.length);
    await expect.poll(listed).toBe(Object.values(painted).flat().length);
    expect(await popup.$$eval('.gtc-group h3', (hs) => hs.map((h) => h.textContent))).toContainEqual(
      expect.stringMatching(/^Person \(\d+\)$/),
    );
    await popup.click('[aria-label="On this page"] button.gtc-result[data-entry-id="fig-hostages-remaining-oct2025"]');
    await page.bringToFront();
    await expect.poll(() => page.evaluate(cardText)).toContain('hostages');
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    await popup.close();
    await page.close();
  });

  test('pausing the site from the popup clears its paint; resuming paints it again', async () => {
    const page = await suite.firefox.newPage();
    await openPainted(page, suite.server, '/demo.html');
    const popup = await suite.firefox.newPage();
    await suite.firefox.openExtensionPage(popup, 'popup.html');
    const tabId = await tabIdOf(popup, page);
    await suite.firefox.openExtensionPage(popup, `popup.html?tab=${tabId}`);
    await popup.locator('::-p-aria(Pause on 127.0.0.1)').click();
    await expect.poll(() => page.evaluate(paintedTexts)).toEqual({});
    await popup.locator('::-p-aria(Resume on 127.0.0.1)').click();
    await expect.poll(() => page.evaluate(paintedTexts)).not.toEqual({});
    await popup.close();
    await page.close();
  });

  test('an off-topic page says how many names it held back, and shows them here on request', async () => {
    const page = await suite.firefox.newPage();
    await page.goto(suite.server.url('/adjacent-hezbollah.html'), { waitUntil: 'load' });
    await expect.poll(() => page.evaluate(scanFinished)).toBe(true);
    expect(await page.evaluate(paintedTexts)).toEqual({});
    const popup = await suite.firefox.newPage();
    await suite.firefox.openExtensionPage(popup, 'popup.html');
    const tabId = await tabIdOf(popup, page);
    await suite.firefox.openExtensionPage(popup, `popup.html?tab=${tabId}`);
    await expect.poll(() => popup.evaluate(() => document.body.textContent)).toMatch(/names found on it are held back/);
    await popup.locator('::-p-aria(Show on this page anyway)').click();
    await expect.poll(async () => Object.values(await page.evaluate(paintedTexts)).flat()).toContain('Hamas');
    await popup.close();
    await page.close();
  });

  test('the on/off switch in the popup applies to open tabs at once', async () => {
    const page = await suite.firefox.newPage();
    await openPainted(page, suite.server, '/demo.html');
    const popup = await suite.firefox.newPage();
    await suite.firefox.openExtensionPage(popup, 'popup.html');
    try {
      await popup.locator('::-p-aria(On for all sites)').click();
      await expect.poll(() => page.evaluate(paintedTexts)).toEqual({});
    } finally {
      await storeSettings(popup, { enabled: true });
    }
    await expect.poll(() => page.evaluate(paintedTexts)).not.toEqual({});
    await popup.close();
    await page.close();
  });

  test('the badge can be turned off in the settings', async () => {
    const page = await suite.firefox.newPage();
    await openPainted(page, suite.server, '/demo.html');
    const ext = await suite.firefox.newPage();
    await suite.firefox.openExtensionPage(ext, 'popup.html');
    const tabId = await tabIdOf(ext, page);
    const badge = () =>
      ext.evaluate(
        (id) =>
          (
            globalThis as unknown as { browser: { browserAction: { getBadgeText(d: { tabId: number }): Promise<string> } } }
          ).browser.browserAction.getBadgeText({
            tabId: id,
          }),
        tabId,
      );
    await expect.poll(badge).not.toBe('');
    try {
      await storeSettings(ext, { badge: false });
      await expect.poll(badge).toBe('');
    } finally {
      await storeSettings(ext, { badge: true });
    }
    await ext.close();
    await page.close();
  });

  test('the search page answers the query in its address', async () => {
    const page = await suite.firefox.newPage();
    await suite.firefox.openExtensionPage(page, 'search.html?q=witkof');
    await page.waitForSelector(BOX);
    expect(await page.$eval(BOX, (i) => (i as HTMLInputElement).value)).toBe('witkof');
    await expect.poll(() => firstOption(page).catch(() => null)).toMatchObject({ id: 'person-steve-witkoff' });
    await page.close();
  });

  test('axe-core finds no serious problem in the popup and the search page (light)', async () => {
    expect(await axeClean(suite, 'popup.html')).toBe('');
    expect(await axeClean(suite, 'search.html?q=hostages')).toBe('');
  });
});

describe('popup in a dark colour scheme (Firefox)', () => {
  const suite = useFirefox({ 'layout.css.prefers-color-scheme.content-override': 0, 'ui.systemUsesDarkTheme': 1 });

  test('axe-core finds no serious problem in the popup and the search page (dark)', async () => {
    expect(await axeClean(suite, 'popup.html')).toBe('');
    expect(await axeClean(suite, 'search.html?q=hostages')).toBe('');
  });
});
