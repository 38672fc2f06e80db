// A page more than 200 screens tall: read round the screen first, the rest on scroll or for the popup.
import type { Page } from 'puppeteer-core';
import { describe, expect, test } from 'vitest';
import { paintedTexts, scanFinished, wholeReads } from '../../support/page-probes';
import { openPainted, useBrowser } from '../driver/use-browser';

const allPainted = (painted: Record<string, string[]>) => Object.values(painted).flat();

describe('a page more than 200 screens tall', () => {
  const suite = useBrowser();

  /** A tab whose 300-pixel window makes our ~94,000-pixel page over 300 screens tall. */
  const shortWindow = async (): Promise<Page> => {
    const page = await suite.driver.newPage();
    await page.setViewport({ width: 1000, height: 300 });
    return page;
  };

  test('is scanned round the screen first, and further down as the reader scrolls there', async () => {
    const page = await shortWindow();
    const painted = allPainted(await openPainted(page, suite.server, '/long-archive.html'));
    expect(painted).toEqual(expect.arrayContaining(['Steve Witkoff', 'Hamas']));
    // The last entry is a hundred screens down: not read yet.
    expect(painted).not.toContain('Kerem Shalom');
    await page.evaluate(() => document.getElementById('last-entry')?.scrollIntoView());
    await expect
      .poll(async () => allPainted(await page.evaluate(paintedTexts)))
      .toEqual(expect.arrayContaining(['Kerem Shalom', 'Sharm el-Sheikh']));
  });

  test('is tinted rather than underlined (an underline costs a whole-page repaint at every change), and an article keeps its underline', async () => {
    const page = await shortWindow();
    const names = Object.keys(await openPainted(page, suite.server, '/long-archive.html'));
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(name).toMatch(/^gaza-talks-context-tint-/);
    const article = await suite.driver.newPage();
    const articleNames = Object.keys(await openPainted(article, suite.server, '/demo.html'));
    expect(articleNames).toContain('gaza-talks-context-person');
    for (const name of articleNames) expect(name).not.toMatch(/-(background|tint)-/);
  });

  test('is read whole when the popup lists what it mentions', async () => {
    const page = await shortWindow();
    await page.goto(suite.server.url('/long-archive.html'), { waitUntil: 'load' });
    await expect.poll(() => page.evaluate(scanFinished)).toBe(true);
    expect(allPainted(await page.evaluate(paintedTexts))).not.toContain('Kerem Shalom');
    const tabId = await suite.driver.tabIdOf(page);
    const popup = await suite.driver.newPage();
    await suite.driver.openExtensionPage(popup, `popup.html?tab=${tabId}`);
    // Found by its role and name, as a user finds it; both entries must be shown, not only listed.
    const list = await popup.waitForSelector('::-p-aria([name="On this page"][role="region"])', { timeout: 10_000 });
    if (!list) throw new Error('no "On this page" region in the popup');
    for (const id of ['place-kerem-shalom', 'person-steve-witkoff']) {
      await list.waitForSelector(`button.gtc-result[data-entry-id="${id}"]`, { visible: true, timeout: 10_000 });
    }
    // The badge counts the whole page's entries now, as the popup lists them: those far down are counted too.
    const listed = await list.$$eval('button.gtc-result', (buttons) => new Set(buttons.map((b) => b.getAttribute('data-entry-id'))).size);
    const badge = () => suite.driver.badgeText(tabId);
    await expect.poll(badge).toBe(String(listed));
    await popup.close();
    // The far regions' text was matched by the background, not on the page's main thread.
    const reads = await page.evaluate(wholeReads);
    expect(reads.length).toBeGreaterThan(0);
    expect(reads).toEqual(reads.map(() => ({ byBackground: true })));
    // Read for the popup, the end of the page is counted, not located: it is painted when the reader gets there.
    expect(allPainted(await page.evaluate(paintedTexts))).not.toContain('Kerem Shalom');
    await page.evaluate(() => document.getElementById('last-entry')?.scrollIntoView());
    await expect.poll(async () => allPainted(await page.evaluate(paintedTexts))).toContain('Kerem Shalom');
    // Its region scanned, its count gives way to its findings: the page's entries are the same, and so is the badge.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await badge()).toBe(String(listed));
  });
});
